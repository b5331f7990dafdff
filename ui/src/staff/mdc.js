// Making Data Count on the staff face: what a measure's MDC chart says (its icons' meanings
// and one sentence), its rebases (administrators add and remove them), and the chart
// settings block of the Settings tab. Rust analyses, draws and words everything; this only
// shows it and asks.

import { invoke } from "../shared/tauri.js";
import { h, button, notice, select } from "../shared/dom.js";
import { staff, s, sf, showNotice } from "./session.js";

/** "What the chart says": the two icons' meanings and the sentences, for `mdc` (the report's
 *  MDC chart view). */
export function mdcSummary(mdc) {
  const w = mdc.words;
  return h("section", { class: "kiosk-mdc-summary", testid: "mdc-summary", "aria-labelledby": "mdc-summary-title" },
    h("h3", { id: "mdc-summary-title", text: s("mdc-what-it-means") }),
    h("p", { class: "kiosk-mdc-sentence", testid: "mdc-sentence", text: w.sentence }),
    h("dl", { class: "nhsuk-summary-list kiosk-mdc-icons" },
      h("div", { class: "nhsuk-summary-list__row" },
        h("dt", { class: "nhsuk-summary-list__key", text: s("mdc-variation-heading") }),
        h("dd", { class: "nhsuk-summary-list__value", testid: "mdc-variation-words", text: w.variation })),
      h("div", { class: "nhsuk-summary-list__row" },
        h("dt", { class: "nhsuk-summary-list__key", text: s("mdc-assurance-heading") }),
        h("dd", { class: "nhsuk-summary-list__value", testid: "mdc-assurance-words", text: w.assurance || s("mdc-assurance-none") }))),
    w.assuranceSentence ? h("p", { testid: "mdc-assurance-sentence", text: w.assuranceSentence }) : null,
    w.trialSentence ? h("p", { class: "kiosk-mdc-trial", testid: "mdc-trial", text: w.trialSentence }) : null,
    ...(w.partWeekSentences || []).map((text) => h("p", { class: "kiosk-mdc-part-week", testid: "mdc-part-week", text })),
    h("p", { class: "nhsuk-hint", text: s("mdc-settings-note") }));
}

/** The measure's rebases, and (for administrators) adding and removing them. `refresh`
 *  redraws the report after a change. */
export async function rebasePanel(mdc, refresh) {
  const isAdmin = staff.session && staff.session.isAdmin;
  const problem = notice("rebase-error");
  const refuse = (err) => {
    if (err && err.code === "rebase-refused" && err.detail) {
      problem.textContent = s(`mdc-rebase-error-${err.detail}`);
      problem.hidden = false;
    } else {
      showNotice(panel, err, "rebase-error");
    }
  };
  const items = await Promise.all(mdc.rebases.map(async (r) => h("li", { testid: `mdc-rebase-${r.id}` },
    h("span", { text: await sf("mdc-rebase-item", { week: r.week, reason: r.reason, name: r.addedBy }) }),
    isAdmin ? button(s("mdc-rebase-remove"), `mdc-rebase-remove-${r.id}`, async () => {
      problem.hidden = true;
      try {
        await invoke("remove_rebase", { id: r.id });
        await refresh();
      } catch (err) { refuse(err); }
    }, true) : null)));
  // The week is chosen from the chart's own weeks, newest first, with taps: the tablet has no
  // keyboard but the kiosk's, which does not serve a date field. Nothing is chosen at first,
  // so a rebase is always a deliberate choice.
  const weeks = mdc.weekStarts
    .map((start, i) => [start, mdc.weeks[i] === start ? start : `${start} (${mdc.weeks[i]})`])
    .reverse();
  const week = select("mdc-rebase-week", "mdc-rebase-week", [["", s("mdc-rebase-week-choose")], ...weeks], "");
  const reason = h("input", { class: "nhsuk-input", id: "mdc-rebase-reason", type: "text", testid: "mdc-rebase-reason", maxlength: "200", autocomplete: "off" });
  const panel = h("section", { class: "kiosk-mdc-rebases", testid: "mdc-rebases" },
    h("h3", { text: s("mdc-rebases") }),
    h("p", { class: "nhsuk-hint", text: s("mdc-rebases-intro") }),
    h("ul", { class: "nhsuk-list kiosk-pdsa-list", testid: "mdc-rebase-list" },
      items.length ? items : [h("li", { text: s("mdc-rebases-none") })]),
    isAdmin ? h("div", { class: "kiosk-report-controls" },
      h("div", { class: "nhsuk-form-group kiosk-report-field" },
        h("label", { class: "nhsuk-label", for: "mdc-rebase-week", text: s("mdc-rebase-week") }), week),
      h("div", { class: "nhsuk-form-group kiosk-report-field kiosk-mdc-reason" },
        h("label", { class: "nhsuk-label", for: "mdc-rebase-reason", text: s("mdc-rebase-reason") }), reason),
      button(s("mdc-rebase-add"), "mdc-rebase-add", async () => {
        problem.hidden = true;
        if (!week.value) {
          problem.textContent = s("mdc-rebase-error-week");
          problem.hidden = false;
          return;
        }
        try {
          await invoke("add_rebase", { measure: mdc.measure, week: week.value, reason: reason.value });
          await refresh();
        } catch (err) { refuse(err); }
      }, true)) : null,
    problem);
  return panel;
}

