// One journey: the standard script (benefits, risks, identity, access level, proxy, outcome,
// coding), the printed slip and the history; and starting a journey at the desk (the "New"
// tab), with the patients' interest form.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { t, loadBundle, localise } from "../shared/l10n.js";
import { main, h, button, checkbox, radio, textInput, notice, summaryRow } from "../shared/dom.js";
import { readForm, showFieldErrors, showProblem } from "../shared/interest_form.js";
import { printSlip } from "../shared/printing.js";
import { STAFF_LOCALE, staff, s, sf, showNotice, showStaff, leaveStaff, goHome } from "./session.js";
import { RISKS, DOCUMENTS, METHODS, LEVELS, BASES, COHORTS, CHANNELS } from "./vocab.js";
import { languageName, formatDob } from "./format.js";

/** A journey started at the desk: the patient form, with its channel and language. */
export async function newJourneyTab(body) {
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
}

/** Submits the desk form (main.js's submit handler calls this in staff mode). */
export async function submitStaffForm() {
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

export async function showJourney(id) {
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
      button(s("journey-back"), "journey-back", () => goHome("queue"), true)),
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

/** The identity checks the practice (or its process pack) allows, in the script's order. */
function allowedMethods() {
  const allowed = (staff.session && staff.session.identityMethods) || METHODS;
  return METHODS.filter((m) => allowed.includes(m));
}
