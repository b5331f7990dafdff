// Access Kiosk: the staff face (liaison officer and administrator).
//
// Reached by a 2-second press on the practice name, then a PIN. Staff text is English
// (staff.ftl); the script shows the patient's language beside it. Every rule (PINs,
// lockout, which step may follow which) is decided in Rust; this page only asks and shows.
// Leaving staff mode replaces the whole page content with the attract screen, so nothing of
// the staff view remains. The staff session has its own inactivity clock, separate from the
// patient reset.
"use strict";

const STAFF_LOCALE = "en-GB";
const RISKS = ["forgotten", "bad-news", "sharing", "coercion", "misunderstanding", "third-party", "keep-safe"];
const DOCUMENTS = [
  "passport", "driving-licence", "eu-id-card", "residence-card",
  "utility-bill", "bank-statement", "council-tax-bill", "tenancy-agreement", "benefit-letter",
];
const METHODS = ["documents", "vouching", "vouching-with-confirmation", "nhs-login"];
const LEVELS = ["appointments-and-prescriptions", "test-results", "full-record"];
const BASES = [
  "parental-responsibility", "patient-consent", "lasting-power-of-attorney", "court-deputy", "best-interests",
];
const COHORTS = ["frequent-attender", "dna-risk", "carer", "long-term-condition"];
const CHANNELS = ["reception", "phlebotomy", "ltc-clinic", "new-registration", "clinician", "kiosk"];

const staff = { session: null, timer: 0, tab: "queue" };

/** English staff text. */
const s = (id) => t(id, STAFF_LOCALE);

/** Formats a staff message that takes arguments, through Fluent. */
const sf = (id, args) => invoke("format_message", { locale: STAFF_LOCALE, id, args });

/** Builds an element: h("button", { text, testid, onclick }, ...children). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === "text") el.textContent = v;
    else if (k === "testid") el.dataset.testid = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

function button(text, testid, onclick, secondary = false) {
  return h("button", {
    type: "button",
    class: secondary ? "nhsuk-button nhsuk-button--secondary" : "nhsuk-button",
    text, testid, onclick,
  });
}

function checkbox(id, label, testid, checked = false) {
  return h("div", { class: "nhsuk-checkboxes__item" },
    h("input", { class: "nhsuk-checkboxes__input", id, type: "checkbox", testid, checked }),
    h("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: id }, ...[label].flat()));
}

function radio(name, value, label, testid, checked = false) {
  const id = `${name}-${value}`;
  return h("div", { class: "nhsuk-radios__item" },
    h("input", { class: "nhsuk-radios__input", id, name, value, type: "radio", testid, checked }),
    h("label", { class: "nhsuk-label nhsuk-radios__label", for: id, text: label }));
}

function textInput(id, label, testid, attrs = {}) {
  return h("div", { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id, text: label }),
    h("input", { class: "nhsuk-input", id, type: "text", testid, autocomplete: "off", ...attrs }));
}

/** A message line the staff face uses for errors and confirmations. */
function notice(testid = "staff-error") {
  return h("p", { class: "nhsuk-error-message", role: "alert", testid, hidden: true });
}

function showNotice(root, err, testid = "staff-error") {
  const p = root.querySelector(`[data-testid=${testid}]`);
  if (!p) return;
  const code = (err && err.code) || "unknown";
  const id = code === "step-refused" && err.detail ? `error-step-${err.detail}` : `error-code-${code}`;
  p.textContent = s(id);
  p.hidden = false;
  if (code === "not-logged-in") leaveStaff();
}

/** Replaces the page with a staff screen. */
function showStaff(name, content) {
  leaveScreen();
  main().replaceChildren(content);
  kiosk.screen = name;
  document.body.dataset.screen = name;
  document.body.dataset.mode = "staff";
  document.documentElement.lang = "en-GB";
  document.documentElement.dir = "ltr";
  clearTimeout(kiosk.timers.idle); // the patient reset never wipes a staff session
  armStaffTimer();
  main().focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function armStaffTimer() {
  clearTimeout(staff.timer);
  if (document.body.dataset.mode !== "staff") return;
  const minutes = (kiosk.settings && kiosk.settings.staffSessionMinutes) || 5;
  staff.timer = setTimeout(() => leaveStaff(), minutes * 60 * 1000);
}

/** Ends staff mode: logs out and puts the attract screen in place of everything staff saw. */
async function leaveStaff() {
  clearTimeout(staff.timer);
  staff.session = null;
  delete document.body.dataset.mode;
  try {
    await invoke("log_out");
  } finally {
    await resetForNextPatient();
  }
}

// ---- Getting in -------------------------------------------------------------------------

async function openStaffLogin() {
  stopCountdown();
  const state = await invoke("staff_state");
  if (state.needsFirstAdmin) {
    showStaff("staff-setup", firstAdminScreen());
  } else {
    showStaff("staff-login", loginScreen(state));
  }
}

function firstAdminScreen() {
  const root = h("section", { testid: "staff-setup-screen" },
    h("h1", { text: s("staff-setup-title") }),
    h("p", { class: "nhsuk-body-l", text: s("staff-setup-intro") }),
    textInput("admin-name", s("staff-name"), "admin-name"),
    textInput("admin-pin", s("staff-pin"), "admin-pin", { type: "password" }),
    textInput("admin-pin-again", s("staff-pin-again"), "admin-pin-again", { type: "password" }),
    notice(),
    h("div", { class: "kiosk-actions" },
      button(s("staff-cancel"), "staff-cancel", () => leaveStaff(), true),
      button(s("staff-setup-create"), "admin-create", async () => {
        const pin = root.querySelector("#admin-pin").value;
        if (pin !== root.querySelector("#admin-pin-again").value) {
          const p = root.querySelector("[data-testid=staff-error]");
          p.textContent = s("staff-pins-differ");
          p.hidden = false;
          return;
        }
        try {
          const admin = await invoke("create_first_admin", { name: root.querySelector("#admin-name").value, pin });
          // The new administrator is logged in: passphrase, then the practice's settings.
          showStaff("staff-recovery", recoveryScreen(admin.recoveryPassphrase, () => firstRunSettings()));
        } catch (err) {
          showNotice(root, err);
        }
      })));
  // A new tablet can instead take over another tablet's data from an encrypted backup.
  restorePanel(async () => showStaff("staff-login", loginScreen(await invoke("staff_state"))))
    .then((panel) => root.append(panel), () => {});
  return root;
}

/** Shows the recovery passphrase once, for the administrator to write down. It is not
 *  stored anywhere: the next screen replaces this one and it is gone. */
function recoveryScreen(phrase, onDone) {
  const root = h("section", { testid: "recovery-screen" },
    h("h1", { text: s("recovery-title") }),
    h("p", { class: "nhsuk-body-l", text: s("recovery-intro") }),
    h("p", { class: "nhsuk-heading-l kiosk-recovery-passphrase", dir: "ltr", testid: "recovery-passphrase", text: phrase }),
    h("p", { class: "nhsuk-body-m", text: s("recovery-keep") }),
    h("div", { class: "nhsuk-checkboxes" }, checkbox("recovery-written", s("recovery-written"), "recovery-written")),
    notice(),
    h("div", { class: "kiosk-actions" },
      button(s("recovery-continue"), "recovery-continue", () => {
        if (!root.querySelector("#recovery-written").checked) {
          const p = root.querySelector("[data-testid=staff-error]");
          p.textContent = s("recovery-tick-first");
          p.hidden = false;
          return;
        }
        onDone();
      })));
  return root;
}

/** Choosing an encrypted backup from the data folder's backups/ and restoring it. */
async function restorePanel(onRestored) {
  const files = await invoke("backup_files");
  const root = h("div", { testid: "restore-panel" },
    h("h2", { text: s("restore-title") }),
    h("p", { class: "nhsuk-body-m", text: s("restore-intro") }));
  if (!files.length) {
    root.append(h("p", { testid: "restore-none", text: s("restore-none") }));
    return root;
  }
  const select = h("select", { class: "nhsuk-select", id: "restore-file", testid: "restore-file" },
    files.map((f) => h("option", { value: f.name, text: f.name })));
  root.append(
    h("div", { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: "restore-file", text: s("restore-file") }), select),
    textInput("restore-passphrase", s("backup-passphrase"), "restore-passphrase", { type: "password" }),
    notice("restore-error"),
    button(s("restore-go"), "restore-go", async () => {
      try {
        await invoke("restore_backup", { name: select.value, passphrase: root.querySelector("#restore-passphrase").value });
        staff.session = null;
        await onRestored();
      } catch (err) {
        showNotice(root, err, "restore-error");
      }
    }, true));
  return root;
}

