// The practice's settings and process packs (administrators): the settings form, each
// setting explained, on first run and in the settings tab; importing a pack (showing what
// will change first) and exporting the settings as one.

import { invoke } from "../shared/tauri.js";
import { h, button, checkbox, notice, summaryRow, select, labelled } from "../shared/dom.js";
import { reloadSettings } from "../patient/start.js";
import { staff, s, sf, showNotice, showStaff, goHome } from "./session.js";
import { CHANNELS, CODE_SYSTEMS } from "./vocab.js";
import { chartSettingsPanel } from "./mdc.js";

/** The settings tab: the settings form and the process packs. */
export async function settingsTab(body) {
  body.append(await settingsForm(false, () => {}), await chartSettingsPanel(), await packPanel());
}

/** After a change: the staff face's copy of the session, the patient face's settings. */
async function refreshAfterSettingsChange() {
  staff.session = { ...staff.session, ...(await invoke("staff_session")) };
  staff.who = null; // "logged in as" is formatted again, in the wording as it now is
  await reloadSettings();
}

/** First-run setup, after the recovery passphrase: the practice's settings, then home. */
export async function firstRunSettings() {
  staff.session = await invoke("staff_session");
  const root = h("section", { testid: "first-run-settings", class: "kiosk-staff" },
    h("h1", { text: s("settings-first-run-title") }),
    h("p", { class: "nhsuk-body-l", text: s("settings-first-run-intro") }));
  try {
    root.append(await settingsForm(true, () => goHome("queue")));
  } catch (err) {
    root.append(notice());
    showNotice(root, err);
  }
  showStaff("staff-first-run-settings", root);
}

const SETTING_TEXT_FIELDS = [
  ["practice-name", "practiceName"],
  ["ods-code", "odsCode"],
  ["registration-url", "registrationUrl"],
  ["printer", "printer"],
  ["idle-seconds", "idleSeconds", "numeric"],
  ["idle-countdown-seconds", "idleCountdownSeconds", "numeric"],
  ["retention-days-after-close", "retentionDaysAfterClose", "numeric"],
  ["retention-days-if-inactive", "retentionDaysIfInactive", "numeric"],
  ["proxy-notice-days", "proxyNoticeDays", "numeric"],
];
const REVIEW_AGES = ["11", "12", "13"];
const LAYOUTS = ["receipt-80mm", "a5", "a4"];