/** The Settings tab's "Making Data Count charts" block: a target per measure, screening and
 *  fixed limits, saved by its own button. */
export async function chartSettingsPanel() {
  const view = await invoke("chart_settings");
  const f = view.form;
  const field = (id, label, hint, control) => h("div", { class: "nhsuk-form-group", testid: `setting-field-${id}` },
    h("label", { class: "nhsuk-label", for: `setting-${id}`, text: label }),
    hint ? h("div", { class: "nhsuk-hint", id: `setting-${id}-hint`, text: hint }) : null,
    h("p", { class: "nhsuk-error-message", testid: `setting-error-${id}`, hidden: true }),
    control);
  const targets = view.measures.map((m) => field(m, s(`measure-${m}`), null,
    h("input", { class: "nhsuk-input nhsuk-input--width-5", id: `setting-${m}`, testid: `mdc-target-${m}`, type: "text", inputmode: "decimal", autocomplete: "off", value: f.targets[m] || "" })));
  const screen = h("input", { class: "nhsuk-checkboxes__input", id: "setting-mdc-screen", type: "checkbox", testid: "mdc-screen", checked: f.screenOutliers });
  const fixAfter = h("input", { class: "nhsuk-input nhsuk-input--width-5", id: "setting-mdc-fix-limits-after", testid: "mdc-fix-limits-after", type: "text", inputmode: "numeric", autocomplete: "off", value: f.fixLimitsAfter, "aria-describedby": "setting-mdc-fix-limits-after-hint" });
  const saved = h("p", { class: "nhsuk-body-m kiosk-saved", role: "status", testid: "mdc-settings-saved", hidden: true });
  const root = h("section", { class: "kiosk-settings kiosk-mdc-settings", testid: "mdc-settings" },
    h("h2", { text: s("mdc-settings-title") }),
    h("p", { class: "nhsuk-body-m", text: s("mdc-settings-intro") }),
    h("fieldset", { class: "nhsuk-fieldset" },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-label", text: s("mdc-settings-targets") }),
      h("div", { class: "nhsuk-hint", text: s("mdc-settings-targets-hint") }),
      h("div", { class: "kiosk-mdc-targets" }, targets)),
    h("div", { class: "nhsuk-checkboxes" }, h("div", { class: "nhsuk-checkboxes__item" }, screen,
      h("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: "setting-mdc-screen", text: s("mdc-settings-screen") }))),
    field("mdc-fix-limits-after", s("mdc-settings-fix-after"), s("mdc-settings-fix-after-hint"), fixAfter),
    notice("mdc-settings-error"),
    saved,
    h("div", { class: "kiosk-actions" }, button(s("mdc-settings-save"), "mdc-settings-save", save)));
  async function save() {
    saved.hidden = true;
    for (const g of root.querySelectorAll(".nhsuk-form-group--error")) g.classList.remove("nhsuk-form-group--error");
    for (const p of root.querySelectorAll("[data-testid^=setting-error-]")) p.hidden = true;
    const form = {
      targets: Object.fromEntries(view.measures.map((m) => [m, root.querySelector(`#setting-${m}`).value])),
      screenOutliers: screen.checked,
      fixLimitsAfter: fixAfter.value,
    };
    try {
      await invoke("save_chart_settings", { form });
    } catch (err) {
      if (err && err.code === "invalid-settings") {
        for (const { field: id, code } of err.fields) {
          const p = root.querySelector(`[data-testid=setting-error-${id}]`);
          if (!p) continue;
          p.textContent = s(`settings-error-${code}`);
          p.hidden = false;
          p.parentElement.classList.add("nhsuk-form-group--error");
        }
        const first = root.querySelector(".nhsuk-form-group--error input");
        if (first) first.focus();
      } else {
        showNotice(root, err, "mdc-settings-error");
      }
      return;
    }
    saved.textContent = s("mdc-settings-saved");
    saved.hidden = false;
  }
  return root;
}