/** Exporting an encrypted backup (administrators). */
function backupPanel() {
  const done = h("p", { class: "nhsuk-body-m", testid: "backup-done", hidden: true });
  const root = h("div", { testid: "backup-panel" },
    h("h2", { text: s("backup-title") }),
    h("p", { class: "nhsuk-body-m", text: s("backup-intro") }),
    textInput("backup-passphrase", s("backup-passphrase"), "backup-passphrase", { type: "password" }),
    textInput("backup-passphrase-again", s("backup-passphrase-again"), "backup-passphrase-again", { type: "password" }),
    notice("backup-error"),
    done,
    button(s("backup-export"), "backup-export", async () => {
      const passphrase = root.querySelector("#backup-passphrase").value;
      const error = root.querySelector("[data-testid=backup-error]");
      error.hidden = true;
      if (passphrase !== root.querySelector("#backup-passphrase-again").value) {
        error.textContent = s("backup-passphrases-differ");
        error.hidden = false;
        return;
      }
      try {
        const path = await invoke("export_backup", { passphrase });
        done.textContent = `${s("backup-saved")} ${path}`;
        done.hidden = false;
        root.querySelectorAll("input").forEach((i) => { i.value = ""; });
      } catch (err) {
        showNotice(root, err, "backup-error");
      }
    }, true));
  return root;
}

function loginScreen(state) {
  const pinArea = h("div", { hidden: true, testid: "pin-area" });
  const root = h("section", { testid: "staff-login-screen" },
    h("h1", { text: s("staff-login-title") }),
    h("h2", { class: "nhsuk-heading-s", text: s("staff-login-choose") }),
    h("div", { class: "kiosk-staff-names" },
      state.staff.map((m) => {
        const b = button(m.name, `staff-account-${m.id}`, () => choose(m), true);
        if (m.lockedUntil && new Date(m.lockedUntil) > new Date(state.now)) {
          b.append(h("span", { class: "kiosk-tag kiosk-tag--locked", text: ` · ${s("staff-locked")}` }));
        }
        return b;
      })),
    pinArea,
    h("div", { class: "kiosk-actions" }, button(s("staff-cancel"), "staff-cancel", () => leaveStaff(), true)));

  function choose(member) {
    pinArea.replaceChildren(
      h("h2", { text: member.name }),
      textInput("staff-pin", s("staff-pin"), "pin", { type: "password", inputmode: "numeric" }),
      notice(),
      button(s("staff-log-in"), "pin-submit", async () => {
        const input = root.querySelector("#staff-pin");
        try {
          staff.session = await invoke("log_in", { staffId: member.id, pin: input.value });
          const phrase = staff.session.recoveryPassphrase;
          delete staff.session.recoveryPassphrase;
          if (phrase) showStaff("staff-recovery", recoveryScreen(phrase, () => showHome("queue")));
          else showHome("queue");
        } catch (err) {
          input.value = "";
          showNotice(root, err);
          if (err && err.detail && err.code === "account-locked") {
            const p = root.querySelector("[data-testid=staff-error]");
            const time = new Date(err.detail).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
            p.textContent = `${s("error-code-account-locked")} ${await sf("staff-locked-until", { time })}`;
          }
        }
      }));
    if (member.isAdmin) pinArea.append(recoverPinArea(member));
    pinArea.hidden = false;
    root.querySelector("#staff-pin").focus();
  }
  return root;
}

/** An administrator who forgot their PIN sets a new one with the recovery passphrase. */
function recoverPinArea(member) {
  const area = h("div", { hidden: true },
    textInput("recover-passphrase", s("recovery-passphrase"), "recover-passphrase", { autocapitalize: "characters" }),
    textInput("recover-pin", s("staff-new-pin"), "recover-pin", { type: "password" }),
    notice("recover-error"),
    button(s("recovery-set-pin"), "recover-go", async () => {
      try {
        await invoke("recover_admin_pin", {
          staffId: member.id,
          recoveryPassphrase: area.querySelector("#recover-passphrase").value,
          pin: area.querySelector("#recover-pin").value,
        });
        area.querySelectorAll("input").forEach((i) => { i.value = ""; });
        const p = area.querySelector("[data-testid=recover-error]");
        p.textContent = s("recovery-pin-set");
        p.hidden = false;
      } catch (err) {
        showNotice(area, err, "recover-error");
      }
    }, true));
  return h("div", {},
    button(s("recovery-forgot-pin"), "recover-start", () => { area.hidden = false; }, true),
    area);
}

// ---- Home: tabs ---------------------------------------------------------------------------