/** One setting: its label, what it means, its problem (if any) and the control. */
function settingField(field, control, legend = false) {
  const parts = [
    h("div", { class: "nhsuk-hint", id: `setting-${field}-hint`, text: s(`settings-${field}-hint`) }),
    h("p", { class: "nhsuk-error-message", id: `setting-${field}-error`, testid: `setting-error-${field}`, hidden: true }),
    control,
  ];
  if (legend) {
    return h("fieldset", { class: "nhsuk-form-group nhsuk-fieldset", testid: `setting-field-${field}` },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-label", text: s(`settings-${field}`) }), ...parts);
  }
  return h("div", { class: "nhsuk-form-group", testid: `setting-field-${field}` },
    h("label", { class: "nhsuk-label", for: `setting-${field}`, text: s(`settings-${field}`) }), ...parts);
}

/** One code staff add in the clinical system: its system, code and term. */
function codeField(c) {
  const field = `code-${c.key}`;
  const input = (part, value, attrs = {}) => h("div", { class: "nhsuk-form-group kiosk-code-part" },
    h("label", { class: "nhsuk-label", for: `setting-${field}-${part}`, text: s(`settings-code-${part}`) }),
    h("input", {
      class: "nhsuk-input", id: `setting-${field}-${part}`, testid: `setting-${field}-${part}`, type: "text",
      autocomplete: "off", inputmode: "text", value, "aria-describedby": `setting-${field}-error`, ...attrs,
    }));
  return h("fieldset", { class: "nhsuk-form-group nhsuk-fieldset kiosk-code-setting", testid: `setting-field-${field}` },
    h("legend", { class: "nhsuk-fieldset__legend nhsuk-label", text: s(`code-for-${c.key}`) }),
    h("p", { class: "nhsuk-error-message", id: `setting-${field}-error`, testid: `setting-error-${field}`, hidden: true }),
    h("div", { class: "kiosk-code-parts" },
      h("div", { class: "nhsuk-form-group kiosk-code-part" },
        h("label", { class: "nhsuk-label", for: `setting-${field}-system`, text: s("settings-code-system") }),
        select(`setting-${field}-system`, `setting-${field}-system`, CODE_SYSTEMS.map((x) => [x, s(`code-system-${x}`)]), c.system)),
      input("code", c.code, { dir: "ltr", class: "nhsuk-input nhsuk-input--width-10" }),
      input("term", c.term)));
}

/** The settings form, filled from practice.toml; `onSaved` runs after a good save. */
async function settingsForm(firstRun, onSaved) {
  const view = await invoke("settings_form");
  const f = view.form;
  const input = (field, key, mode) => h("input", {
    class: `nhsuk-input${mode ? " nhsuk-input--width-5" : ""}`,
    id: `setting-${field}`, testid: `setting-${field}`, type: "text", autocomplete: "off",
    inputmode: mode || null, value: f[key], "aria-describedby": `setting-${field}-hint setting-${field}-error`,
  });
  const text = Object.fromEntries(SETTING_TEXT_FIELDS.map(([field, key, mode]) => [field, settingField(field, input(field, key, mode))]));
  const root = h("form", { testid: "settings-form", class: "kiosk-settings", novalidate: true },
    h("h2", { text: s("settings-title") }),
    h("p", { class: "nhsuk-body-m", text: s("settings-applied-at-once") }),
    text["practice-name"], text["ods-code"], text["registration-url"],
    settingField("languages", h("div", { class: "nhsuk-checkboxes kiosk-two-columns" },
      view.availableLanguages.map(([tag, name]) =>
        checkbox(`setting-lang-${tag}`, `${name} (${tag})`, `setting-lang-${tag}`, f.languages.includes(tag)))), true),
    settingField("channel", select("setting-channel", "setting-channel", CHANNELS.map((c) => [c, s(`channel-${c}`)]), f.channel)),
    text.printer,
    settingField("slip-layout", select("setting-slip-layout", "setting-slip-layout", LAYOUTS.map((l) => [l, s(`settings-layout-${l}`)]), f.slipLayout)),
    text["idle-seconds"], text["idle-countdown-seconds"],
    text["retention-days-after-close"], text["retention-days-if-inactive"],
    h("h3", { text: s("settings-codes-title") }),
    h("p", { class: "nhsuk-body-m", text: s("settings-codes-intro") }),
    f.codes.map((c) => codeField(c)),
    h("h3", { text: s("settings-proxy-title") }),
    settingField("proxy-review-age", select("setting-proxy-review-age", "setting-proxy-review-age",
      REVIEW_AGES.map((a) => [a, a]), f.proxyReviewAge)),
    text["proxy-notice-days"],
    h("h3", { text: s("settings-from-pack") }),
    h("dl", { class: "nhsuk-summary-list", testid: "settings-from-pack" },
      summaryRow(s("settings-identity-methods"), view.identityMethods.map((m) => s(`id-method-${m}`)).join(", "))),
    notice(),
    h("p", { class: "nhsuk-body-m kiosk-saved", role: "status", testid: "settings-saved", hidden: true }),
    h("div", { class: "kiosk-actions" },
      // A submit button, so Enter in any field saves as the button does.
      h("button", { type: "submit", class: "nhsuk-button", testid: "settings-save",
        text: s(firstRun ? "settings-save-continue" : "settings-save") })));
  root.addEventListener("submit", (e) => {
    e.preventDefault();
    save();
  });
  async function save() {
    // The practice's order stays (it is the order patients see); new choices go at the end.
    const ticked = (tag) => root.querySelector(`#setting-lang-${CSS.escape(tag)}`).checked;
    const order = [...f.languages, ...view.availableLanguages.map(([tag]) => tag).filter((tag) => !f.languages.includes(tag))];
    const form = { languages: order.filter(ticked) };
    for (const [field, key] of SETTING_TEXT_FIELDS) form[key] = root.querySelector(`#setting-${field}`).value;
    form.channel = root.querySelector("#setting-channel").value;
    form.slipLayout = root.querySelector("#setting-slip-layout").value;
    form.proxyReviewAge = root.querySelector("#setting-proxy-review-age").value;
    form.codes = f.codes.map((c) => ({
      key: c.key,
      system: root.querySelector(`#setting-code-${c.key}-system`).value,
      code: root.querySelector(`#setting-code-${c.key}-code`).value,
      term: root.querySelector(`#setting-code-${c.key}-term`).value,
    }));
    for (const group of root.querySelectorAll(".nhsuk-form-group--error")) group.classList.remove("nhsuk-form-group--error");
    for (const p of root.querySelectorAll("[data-testid^=setting-error-]")) p.hidden = true;
    root.querySelector("[data-testid=settings-saved]").hidden = true;
    root.querySelector("[data-testid=staff-error]").hidden = true;
    try {
      await invoke("save_settings", { form });
    } catch (err) {
      if (err && err.code === "invalid-settings") {
        for (const { field, code } of err.fields) {
          const p = root.querySelector(`[data-testid=setting-error-${field}]`);
          p.textContent = s(`settings-error-${code}`);
          p.hidden = false;
          p.parentElement.classList.add("nhsuk-form-group--error");
        }
        const first = root.querySelector(".nhsuk-form-group--error input, .nhsuk-form-group--error select");
        if (first) {
          first.focus({ preventScroll: true });
          first.closest(".nhsuk-form-group").scrollIntoView({ block: "start" });
        }
      } else {
        showNotice(root, err);
      }
      return;
    }
    await refreshAfterSettingsChange();
    const done = root.querySelector("[data-testid=settings-saved]");
    done.textContent = s("settings-saved");
    done.hidden = false;
    onSaved();
  }
  return root;
}

/** A setting's value as staff read it (a code as system, code and term). */
function settingValue(v) {
  if (Array.isArray(v)) return v.join(", ");
  if (v && typeof v === "object" && "code" in v) return `${s(`code-system-${v.system}`)} ${v.code} — ${v.term}`;
  return String(v);
}

/** Importing a process pack from the packs folder (with what will change first), and
 *  exporting the current settings as one. */
async function packPanel() {
  const view = await invoke("settings_form");
  const files = await invoke("pack_files");
  const preview = h("div", { testid: "pack-preview" });
  const message = h("p", { class: "nhsuk-body-m", role: "status", testid: "pack-message", hidden: true });
  const error = notice("pack-error");
  const say = (text) => { message.textContent = text; message.hidden = false; };
  const refuse = async (err) => {
    if (err && err.code === "pack-refused" && err.detail) {
      error.textContent = await sf(`pack-error-${err.detail.code}`, err.detail.args);
      error.hidden = false;
    } else {
      showNotice(root, err, "pack-error");
    }
  };
  const chooser = select("pack-file", "pack-file", files.map((f) => [f, f]));
  const root = h("section", { testid: "pack-panel", class: "kiosk-pack" },
    h("h2", { text: s("pack-title") }),
    h("p", { class: "nhsuk-body-m", text: s("pack-intro") }),
    h("dl", { class: "nhsuk-summary-list", testid: "pack-info" },
      view.packName
        ? [summaryRow(s("pack-name"), view.packName), summaryRow(s("pack-version"), view.packVersion), summaryRow(s("pack-date"), view.packDate)]
        : summaryRow(s("pack-name"), s("pack-none"))),
    files.length
      ? h("div", {}, labelled("pack-file", s("pack-choose"), chooser),
        button(s("pack-show-changes"), "pack-show-changes", async () => {
          error.hidden = true;
          message.hidden = true;
          preview.replaceChildren();
          try {
            showPreview(await invoke("preview_pack", { file: chooser.value }));
            preview.scrollIntoView({ block: "start" });
          } catch (err) {
            await refuse(err);
            error.scrollIntoView({ block: "center" });
          }
        }))
      : h("p", { class: "nhsuk-body-m", testid: "pack-no-files", text: s("pack-no-files") }),
    preview, error, message,
    h("h3", { text: s("pack-export-title") }),
    h("p", { class: "nhsuk-body-m", text: s("pack-export-intro") }),
    button(s("pack-export"), "pack-export", async () => {
      try {
        const name = await invoke("export_pack");
        say(await sf("pack-exported", { file: name }));
      } catch (err) {
        showNotice(root, err, "pack-error");
      }
    }, true));

  function showPreview(p) {
    const heading = h("h3", { text: `${p.name} — ${p.version} (${p.date})` });
    if (p.nothingChanges) {
      preview.replaceChildren(heading, h("p", { class: "nhsuk-body-m", testid: "pack-nothing-changes", text: s("pack-nothing-changes") }),
        h("div", { class: "kiosk-actions" }, button(s("pack-cancel"), "pack-cancel", () => preview.replaceChildren(), true)));
      return;
    }
    preview.replaceChildren(heading,
      h("p", { class: "nhsuk-body-m", text: s("pack-will-change") }),
      p.settings.length ? h("table", { class: "nhsuk-table", testid: "pack-setting-changes" },
        h("thead", {}, h("tr", {}, ["pack-col-setting", "pack-col-current", "pack-col-new"].map((id) => h("th", { scope: "col", text: s(id) })))),
        h("tbody", {}, p.settings.map((c) => h("tr", { testid: `pack-change-${c.setting}` },
          h("td", { dir: "ltr", text: c.setting }),
          h("td", { dir: "auto", text: settingValue(c.current) }),
          h("td", { dir: "auto", text: settingValue(c.new) }))))) : null,
      p.messages.length ? h("table", { class: "nhsuk-table", testid: "pack-message-changes" },
        h("thead", {}, h("tr", {}, ["pack-col-language", "pack-col-messages"].map((id) => h("th", { scope: "col", text: s(id) })))),
        h("tbody", {}, p.messages.map((m) => h("tr", { testid: `pack-messages-${m.locale}` },
          h("td", { dir: "ltr", text: m.locale }),
          h("td", { dir: "ltr", text: m.ids.join(", ") }))))) : null,
      h("div", { class: "kiosk-actions" },
        button(s("pack-cancel"), "pack-cancel", () => preview.replaceChildren(), true),
        button(s("pack-confirm"), "pack-confirm", async () => {
          try {
            const done = await invoke("import_pack", { file: p.file });
            await refreshAfterSettingsChange();
            await goHome("settings");
            const panel = document.querySelector("[data-testid=pack-message]");
            panel.textContent = await sf("pack-imported", { name: done.name, version: done.version });
            panel.hidden = false;
          } catch (err) {
            await refuse(err);
          }
        })));
  }
  return root;
}
