// One journey: the standard script (benefits, risks, identity of the patient and of a proxy,
// access with new entries and a proxy's basis and dates, the older-record request and the
// clinician's decision, the codes to add, the outcome), the printed slip and the history; and
// starting a journey at the desk (the "New" tab), with the patients' interest form.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { t, loadBundle, localise } from "../shared/l10n.js";
import { main, h, button, checkbox, radio, textInput, notice, summaryRow } from "../shared/dom.js";
import { readForm, formPayload, showFieldErrors, showProblem, showAllParts } from "../shared/interest_form.js";
import { printSlip } from "../shared/printing.js";
import { STAFF_LOCALE, staff, s, sf, showNotice, showStaff, leaveStaff, goHome } from "./session.js";
import {
  RISKS, DOCUMENTS, METHODS, NEW_ENTRIES, OLDER_SCOPES, BASES, EVIDENCE, PROXY_SCOPES, COHORTS, CHANNELS,
} from "./vocab.js";
import { languageName, formatDob } from "./format.js";

/** A journey started at the desk: the patient form, with its channel and language. */
export async function newJourneyTab(body) {
  const channel = h("select", { class: "nhsuk-select", id: "new-channel", testid: "new-channel" },
    CHANNELS.map((c) => h("option", { value: c, text: s(`channel-${c}`), selected: c === kiosk.settings.channel })));
  const language = h("select", { class: "nhsuk-select", id: "new-language", testid: "new-language" },
    kiosk.settings.languages.map((l) => h("option", { value: l.tag, lang: l.tag, text: l.native_name })));
  const form = document.getElementById("screen-form").content.cloneNode(true);
  localise(form);
  body.append(
    h("p", { class: "nhsuk-body-l", text: s("new-intro") }),
    h("div", { class: "nhsuk-form-group" }, h("label", { class: "nhsuk-label", for: "new-channel", text: s("new-channel") }), channel),
    h("div", { class: "nhsuk-form-group" }, h("label", { class: "nhsuk-label", for: "new-language", text: s("new-language") }), language),
    form);
  // Staff fill in every part at once, with the patient (the desk asks the same questions).
  showAllParts();
}