async function showHome(tab) {
  staff.tab = tab;
  const tabs = ["queue", "new", "worklist", "reports", "materials", ...(staff.session.isAdmin ? ["staff", "audit", "settings"] : []), "about"];
  const body = h("div", { class: "kiosk-staff-body" });
  const root = h("section", { testid: "staff-home", class: "kiosk-staff" },
    h("div", { class: "kiosk-staff-bar" },
      h("p", { class: "nhsuk-body-m", testid: "staff-who", text: await sf("staff-logged-in-as", { name: staff.session.name }) }),
      button(s(kiosk.settings.training ? "training-end" : "training-start"), "training-toggle", async () => {
        try {
          kiosk.settings.training = await invoke("set_training", { on: !kiosk.settings.training });
          showTrainingBand(kiosk.settings.training);
          await showHome(staff.tab);
        } catch (err) {
          showNotice(root, err);
        }
      }, true),
      button(s("staff-leave"), "staff-leave", () => leaveStaff(), true)),
    notice(),
    h("nav", { class: "kiosk-tabs", "aria-label": "Staff" },
      tabs.map((name) => h("button", {
        type: "button",
        class: `kiosk-tab${name === tab ? " kiosk-tab--current" : ""}`,
        "aria-current": name === tab ? "page" : null,
        testid: `tab-${name}`,
        text: s(`tab-${name}`),
        onclick: () => showHome(name),
      }))),
    body);
  showStaff(`staff-${tab}`, root);
  try {
    await TABS[tab](body);
  } catch (err) {
    body.append(notice());
    showNotice(body, err);
  }
}

function waiting(createdAt) {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(createdAt)) / 60000));
  return minutes < 60 * 24
    ? sf("waiting-minutes", { minutes })
    : sf("waiting-days", { days: Math.floor(minutes / (60 * 24)) });
}

function languageName(tag) {
  const l = kiosk.settings.languages.find((x) => x.tag === tag);
  return l ? l.native_name : tag;
}

function formatDob(iso) {
  const [y, m, d] = (iso || "").split("-");
  return y ? `${d}/${m}/${y}` : "";
}

async function journeyRows(entries, actions) {
  return Promise.all(entries.map(async (e) => h("tr", { testid: `row-${e.reference}` },
    h("td", {}, h("strong", { dir: "ltr", text: e.reference })),
    e.details === "present"
      ? h("td", { dir: "auto", text: `${e.firstName} ${e.lastName}` })
      : h("td", { testid: `details-${e.reference}`, text: s(`details-${e.details}`) }),
    h("td", { dir: "ltr", text: e.details === "present" ? formatDob(e.dateOfBirth) : "" }),
    h("td", { text: s(`status-${e.status}`) }),
    h("td", { lang: e.locale, text: languageName(e.locale) }),
    h("td", { text: s(`channel-${e.channel}`) }),
    h("td", {}, h("span", {
      class: e.age_band === "20-35" ? "kiosk-tag kiosk-tag--target" : null,
      text: e.age_band === "20-35" ? `${e.age_band} · ${s("target-cohort")}` : e.age_band,
    })),
    h("td", { text: e.cohorts.map((c) => s(`cohort-${c}`)).join(", ") }),
    h("td", { text: await waiting(e.created_at) }),
    h("td", {}, actions(e)))));
}

function journeyTable(rows) {
  return h("table", { class: "nhsuk-table kiosk-staff-table" },
    h("thead", {}, h("tr", {},
      ["col-reference", "col-name", "col-dob", "col-status", "col-language", "col-channel",
        "col-age-band", "col-cohorts", "col-waiting", "col-actions"].map((id) => h("th", { scope: "col", text: s(id) })))),
    h("tbody", {}, rows));
}

const TABS = {
  async queue(body) {
    const list = h("div", { testid: "queue-list" });
    const search = h("input", {
      class: "nhsuk-input", id: "queue-search", type: "search", testid: "queue-search", autocomplete: "off",
    });
    const refresh = async () => {
      const entries = await invoke("staff_queue", { search: search.value });
      list.replaceChildren(entries.length
        ? journeyTable(await journeyRows(entries, (e) =>
          button(s("queue-open"), `open-${e.reference}`, () => showJourney(e.id), true)))
        : h("p", { text: s("queue-empty") }));
    };
    search.addEventListener("input", refresh);
    body.append(
      h("div", { class: "nhsuk-form-group" }, h("label", { class: "nhsuk-label", for: "queue-search", text: s("queue-search") }), search),
      list);
    await refresh();
  },

  /** A journey started at the desk: the patient form, with its channel and language. */
  async new(body) {
    const channel = h("select", { class: "nhsuk-select", id: "new-channel", testid: "new-channel" },
      CHANNELS.map((c) => h("option", { value: c, text: s(`channel-${c}`), selected: c === kiosk.settings.channel })));
    const language = h("select", { class: "nhsuk-select", id: "new-language", testid: "new-language" },
      kiosk.settings.languages.map((l) => h("option", { value: l.tag, lang: l.tag, text: l.native_name })));
    const form = document.getElementById("screen-form").content.cloneNode(true);
    localise(form);
    // Staff fill this in at the desk: the patient-screen heading and Back button do not apply.
    form.querySelector("h1").remove();
    form.querySelector("[data-testid=form-back]").remove();
    body.append(
      h("p", { class: "nhsuk-body-l", text: s("new-intro") }),
      h("div", { class: "nhsuk-form-group" }, h("label", { class: "nhsuk-label", for: "new-channel", text: s("new-channel") }), channel),
      h("div", { class: "nhsuk-form-group" }, h("label", { class: "nhsuk-label", for: "new-language", text: s("new-language") }), language),
      form);
  },

  /** Posters, the leaflet and the prescription messages, from the kiosk's own words. */
  async materials(body) {
    const language = h("select", { class: "nhsuk-select", id: "poster-language", testid: "poster-language" },
      kiosk.settings.languages.map((l) => h("option", { value: l.tag, lang: l.tag, text: l.native_name })));
    const result = h("div", {}, notice("materials-error"),
      h("p", { class: "kiosk-saved", role: "status", testid: "materials-printed", text: s("materials-printed"), hidden: true }));
    const printMaterial = async (what, html) => {
      result.querySelector("[data-testid=materials-printed]").hidden = true;
      result.querySelector("[data-testid=materials-error]").hidden = true;
      try {
        await printHtml(what, html, "a4");
        result.querySelector("[data-testid=materials-printed]").hidden = false;
      } catch (err) {
        const p = result.querySelector("[data-testid=materials-error]");
        p.textContent = `${s("error-code-print-failed")} ${err && err.detail ? s(`error-print-${err.detail}`) : ""}`;
        p.hidden = false;
      }
    };
    const m = await invoke("materials", { posterLocale: STAFF_LOCALE });
    const rows = await Promise.all(m.prescriptionMessages.map(async (msg) => {
      const lang = kiosk.settings.languages.find((l) => l.tag === msg.tag);
      const text = h("textarea", {
        class: "nhsuk-textarea kiosk-rx", readonly: true, rows: 3, lang: msg.tag, dir: lang ? lang.dir : "auto",
        testid: `rx-${msg.tag}`, "aria-label": lang ? lang.native_name : msg.tag,
      });
      text.value = msg.text;
      return h("tr", {},
        h("td", { lang: msg.tag, text: lang ? lang.native_name : msg.tag }),
        h("td", {}, text),
        h("td", { testid: `rx-count-${msg.tag}`, class: msg.withinLimit ? null : "nhsuk-error-message",
          text: msg.withinLimit
            ? await sf("materials-rx-count", { chars: msg.chars, limit: m.prescriptionMessageLimit })
            : s("materials-rx-too-long") }),
        h("td", {}, button(s("materials-copy"), `rx-copy-${msg.tag}`, () => {
          text.select();
          document.execCommand("copy");
        }, true)));
    }));
    body.append(
      h("h2", { text: s("materials-poster") }),
      h("div", { class: "nhsuk-form-group" },
        h("label", { class: "nhsuk-label", for: "poster-language", text: s("materials-poster-language") }), language),
      button(s("materials-print-poster"), "print-poster", async () => {
        const chosen = await invoke("materials", { posterLocale: language.value });
        await printMaterial(`poster-${language.value}`, chosen.posterHtml);
      }, true),
      h("h2", { text: s("materials-leaflet") }),
      button(s("materials-print-leaflet"), "print-leaflet", () => printMaterial("leaflet", m.leafletHtml), true),
      result,
      h("h2", { text: s("materials-rx-title") }),
      h("p", { class: "nhsuk-hint", text: await sf("materials-rx-hint", { limit: m.prescriptionMessageLimit }) }),
      h("table", { class: "nhsuk-table" }, h("tbody", {}, rows)));
  },

  async worklist(body) {
    const code = staff.session.trackingCode;
    const label = staff.session.trackingCodeLabel;
    const entries = await invoke("staff_worklist");
    body.append(
      h("p", { class: "nhsuk-body-l", text: await sf("worklist-intro", { code, label }) }),
      notice(),
      entries.length
        ? journeyTable(await journeyRows(entries, (e) => button(s("worklist-coded"), `coded-${e.reference}`, async () => {
          try {
            await invoke("record_step", { journeyId: e.id, step: { step: "coded-9iw" } });
            showHome("worklist");
          } catch (err) {
            showNotice(body, err);
          }
        })))
        : h("p", { testid: "worklist-empty", text: s("worklist-empty") }),
      button(s("worklist-print"), "worklist-print", () => window.print(), true));
  },

  async staff(body) {
    const state = await invoke("staff_state");
    const rows = state.staff.map((m) => {
      const locked = m.lockedUntil && new Date(m.lockedUntil) > new Date(state.now);
      const pinInput = h("input", {
        class: "nhsuk-input kiosk-inline-input", type: "password", testid: `new-pin-${m.id}`,
        "aria-label": `${s("staff-new-pin")}: ${m.name}`, autocomplete: "off",
      });
      return h("tr", { testid: `staff-row-${m.id}` },
        h("td", { text: m.name }),
        h("td", { text: m.isAdmin ? s("staff-admin") : "" }),
        h("td", { testid: `staff-lock-${m.id}`, text: locked ? s("staff-locked") : "" }),
        h("td", {}, pinInput, button(s("staff-reset-pin"), `reset-pin-${m.id}`, async () => {
          try {
            await invoke("reset_pin", { staffId: m.id, pin: pinInput.value });
            showHome("staff");
          } catch (err) {
            showNotice(body, err);
          }
        }, true)),
        h("td", {}, button(s("staff-remove"), `remove-${m.id}`, async () => {
          try {
            await invoke("remove_staff", { staffId: m.id });
            showHome("staff");
          } catch (err) {
            showNotice(body, err);
          }
        }, true)));
    });
    body.append(
      notice(),
      h("table", { class: "nhsuk-table" }, h("tbody", {}, rows)),
      h("h2", { text: s("staff-add-title") }),
      textInput("new-staff-name", s("staff-name"), "new-staff-name"),
      textInput("new-staff-pin", s("staff-pin"), "new-staff-pin", { type: "password" }),
      h("div", { class: "nhsuk-checkboxes" }, checkbox("new-staff-admin", s("staff-is-admin"), "new-staff-admin")),
      button(s("staff-add"), "new-staff-add", async () => {
        try {
          await invoke("add_staff", {
            name: body.querySelector("#new-staff-name").value,
            pin: body.querySelector("#new-staff-pin").value,
            isAdmin: body.querySelector("#new-staff-admin").checked,
          });
          showHome("staff");
        } catch (err) {
          showNotice(body, err);
        }
      }),
      backupPanel(),
      await restorePanel(async () => showStaff("staff-login", loginScreen(await invoke("staff_state")))));
  },

  async audit(body) {
    const table = h("tbody", { testid: "audit-rows" });
    const filter = h("select", { class: "nhsuk-select", id: "audit-filter", testid: "audit-filter" },
      h("option", { value: "", text: s("audit-all") }),
      ["login", "login-failed", "login-refused-locked", "logout", "session-timed-out", "journey-opened",
        "journey-changed", "cohorts-tagged", "staff-added", "staff-removed", "pin-reset",
        "practice-key-set-up", "pin-recovered", "recovery-failed", "personal-data-purged",
        "backup-exported", "backup-restored", "settings-changed", "pack-imported", "pack-exported"]
        .map((a) => h("option", { value: a, text: a })));
    const refresh = async () => {
      const entries = await invoke("audit_log", { actor: null, action: filter.value || null });
      table.replaceChildren(...entries.map((e) => h("tr", {},
        h("td", { dir: "ltr", text: new Date(e.at).toLocaleString("en-GB") }),
        h("td", { text: e.actor }),
        h("td", { text: e.action }),
        h("td", { dir: "ltr", text: JSON.stringify(e.details) }))));
    };
    filter.addEventListener("change", refresh);
    body.append(
      h("div", { class: "nhsuk-form-group" }, h("label", { class: "nhsuk-label", for: "audit-filter", text: s("audit-filter") }), filter),
      h("table", { class: "nhsuk-table" },
        h("thead", {}, h("tr", {}, ["col-time", "col-who", "col-action", "col-details"].map((id) => h("th", { scope: "col", text: s(id) })))),
        table));
    await refresh();
  },

  async about(body) {
    body.append(aboutPanel(await invoke("about")));
    if (staff.session.isAdmin) {
      body.append(
        h("h3", { text: s("quit-title") }),
        h("p", { class: "nhsuk-hint", text: s("quit-hint") }),
        notice("quit-error"),
        button(s("quit-app"), "quit-app", async () => {
          try {
            await invoke("quit_app");
          } catch (err) {
            showNotice(body, err, "quit-error");
          }
        }, true));
    }
  },

  async settings(body) {
    body.append(await settingsForm(false, () => {}), await packPanel());
  },

  async reports(body) {
    await reportsTab(body);
  },
};