/** Submits the desk form (main.js's submit handler calls this in staff mode). */
export async function submitStaffForm() {
  const form = formPayload(readForm());
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

/** Three number fields for a date (the on-screen keyboard's number pad), day first. */
function dateFields(prefix, label, iso) {
  const [y, m, d] = (iso || "").split("-");
  const part = (name, value, width) => h("div", { class: "nhsuk-date-input__item" },
    h("label", { class: "nhsuk-label nhsuk-date-input__label", for: `${prefix}-${name}`, text: s(`date-${name}`) }),
    h("input", {
      class: `nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}`, id: `${prefix}-${name}`,
      testid: `${prefix}-${name}`, type: "text", inputmode: "numeric", autocomplete: "off",
      maxlength: width, value: value || "",
    }));
  return h("div", { class: "nhsuk-form-group" },
    h("fieldset", { class: "nhsuk-fieldset", role: "group" },
      h("legend", { class: "nhsuk-fieldset__legend", text: label }),
      h("div", { class: "nhsuk-date-input kiosk-ltr-run", dir: "ltr" },
        part("day", d && String(Number(d)), 2), part("month", m && String(Number(m)), 2), part("year", y, 4))));
}

/** A date the officer typed as "YYYY-MM-DD", `null` if left empty; throws if it is not a
 *  date (the backend decides whether the date fits). */
function readDate(root, prefix) {
  const v = (n) => root.querySelector(`#${prefix}-${n}`).value.trim();
  const [d, m, y] = [v("day"), v("month"), v("year")];
  if (!d && !m && !y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)
    || date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) {
    throw { code: "not-a-date" };
  }
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** Today as "YYYY-MM-DD" (the tablet's calendar day). */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** One person's identity check: how, the kinds of document seen, who vouched. */
function identityControls(prefix, allowed, preferred) {
  const chosen = allowed.includes(preferred) ? preferred : allowed[0];
  return h("div", { class: "kiosk-identity" },
    h("div", { class: "nhsuk-radios" }, allowed.map((m) => radio(`${prefix}-method`, m, s(`id-method-${m}`), `${prefix}-method-${m}`, m === chosen))),
    h("h4", { text: s("id-documents-seen") }),
    h("div", { class: "nhsuk-checkboxes kiosk-two-columns" },
      DOCUMENTS.map((d) => checkbox(`${prefix}-doc-${d}`, s(`doc-${d}`), `${prefix === "id" ? "" : `${prefix}-`}doc-${d}`))),
    textInput(`${prefix}-vouched-by`, s("id-vouched-by"), `${prefix}-vouched-by`, { inputmode: "text" }));
}

function readIdentity(root, prefix) {
  const method = root.querySelector(`input[name=${prefix}-method]:checked`);
  return {
    method: method ? method.value : null,
    documents: DOCUMENTS.filter((d) => root.querySelector(`#${prefix}-doc-${d}`).checked),
    vouchedBy: root.querySelector(`#${prefix}-vouched-by`).value || null,
  };
}

/** The patient's answer about documents today, as the form words it. */
const DOCUMENTS_TODAY = {
  "both": "form-id-both",
  "photo-id-only": "form-id-photo-only",
  "address-only": "form-id-address-only",
  "neither": "form-id-neither",
};

/** The basis the proxy said at the kiosk, as the officer's basis to start from. */
const STATED_TO_BASIS = {
  "patient-agrees": "patient-consent",
  "parent-of-child": "parental-responsibility",
  "lasting-power-of-attorney": "lasting-power-of-attorney",
  "court-deputy": "court-deputy",
};

function codeText(code) {
  return `${s(`code-system-${code.system}`)} ${code.code} — ${code.term}`;
}

export async function showJourney(id) {
  const j = await invoke("open_journey", { journeyId: id });
  await loadBundle(j.locale);
  const dates = j.proxy ? await invoke("proxy_dates", { journeyId: id }) : null;
  const root = h("section", { testid: "journey-screen", class: "kiosk-staff" });
  const step = async (payload, testid) => {
    try {
      await invoke("record_step", { journeyId: id, step: typeof payload === "function" ? payload() : payload });
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
  const toCheck = ["interested", "identity-pending"].includes(j.status);
  const hasAccess = ["access-granted", "coded-9iw"].includes(j.status);
  const proxyJourney = j.path === "proxy";
  // A child's proxy: the child has no record of their own online by default before 16, so
  // their new entries are not recorded here (the proxy's scope says what the proxy sees).
  const childProxy = proxyJourney && underSixteen(j);
  // A 13-15-year-old given access without a clinician's competence assessment: nothing may
  // open their record on this sign-up (the store refuses it too).
  const youngNotAssessed = j.path === "young-person" && hasAccess && !j.competenceAssessed;
  const methods = allowedMethods();
  const wants = ["services", "newEntries", "olderRecord"].filter((w) => j.wants[w])
    .map((w) => t(`form-wants-${w.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, STAFF_LOCALE));

  const summary = h("dl", { class: "nhsuk-summary-list", testid: "journey-summary" },
    summaryRow(s("journey-patient"), j.details === "present"
      ? `${j.firstName} ${j.lastName} · ${formatDob(j.dateOfBirth)}`
      : s(`details-${j.details}`)),
    proxyJourney ? summaryRow(s("journey-proxy-person"), [
      j.details === "present" ? `${j.carerFirstName} ${j.carerLastName}` : s(`details-${j.details}`),
      j.proxyRequest ? `${t(`relationship-${j.proxyRequest.relationship}`, STAFF_LOCALE)} · ${t(`why-${j.proxyRequest.basis}`, STAFF_LOCALE)}` : null,
    ].filter(Boolean).join(" — ")) : null,
    summaryRow(s("col-language"), languageName(j.locale)),
    summaryRow(s("journey-path"), s(`path-${j.path}`)),
    summaryRow(s("journey-nhs-app"), s(`journey-nhs-app-${j.nhsApp || "not-asked"}`)),
    summaryRow(s("journey-wants"), wants.length ? wants.join(", ") : s("journey-wants-nothing")),
    summaryRow(s("journey-documents-today"), j.idDocumentsToday === "not-needed"
      ? s("journey-documents-not-needed") : t(DOCUMENTS_TODAY[j.idDocumentsToday], STAFF_LOCALE)),
    j.services !== null ? summaryRow(s("journey-access"), [
      s(j.services ? "journey-services-on" : "journey-services-off"),
      j.newEntries ? `${s("access-new-entries")}: ${s(`new-entries-${j.newEntries}`)}`
        : s(proxyJourney ? "new-entries-not-recorded-proxy" : "new-entries-not-recorded"),
    ].join(" · ")) : null,
    j.olderRecord ? summaryRow(s("journey-older-record"), [
      s(`older-scope-${j.olderRecord.scope}`), s(`older-status-${j.olderRecord.status}`),
      `${s("older-requested-on")} ${formatDob(j.olderRecord.requestedAt.slice(0, 10))}`,
      j.olderRecord.grantedFrom ? `${s("older-granted-from")} ${formatDob(j.olderRecord.grantedFrom)}` : null,
    ].filter(Boolean).join(" · ")) : null,
    j.proxy ? summaryRow(s("journey-proxy"), [
      s(`basis-${j.proxy.basis}`), s(`proxy-status-${j.proxy.status}`),
      j.proxy.evidence.length ? j.proxy.evidence.map((e) => s(`evidence-${e}`)).join(", ") : s("proxy-evidence-not-recorded"),
      j.proxy.scope.map((p) => s(`proxy-scope-${p}`)).join(", "),
      dates && dates.reviewOn ? `${s("proxy-review-on")} ${formatDob(dates.reviewOn)}` : null,
      dates && dates.endsOn ? `${s("proxy-ends-on")} ${formatDob(dates.endsOn)}` : null,
      dates && dates.suspendOn ? `${s("proxy-suspend-on")} ${formatDob(dates.suspendOn)}` : null,
      dates ? null : s("proxy-no-dates"),
    ].filter(Boolean).join(" · ")) : null);

  // 3. Identity: the person at the desk, and for a proxy's journey the patient too.
  const identity = toCheck ? [
    proxyJourney ? h("h3", { text: s("id-proxy-heading") }) : null,
    identityControls("id", methods, j.nhsApp === "verified" ? "nhs-login" : "documents"),
    proxyJourney ? h("h3", { text: s("id-patient-heading") }) : null,
    proxyJourney ? identityControls("patient-id", methods, "vouching") : null,
    textInput("id-missing", s("id-missing"), "id-missing", { inputmode: "text" }),
    h("div", { class: "kiosk-actions" },
      button(s("step-identity-verified"), "step-identity-verified", () => step(() => ({
        step: "identity-verified",
        ...readIdentity(root, "id"),
        patient: proxyJourney ? readIdentity(root, "patient-id") : null,
      }), "identity-verified")),
      button(s("step-identity-pending"), "step-identity-pending", () => step({
        step: "identity-pending", missing: root.querySelector("#id-missing").value,
      }, "identity-pending"), true),
      button(s("step-could-not-verify"), "step-could-not-verify", () => step({
        step: "could-not-verify", missing: root.querySelector("#id-missing").value,
      }, "could-not-verify"), true)),
  ] : [h("p", { class: "nhsuk-body-m", text: s("id-done") })];

  // 4. Access: services; new entries (on by default from 16); a proxy's basis, evidence,
  // who decided, scope and dates.
  const defaultEntries = j.path === "young-person" || !j.wants.newEntries ? "opted-out" : "on";
  const access = j.status === "identity-verified" ? [
    h("div", { class: "nhsuk-checkboxes" }, checkbox("access-services", s("access-services"), "access-services", true)),
    h("h3", { text: s("access-new-entries") }),
    childProxy ? h("p", { class: "nhsuk-body-m", testid: "new-entries-child-proxy", text: s("access-new-entries-child-proxy") }) : [
      h("p", { class: "nhsuk-hint", text: s("access-new-entries-hint") }),
      h("div", { class: "nhsuk-radios" }, NEW_ENTRIES.map((n) => radio("new-entries", n, s(`new-entries-${n}`), `new-entries-${n}`, n === defaultEntries))),
    ],
    j.path === "young-person" ? h("div", { class: "nhsuk-warning-callout" }, h("p", { text: s("access-young-person") }),
      h("div", { class: "nhsuk-checkboxes" }, checkbox("access-competence", s("access-competence"), "access-competence"))) : null,
    proxyJourney ? [
      h("h3", { text: s("proxy-title") }),
      h("p", { class: "nhsuk-hint", text: s("proxy-hint") }),
      h("div", { class: "nhsuk-form-group" },
        h("label", { class: "nhsuk-label", for: "proxy-basis", text: s("proxy-basis") }),
        h("select", { class: "nhsuk-select", id: "proxy-basis", testid: "proxy-basis" },
          BASES.map((b) => h("option", {
            value: b, text: s(`basis-${b}`),
            selected: j.proxyRequest && STATED_TO_BASIS[j.proxyRequest.basis] === b,
          })))),
      h("h4", { text: s("proxy-evidence") }),
      h("p", { class: "nhsuk-hint", text: s("proxy-evidence-hint") }),
      h("div", { class: "nhsuk-checkboxes kiosk-two-columns" }, EVIDENCE.map((e) => checkbox(`evidence-${e}`, s(`evidence-${e}`), `evidence-${e}`))),
      textInput("proxy-decided-by", s("proxy-decided-by"), "proxy-decided-by", { inputmode: "text" }),
      h("h4", { text: s("proxy-scope") }),
      // The older record is never part of the scope at this step: it is a request of its
      // own, below, that a clinician reviews (the store refuses it here too).
      h("div", { class: "nhsuk-checkboxes" }, ACCESS_SCOPES.map((p) => checkbox(`proxy-scope-${p}`, s(`proxy-scope-${p}`), `proxy-scope-${p}`, true))),
      h("p", { class: "nhsuk-hint", testid: "proxy-scope-older-hint", text: s("proxy-scope-older-hint") }),
      h("p", { class: "nhsuk-hint", text: await sf("proxy-dates-hint", { age: staff.session.proxyReviewAge }) }),
      dateFields("proxy-review", s("proxy-review-on")),
      dateFields("proxy-end", s("proxy-ends-on")),
    ] : null,
    button(s("step-access-granted"), "step-access-granted", () => step(() => ({
      step: "access-granted",
      services: root.querySelector("#access-services").checked,
      newEntries: childProxy ? null : chosen("new-entries"),
      risksExplained: checkedValues("risk", RISKS),
      competenceAssessed: !!(root.querySelector("#access-competence") || {}).checked,
      proxy: proxyJourney ? {
        basis: root.querySelector("#proxy-basis").value,
        evidence: checkedValues("evidence", EVIDENCE),
        decidedBy: root.querySelector("#proxy-decided-by").value,
        scope: checkedValues("proxy-scope", ACCESS_SCOPES),
        reviewOn: readDate(root, "proxy-review"),
        endsOn: readDate(root, "proxy-end"),
      } : null,
    }), "access-granted")),
  ] : [h("p", { class: "nhsuk-body-m", text: s(hasAccess ? "access-done" : "access-after-identity") })];

  // 5. The older record: a request of its own, decided by a clinician.
  const older = j.olderRecord;
  // A 13-15-year-old's older record only after access granted with their competence assessed.
  const youngWaits = j.path === "young-person" && (!hasAccess || !j.competenceAssessed);
  const canRequest = !older && !youngWaits && ["identity-verified", "access-granted", "coded-9iw"].includes(j.status);
  const olderRecord = [
    j.wants.olderRecord && !older ? h("p", { class: "nhsuk-body-m", testid: "older-asked", text: s("older-asked") }) : null,
    canRequest ? [
      h("div", { class: "nhsuk-radios" }, OLDER_SCOPES.map((o) => radio("older-scope", o, s(`older-scope-${o}`), `older-scope-${o}`, o === "full-record"))),
      button(s("step-older-record-requested"), "step-older-record-requested", () => step(() => ({
        step: "older-record-requested", scope: chosen("older-scope"),
      }), "older-record-requested"), true),
    ] : null,
    !older && !canRequest ? h("p", { class: "nhsuk-body-m", testid: youngWaits ? "older-young-person" : null,
      text: s(youngWaits && j.status !== "interested" && j.status !== "identity-pending" ? "older-young-person-competence" : "older-after-identity") }) : null,
    older && older.status === "requested" ? [
      h("p", { class: "nhsuk-body-m", testid: "older-waiting", text: s("older-waiting") }),
      h("div", { class: "nhsuk-warning-callout" }, h("p", { text: s("older-review-hint") })),
      dateFields("older-from", s("older-granted-from"), today()),
      textInput("older-reviewed-by", s("older-reviewed-by"), "older-reviewed-by", { inputmode: "text" }),
      h("div", { class: "kiosk-actions" },
        button(s("step-older-record-granted"), "step-older-record-granted", () => step(() => ({
          step: "older-record-granted",
          from: readDate(root, "older-from"),
          reviewedBy: root.querySelector("#older-reviewed-by").value,
        }), "older-record-granted")),
        button(s("step-older-record-declined"), "step-older-record-declined", () => step({ step: "older-record-declined" }, "older-record-declined"), true),
        button(s("step-older-record-withdrawn"), "step-older-record-withdrawn", () => step({ step: "older-record-withdrawn" }, "older-record-withdrawn"), true)),
    ] : null,
    older && older.status !== "requested" ? h("p", { class: "nhsuk-body-m", testid: "older-outcome", text: s(`older-status-${older.status}`) }) : null,
  ];

  // 6. Codes to add in the clinical system (a tick each), later changes, and the outcome.
  const codes = staff.session.codes;
  const codeOf = (key) => codes.find((c) => c.key === key);
  const outcome = [
    j.codesDue.length ? h("ul", { class: "nhsuk-list kiosk-codes", testid: "codes-due" }, j.codesDue.map((key) => h("li", {},
      h("span", { class: "kiosk-code", dir: "ltr", text: codeText(codeOf(key)) }),
      key === "sign-up"
        ? button(s("worklist-coded"), "step-coded", () => step({ step: "coded-9iw" }, "coded-9iw"))
        : button(s("worklist-coded"), `step-code-${key}`, () => step({ step: "code-added", code: key }, `code-${key}`))))) : null,
    hasAccess && !childProxy ? [
      h("h3", { text: s("new-entries-change") }),
      youngNotAssessed ? h("div", { class: "nhsuk-warning-callout", testid: "young-person-not-assessed" },
        h("p", { text: s("new-entries-young-person-not-assessed") })) : null,
      // Only the changes the store will take: "on" is not offered without the assessment.
      h("div", { class: "nhsuk-radios" }, NEW_ENTRIES.filter((n) => !(youngNotAssessed && n === "on"))
        .map((n) => radio("change-entries", n, s(`new-entries-${n}`), `change-entries-${n}`, n === j.newEntries))),
      button(s("step-new-entries-changed"), "step-new-entries-changed", () => step(() => ({
        step: "new-entries-changed", newEntries: chosen("change-entries"),
      }), "new-entries-changed"), true),
    ] : null,
    j.proxy && j.proxy.status !== "ended" ? [
      h("h3", { text: s("proxy-review-title") }),
      j.proxy.status === "active" ? [
        dateFields("next-review", s("proxy-next-review")),
        dateFields("next-end", s("proxy-ends-on")),
        button(s("step-proxy-reviewed"), "step-proxy-reviewed", () => step(() => ({
          step: "proxy-reviewed", reviewOn: readDate(root, "next-review"), endsOn: readDate(root, "next-end"),
        }), "proxy-reviewed"), true),
        button(s("step-proxy-suspended"), "step-proxy-suspended", () => step({ step: "proxy-suspended" }, "proxy-suspended"), true),
      ] : null,
      button(s("step-proxy-ended"), "step-proxy-ended", () => step({ step: "proxy-ended" }, "proxy-ended"), true),
    ] : null,
    open ? h("div", { class: "kiosk-actions" },
      button(s("step-declined"), "step-declined", () => step({ step: "declined", reason: "" }, "declined"), true),
      button(s("step-withdrawn"), "step-withdrawn", () => step({ step: "withdrawn" }, "withdrawn"), true)) : null,
  ];

  root.append(
    h("div", { class: "kiosk-staff-bar" },
      h("h1", { text: await sf("journey-title", { reference: j.reference }) }),
      button(s("journey-back"), "journey-back", () => goHome("queue"), true)),
    h("p", { class: "nhsuk-body-l" }, h("strong", { testid: "journey-status", "data-status": j.status, text: s(`status-${j.status}`) })),
    h("p", { class: "nhsuk-error-message kiosk-saved", role: "status", testid: "step-saved", text: s("step-saved"), hidden: true }),
    notice(),
    summary,
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

    h("h2", { text: s("script-step-3") }), ...parts(identity),
    h("h2", { text: s("script-step-4") }), ...parts(access),
    h("h2", { text: s("script-step-older") }), ...parts(olderRecord),
    h("h2", { text: s("script-step-5") }), ...parts(outcome),

    h("h2", { text: s("print-title") }),
    h("div", { class: "nhsuk-checkboxes" }, checkbox("print-with-name", s("print-with-name"), "print-with-name")),
    h("p", { class: "nhsuk-hint", text: s(j.nhsApp === "verified" && !proxyJourney ? "print-no-letter-needed" : "print-linkage-hint") }),
    textInput("print-account-id", s("print-account-id"), "print-account-id", { inputmode: "text" }),
    textInput("print-ods-code", s("print-ods-code"), "print-ods-code", { inputmode: "text" }),
    textInput("print-linkage-key", s("print-linkage-key"), "print-linkage-key", { inputmode: "text" }),
    h("p", { class: "nhsuk-hint", text: s("print-linkage-expiry") }),
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
      j.events.map((e) => h("li", { text: `${new Date(e.at).toLocaleString("en-GB")} · ${e.actor} · ${eventName(e.kind)}` }))));
  showStaff("staff-journey", root);
}

/** The scopes a proxy may be given at the access step: not the older record. */
const ACCESS_SCOPES = PROXY_SCOPES.filter((p) => p !== "older-record");

/** Whether the journey's patient is under 16 today (from the date of birth, or the age band
 *  recorded when the details are gone). */
function underSixteen(j) {
  if (j.details !== "present" || !/^\d{4}-\d{2}-\d{2}$/.test(j.dateOfBirth || "")) return j.age_band === "0-15";
  const [y, m, d] = j.dateOfBirth.split("-").map(Number);
  const now = new Date();
  const birthdayPassed = now.getMonth() + 1 > m || (now.getMonth() + 1 === m && now.getDate() >= d);
  return now.getFullYear() - y - (birthdayPassed ? 0 : 1) < 16;
}

/** A section's elements, as built with conditions: nested lists flattened, gaps dropped. */
function parts(list) {
  return list.flat(4).filter((e) => e !== null && e !== undefined && e !== false);
}

/** An event kind in words (the kind itself for one this page has no words for). */
function eventName(kind) {
  const words = s(`event-${kind}`);
  return words === `event-${kind}` ? kind : words;
}

/** The identity checks the practice (or its process pack) allows, in the script's order. */
function allowedMethods() {
  const allowed = (staff.session && staff.session.identityMethods) || METHODS;
  return METHODS.filter((m) => allowed.includes(m));
}