// ---- Reports: run charts, tests of change, feedback, exports --------------------------------

const MEASURES = [
  "interest-registered", "identity-verified", "access-granted", "coded-9iw",
  "interest-to-verified", "verified-to-access", "access-to-coded-9iw", "interest-to-access",
  "median-days-to-access",
];
const BREAKDOWNS = ["total", "channel", "language", "cohort", "age-band"];
const FEEDBACK_REASONS = ["no-device", "privacy", "dont-know-how", "dont-need", "something-else"];
const PDSA_IDEAS = 13;

/** YYYY-MM-DD of a Date, in local time. */
function isoDay(d) {
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function select(id, testid, options, chosen) {
  return h("select", { class: "nhsuk-select", id, testid },
    options.map(([value, text]) => h("option", { value, text, selected: value === chosen })));
}

function labelled(id, label, control) {
  return h("div", { class: "nhsuk-form-group kiosk-report-field" },
    h("label", { class: "nhsuk-label", for: id, text: label }), control);
}

function dateInput(id, testid, value) {
  return h("input", { class: "nhsuk-input", id, type: "date", testid, value });
}

/** The group names the staff see: a language's own name, a channel's words, etc. */
function groupLabel(breakdown, group) {
  if (breakdown === "language") return languageName(group);
  if (breakdown === "channel") return s(`channel-${group}`);
  if (breakdown === "cohort") return group === "none" ? s("cohort-none") : s(`cohort-${group}`);
  return group;
}

/** Each signal the analysis found, in words. */
async function signalLines(chart) {
  const a = chart.analysis;
  const week = (i) => chart.weeks[i] || "";
  const lines = [];
  for (const sig of a.signals) {
    if (sig.kind === "shift") {
      lines.push(await sf("report-signal-shift", { count: sig.last - sig.first + 1, first: week(sig.first), last: week(sig.last) }));
    } else if (sig.kind === "trend") {
      lines.push(await sf("report-signal-trend", {
        count: sig.last - sig.first + 1, first: week(sig.first), last: week(sig.last),
        direction: s(`report-direction-${sig.direction}`),
      }));
    } else if (sig.kind === "too-few-runs") {
      lines.push(await sf("report-signal-too-few-runs", { runs: sig.runs, limit: sig.lower }));
    } else if (sig.kind === "too-many-runs") {
      lines.push(await sf("report-signal-too-many-runs", { runs: sig.runs, limit: sig.upper }));
    } else if (sig.kind === "astronomical") {
      lines.push(await sf("report-signal-astronomical", { week: week(sig.index) }));
    }
  }
  return lines;
}

/** Renders the chart's SVG (drawn and escaped by Rust) as SVG, never as HTML. */
function svgNode(svgText) {
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  return document.importNode(doc.documentElement, true);
}

/** The chart as PNG bytes, drawn from its SVG by the webview. */
async function chartPng(svgText) {
  const img = new Image();
  img.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svgText)))}`;
  await img.decode();
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = img.naturalWidth * scale;
  canvas.height = img.naturalHeight * scale;
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  return Array.from(new Uint8Array(await blob.arrayBuffer()));
}

async function reportsTab(body) {
  const today = new Date();
  const from = new Date(today.getTime() - 26 * 7 * 86400000);
  const state = staff.report || { measure: "access-granted", breakdown: "total", group: "", from: isoDay(from), to: isoDay(today) };
  staff.report = state;
  const measure = select("report-measure", "report-measure", MEASURES.map((m) => [m, s(`measure-${m}`)]), state.measure);
  const breakdown = select("report-breakdown", "report-breakdown", BREAKDOWNS.map((b) => [b, s(`breakdown-${b}`)]), state.breakdown);
  const group = h("select", { class: "nhsuk-select", id: "report-group", testid: "report-group" });
  const fromInput = dateInput("report-from", "report-from", state.from);
  const toInput = dateInput("report-to", "report-to", state.to);
  const chartBox = h("figure", { class: "kiosk-chart", testid: "report-chart" });
  const signals = h("ul", { class: "nhsuk-list nhsuk-list--bullet", testid: "report-signals" });
  const runs = h("p", { class: "nhsuk-body-s", testid: "report-runs" });
  const baselineText = h("p", { testid: "report-baseline" });
  const baseFirst = dateInput("baseline-first", "baseline-first", state.from);
  const baseLast = dateInput("baseline-last", "baseline-last", "");
  const pdsaList = h("ul", { class: "nhsuk-list kiosk-pdsa-list", testid: "pdsa-list" });
  const feedbackTable = h("tbody", { testid: "feedback-counts" });
  const problem = notice("report-error");
  const saved = h("p", { class: "kiosk-saved", role: "status", testid: "report-saved", hidden: true });
  let current = null;

  const query = () => ({
    measure: measure.value, breakdown: breakdown.value,
    group: breakdown.value === "total" ? "" : group.value,
    from: fromInput.value, to: toInput.value,
  });

  const showError = (err) => {
    showNotice(body, err, "report-error");
  };

  async function refresh() {
    problem.hidden = true;
    const q = query();
    if (!q.from || !q.to) {
      problem.textContent = s("report-date-invalid");
      problem.hidden = false;
      return;
    }
    Object.assign(state, q);
    let view;
    try {
      view = await invoke("report", { query: q });
    } catch (err) {
      showError(err);
      return;
    }
    current = view;
    // The groups of the chosen split, keeping the choice if it still exists.
    const groups = view.groups;
    group.replaceChildren(...groups.map((g) => h("option", { value: g, text: groupLabel(q.breakdown, g), selected: g === q.group })));
    group.disabled = q.breakdown === "total";
    if (q.breakdown !== "total" && groups.length && !groups.includes(q.group)) {
      state.group = groups[0];
      await refresh();
      return;
    }
    chartBox.replaceChildren(svgNode(view.chart.svg));
    const lines = await signalLines(view.chart);
    signals.replaceChildren(...(lines.length ? lines : [s("report-no-signals")]).map((l) => h("li", { text: l })));
    const a = view.chart.analysis;
    runs.textContent = await sf("report-runs-summary", {
      useful: a["useful-points"], runs: a.runs,
      limits: a["runs-limits"] ? "some" : "none",
      lower: a["runs-limits"] ? a["runs-limits"].lower : 0,
      upper: a["runs-limits"] ? a["runs-limits"].upper : 0,
    });
    const b = view.chart.baseline;
    baselineText.textContent = b
      ? await sf("report-baseline-frozen", { first: b.firstWeek, last: b.lastWeek, name: b.frozenBy })
      : s("report-baseline-none");
    pdsaList.replaceChildren(...(view.chart.pdsaCycles.length ? view.chart.pdsaCycles.map((c) => h("li", { testid: `pdsa-${c.id}` },
      h("strong", { text: c.title }),
      h("span", { text: ` · ${c.startDate} – ${c.endDate || s("report-pdsa-running")}` }),
      c.tried ? h("p", { class: "nhsuk-body-s", text: c.tried }) : null,
      c.endDate ? null : button(s("report-pdsa-end-now"), `pdsa-end-${c.id}`, async () => {
        try {
          await invoke("end_pdsa_cycle", { id: c.id });
          await refresh();
        } catch (err) { showError(err); }
      }, true))) : [h("li", { text: s("report-pdsa-none") })]));
    const counts = new Map(view.feedback.map(([source, reason, n]) => [`${source}/${reason}`, n]));
    feedbackTable.replaceChildren(...FEEDBACK_REASONS.map((r) => h("tr", { testid: `feedback-row-${r}` },
      h("th", { scope: "row", text: s(`feedback-reason-${r}`) }),
      h("td", { testid: `feedback-patient-${r}`, text: String(counts.get(`patient/${r}`) || 0) }),
      h("td", { testid: `feedback-staff-${r}`, text: String(counts.get(`staff/${r}`) || 0) }))));
  }

  for (const el of [measure, breakdown, group]) el.addEventListener("change", refresh);

  // Tests of change: title (with the borough's change ideas as suggestions), what was tried, dates.
  const ideas = h("datalist", { id: "pdsa-ideas" },
    Array.from({ length: PDSA_IDEAS }, (_, i) => h("option", { value: s(`pdsa-idea-${i + 1}`) })));
  const pdsaTitle = h("input", { class: "nhsuk-input", id: "pdsa-title", type: "text", testid: "pdsa-title", list: "pdsa-ideas", maxlength: "120", autocomplete: "off" });
  const pdsaTried = h("textarea", { class: "nhsuk-textarea", id: "pdsa-tried", testid: "pdsa-tried", rows: "3" });
  const pdsaStart = dateInput("pdsa-start", "pdsa-start", isoDay(today));
  const pdsaEnd = dateInput("pdsa-end", "pdsa-end", "");
  const pdsaProblem = notice("pdsa-error");

  async function exportAs(kind) {
    saved.hidden = true;
    problem.hidden = true;
    try {
      const png = kind === "png" && current ? await chartPng(current.chart.svg) : null;
      const path = await invoke("export_report", { kind, query: query(), png });
      saved.textContent = await sf("report-exported", { path });
      saved.hidden = false;
    } catch (err) { showError(err); }
  }

  const staffReason = select("staff-feedback-reason", "staff-feedback-reason", FEEDBACK_REASONS.map((r) => [r, s(`feedback-reason-${r}`)]), "no-device");

  body.append(
    h("h2", { text: s("tab-reports") }),
    h("div", { class: "kiosk-report-controls" },
      labelled("report-measure", s("report-measure"), measure),
      labelled("report-breakdown", s("report-breakdown"), breakdown),
      labelled("report-group", s("report-group"), group),
      labelled("report-from", s("report-from"), fromInput),
      labelled("report-to", s("report-to"), toInput),
      button(s("report-show"), "report-show", refresh)),
    problem,
    chartBox,
    h("h3", { text: s("report-signals") }),
    signals,
    runs,

    h("h3", { text: s("report-baseline") }),
    baselineText,
    h("div", { class: "kiosk-report-controls" },
      labelled("baseline-first", s("report-baseline-first"), baseFirst),
      labelled("baseline-last", s("report-baseline-last"), baseLast),
      button(s("report-freeze"), "baseline-freeze", async () => {
        try {
          await invoke("freeze_baseline", { measure: measure.value, first: baseFirst.value, last: baseLast.value });
          await refresh();
        } catch (err) { showError(err); }
      }, true),
      button(s("report-unfreeze"), "baseline-unfreeze", async () => {
        try {
          await invoke("unfreeze_baseline", { measure: measure.value });
          await refresh();
        } catch (err) { showError(err); }
      }, true)),

    h("h3", { text: s("report-pdsa") }),
    h("p", { class: "nhsuk-hint", text: s("report-pdsa-intro") }),
    pdsaList,
    ideas,
    h("div", { class: "kiosk-pdsa-form" },
      labelled("pdsa-title", s("report-pdsa-title"), pdsaTitle),
      h("p", { class: "nhsuk-hint", text: s("report-pdsa-suggestions") }),
      labelled("pdsa-tried", s("report-pdsa-tried"), pdsaTried),
      h("div", { class: "kiosk-report-controls" },
        labelled("pdsa-start", s("report-pdsa-start"), pdsaStart),
        labelled("pdsa-end", s("report-pdsa-end"), pdsaEnd)),
      pdsaProblem,
      button(s("report-pdsa-add"), "pdsa-add", async () => {
        pdsaProblem.hidden = true;
        if (!pdsaStart.value) {
          pdsaProblem.textContent = s("report-date-invalid");
          pdsaProblem.hidden = false;
          return;
        }
        try {
          await invoke("add_pdsa_cycle", {
            cycle: { title: pdsaTitle.value, tried: pdsaTried.value, startDate: pdsaStart.value, endDate: pdsaEnd.value || null },
          });
          pdsaTitle.value = "";
          pdsaTried.value = "";
          await refresh();
        } catch (err) {
          showNotice(body, err, "pdsa-error");
        }
      })),

    h("h3", { text: s("report-feedback") }),
    h("table", { class: "nhsuk-table" },
      h("thead", {}, h("tr", {},
        h("th", { scope: "col", text: s("feedback-question") }),
        h("th", { scope: "col", text: s("report-feedback-patient") }),
        h("th", { scope: "col", text: s("report-feedback-staff") }))),
      feedbackTable),
    h("div", { class: "kiosk-report-controls" },
      labelled("staff-feedback-reason", s("report-feedback-add"), staffReason),
      button(s("report-feedback-add"), "staff-feedback-add", async () => {
        try {
          await invoke("staff_feedback", { reason: staffReason.value });
          saved.textContent = s("report-feedback-saved");
          saved.hidden = false;
          await refresh();
        } catch (err) { showError(err); }
      }, true)),

    h("h3", { text: s("report-exports") }),
    h("p", { class: "nhsuk-hint", text: s("report-export-note") }),
    h("div", { class: "kiosk-actions" },
      button(s("report-export-csv"), "export-csv", () => exportAs("csv"), true),
      button(s("report-export-aggregate"), "export-aggregate", () => exportAs("aggregate"), true),
      button(s("report-export-svg"), "export-svg", () => exportAs("svg"), true),
      button(s("report-export-png"), "export-png", () => exportAs("png"), true)),
    saved);
  await refresh();
}

/** Submits the desk form (the document's submit handler calls this in staff mode). */
async function submitStaffForm() {
  const values = readForm();
  const { errors: _, ...form } = values;
  try {
    const journey = await invoke("start_journey", {
      locale: main().querySelector("#new-language").value,
      form,
      channel: main().querySelector("#new-channel").value,
    });
    await showJourney(journey.id);
  } catch (err) {
    if (err && err.code === "invalid-form") {
      showFieldErrors(err.fields);
      main().querySelector("[data-testid=error-summary]").focus();
    } else {
      showProblem(err && err.code);
      if (err && err.code === "not-logged-in") leaveStaff();
    }
  }
}

// ---- One journey: the standard script ------------------------------------------------------

/** English text with the patient's language beside it, for pointing at. */
function sideBySide(id, patientLocale) {
  const other = kiosk.settings.languages.find((l) => l.tag === patientLocale);
  return h("span", { class: "kiosk-side-by-side" },
    h("span", { lang: "en-GB", dir: "ltr", text: t(id, STAFF_LOCALE) }),
    patientLocale !== STAFF_LOCALE
      ? h("span", { class: "kiosk-side-by-side__patient", lang: patientLocale, dir: other ? other.dir : "auto", text: t(id, patientLocale) })
      : null);
}

async function showJourney(id) {
  const j = await invoke("open_journey", { journeyId: id });
  await loadBundle(j.locale);
  const root = h("section", { testid: "journey-screen", class: "kiosk-staff" });
  const step = async (payload, testid) => {
    try {
      await invoke("record_step", { journeyId: id, step: payload });
      await showJourney(id);
      const saved = main().querySelector("[data-testid=step-saved]");
      saved.hidden = false;
      saved.dataset.step = testid;
    } catch (err) {
      showNotice(root, err);
    }
  };
  const checkedValues = (prefix, values) =>
    values.filter((v) => root.querySelector(`#${prefix}-${v}`).checked);
  const chosen = (name) => {
    const r = root.querySelector(`input[name=${name}]:checked`);
    return r ? r.value : null;
  };
  const open = ["interested", "identity-pending", "identity-verified", "access-granted"].includes(j.status);

  root.append(
    h("div", { class: "kiosk-staff-bar" },
      h("h1", { text: await sf("journey-title", { reference: j.reference }) }),
      button(s("journey-back"), "journey-back", () => showHome("queue"), true)),
    h("p", { class: "nhsuk-body-l" }, h("strong", { testid: "journey-status", "data-status": j.status, text: s(`status-${j.status}`) })),
    h("p", { class: "nhsuk-error-message kiosk-saved", role: "status", testid: "step-saved", text: s("step-saved"), hidden: true }),
    notice(),
    h("dl", { class: "nhsuk-summary-list" },
      summaryRow(s("journey-patient"), j.details === "present"
        ? `${j.firstName} ${j.lastName} · ${formatDob(j.dateOfBirth)}`
        : s(`details-${j.details}`)),
      summaryRow(s("col-language"), languageName(j.locale)),
      summaryRow(s("journey-documents-today"), t(`form-id-${j.idDocumentsToday}`, STAFF_LOCALE)),
      summaryRow(s("journey-for-someone-else"), s(j.forSomeoneElse ? "yes" : "no"))),
    h("h2", { text: s("col-cohorts") }),
    h("div", { class: "nhsuk-checkboxes" },
      COHORTS.map((c) => checkbox(`cohort-${c}`, s(`cohort-${c}`), `cohort-${c}`, j.cohorts.includes(c)))),
    button(s("cohorts-save"), "cohorts-save", async () => {
      try {
        await invoke("set_cohorts", { journeyId: id, cohorts: checkedValues("cohort", COHORTS) });
        await showJourney(id);
      } catch (err) {
        showNotice(root, err);
      }
    }, true),

    h("p", { class: "nhsuk-hint", text: s("script-side-by-side") }),
    h("h2", { text: s("script-step-1") }),
    h("p", { class: "nhsuk-body-l", text: s("script-greeting") }),
    h("ul", { class: "nhsuk-list nhsuk-list--bullet" },
      ["benefit-appointments", "benefit-prescriptions", "benefit-results", "benefit-vaccinations", "benefit-record"]
        .map((b) => h("li", {}, sideBySide(b, j.locale)))),

    h("h2", { text: s("script-step-2") }),
    h("p", { class: "nhsuk-hint", text: s("script-risks-hint") }),
    h("div", { class: "nhsuk-warning-callout kiosk-private" }, h("p", { text: s("script-coercion-private") })),
    h("div", { class: "nhsuk-checkboxes" },
      RISKS.map((r) => checkbox(`risk-${r}`, sideBySide(`risk-${r}`, j.locale), `risk-${r}`))),

    h("h2", { text: s("script-step-3") }),
    h("div", { class: "nhsuk-radios" }, allowedMethods().map((m, i) => radio("id-method", m, s(`id-method-${m}`), `id-method-${m}`, i === 0))),
    h("h3", { text: s("id-documents-seen") }),
    h("div", { class: "nhsuk-checkboxes kiosk-two-columns" }, DOCUMENTS.map((d) => checkbox(`doc-${d}`, s(`doc-${d}`), `doc-${d}`))),
    textInput("id-vouched-by", s("id-vouched-by"), "id-vouched-by"),
    textInput("id-missing", s("id-missing"), "id-missing"),
    open ? h("div", { class: "kiosk-actions" },
      button(s("step-identity-verified"), "step-identity-verified", () => step({
        step: "identity-verified",
        method: chosen("id-method"),
        documents: checkedValues("doc", DOCUMENTS),
        vouchedBy: root.querySelector("#id-vouched-by").value || null,
      }, "identity-verified")),
      button(s("step-identity-pending"), "step-identity-pending", () => step({
        step: "identity-pending", missing: root.querySelector("#id-missing").value,
      }, "identity-pending"), true),
      button(s("step-could-not-verify"), "step-could-not-verify", () => step({
        step: "could-not-verify", missing: root.querySelector("#id-missing").value,
      }, "could-not-verify"), true)) : null,

    h("h2", { text: s("script-step-4") }),
    h("div", { class: "nhsuk-radios" }, LEVELS.map((l) => radio("level", l, s(`level-${l}`), `level-${l}`, l === "full-record"))),
    h("h3", { text: s("proxy-title") }),
    textInput("proxy-relationship", s("proxy-relationship"), "proxy-relationship"),
    h("div", { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: "proxy-basis", text: s("proxy-basis") }),
      h("select", { class: "nhsuk-select", id: "proxy-basis", testid: "proxy-basis" },
        h("option", { value: "", text: s("proxy-none") }),
        BASES.map((b) => h("option", { value: b, text: s(`basis-${b}`) })))),
    open ? button(s("step-access-granted"), "step-access-granted", () => {
      const basis = root.querySelector("#proxy-basis").value;
      step({
        step: "access-granted",
        level: chosen("level"),
        risksExplained: checkedValues("risk", RISKS),
        proxy: basis ? { relationship: root.querySelector("#proxy-relationship").value, basis } : null,
      }, "access-granted");
    }) : null,

    h("h2", { text: s("script-step-5") }),
    open ? h("div", { class: "kiosk-actions" },
      button(await sf("step-coded", { code: staff.session.trackingCode }), "step-coded", () => step({ step: "coded-9iw" }, "coded-9iw")),
      button(s("step-declined"), "step-declined", () => step({ step: "declined", reason: "" }, "declined"), true),
      button(s("step-withdrawn"), "step-withdrawn", () => step({ step: "withdrawn" }, "withdrawn"), true)) : null,

    h("h2", { text: s("print-title") }),
    h("div", { class: "nhsuk-checkboxes" }, checkbox("print-with-name", s("print-with-name"), "print-with-name")),
    h("p", { class: "nhsuk-hint", text: s("print-linkage-hint") }),
    textInput("print-account-id", s("print-account-id"), "print-account-id"),
    textInput("print-ods-code", s("print-ods-code"), "print-ods-code"),
    textInput("print-linkage-key", s("print-linkage-key"), "print-linkage-key"),
    notice("print-error"),
    h("p", { class: "kiosk-saved", role: "status", testid: "print-done", text: s("print-done"), hidden: true }),
    button(s("print-slip"), "print-slip", async () => {
      const fields = ["account-id", "ods-code", "linkage-key"].map((f) => root.querySelector(`#print-${f}`));
      const [accountId, odsCode, linkageKey] = fields.map((f) => f.value);
      const linkage = accountId || odsCode || linkageKey ? { accountId, odsCode, linkageKey } : null;
      root.querySelector("[data-testid=print-error]").hidden = true;
      root.querySelector("[data-testid=print-done]").hidden = true;
      try {
        await printSlip(j.reference, root.querySelector("#print-with-name").checked, linkage);
        for (const f of fields) f.value = ""; // printed, then forgotten
        root.querySelector("[data-testid=print-done]").hidden = false;
      } catch (err) {
        const p = root.querySelector("[data-testid=print-error]");
        p.textContent = `${s("error-code-print-failed")} ${err && err.detail ? s(`error-print-${err.detail}`) : ""}`;
        p.hidden = false;
      }
    }, true),

    h("h2", { text: s("journey-history") }),
    h("ol", { class: "nhsuk-list nhsuk-list--number", testid: "history" },
      j.events.map((e) => h("li", { text: `${new Date(e.at).toLocaleString("en-GB")} · ${e.actor} · ${e.kind}` }))));
  showStaff("staff-journey", root);
}

function summaryRow(key, value) {
  return h("div", { class: "nhsuk-summary-list__row" },
    h("dt", { class: "nhsuk-summary-list__key", text: key }),
    h("dd", { class: "nhsuk-summary-list__value", dir: "auto", text: value }));
}

// ---- Settings and process packs (administrators) ------------------------------------------

/** The identity checks the practice (or its process pack) allows, in the script's order. */
function allowedMethods() {
  const allowed = (staff.session && staff.session.identityMethods) || METHODS;
  return METHODS.filter((m) => allowed.includes(m));
}

/** After a change: the staff face's copy of the session, the patient face's settings. */
async function refreshAfterSettingsChange() {
  staff.session = { ...staff.session, ...(await invoke("staff_session")) };
  await reloadSettings();
}

/** First-run setup, after the recovery passphrase: the practice's settings, then home. */
async function firstRunSettings() {
  staff.session = await invoke("staff_session");
  const root = h("section", { testid: "first-run-settings", class: "kiosk-staff" },
    h("h1", { text: s("settings-first-run-title") }),
    h("p", { class: "nhsuk-body-l", text: s("settings-first-run-intro") }));
  try {
    root.append(await settingsForm(true, () => showHome("queue")));
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
];
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
    h("h3", { text: s("settings-from-pack") }),
    h("dl", { class: "nhsuk-summary-list", testid: "settings-from-pack" },
      summaryRow(s("settings-tracking-code"), `${view.trackingCode} — ${view.trackingCodeLabel}`),
      summaryRow(s("settings-identity-methods"), view.identityMethods.map((m) => s(`id-method-${m}`)).join(", "))),
    notice(),
    h("p", { class: "nhsuk-body-m kiosk-saved", role: "status", testid: "settings-saved", hidden: true }),
    h("div", { class: "kiosk-actions" },
      button(s(firstRun ? "settings-save-continue" : "settings-save"), "settings-save", () => save())));
  async function save() {
    // The practice's order stays (it is the order patients see); new choices go at the end.
    const ticked = (tag) => root.querySelector(`#setting-lang-${CSS.escape(tag)}`).checked;
    const order = [...f.languages, ...view.availableLanguages.map(([tag]) => tag).filter((tag) => !f.languages.includes(tag))];
    const form = { languages: order.filter(ticked) };
    for (const [field, key] of SETTING_TEXT_FIELDS) form[key] = root.querySelector(`#setting-${field}`).value;
    form.channel = root.querySelector("#setting-channel").value;
    form.slipLayout = root.querySelector("#setting-slip-layout").value;
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

/** A setting's value as staff read it. */
function settingValue(v) {
  return Array.isArray(v) ? v.join(", ") : String(v);
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
            await showHome("settings");
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

// ---- About this kiosk (staff only) -----------------------------------------------------------

function aboutPanel(about) {
  const problems = about.overrideProblems.length ? about.overrideProblems : [s("about-no-problems")];
  return h("div", { testid: "about-panel" },
    h("h2", { text: s("about-title") }),
    h("dl", { class: "nhsuk-summary-list" },
      summaryRow(s("about-version"), about.version),
      summaryRow(s("about-data-folder"), about.dataDir)),
    h("h3", { text: s("about-translations") }),
    h("table", { class: "nhsuk-table", testid: "translation-status" },
      h("thead", {}, h("tr", {}, ["about-language", "about-drafted-by", "about-reviewed", "about-notes"]
        .map((id) => h("th", { scope: "col", text: s(id) })))),
      h("tbody", {}, about.translations.map((st) => h("tr", { testid: `translation-${st.locale}` },
        h("td", { text: st.locale }),
        h("td", { text: `${st.drafted_by}, ${st.drafted_on}` }),
        h("td", {
          text: st.reviewed_by_native_speaker
            ? `${s("about-reviewed-yes")} (${st.reviewed_by}, ${st.reviewed_on})`
            : s("about-reviewed-no"),
        }),
        h("td", { text: st.notes }))))),
    h("h3", { text: s("about-override-problems") }),
    h("ul", { class: "nhsuk-list", testid: "override-problems" }, problems.map((p) => h("li", { dir: "ltr", text: p }))));
}

// Any activity in staff mode restarts the staff clock.
for (const type of ["pointerdown", "keydown", "input"]) {
  document.addEventListener(type, armStaffTimer, { capture: true, passive: true });
}
