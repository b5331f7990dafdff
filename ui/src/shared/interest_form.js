// The interest form (index.html's screen-form template), which both faces use: the patient
// at the kiosk, one part per screen, and staff at the desk (the staff face's "New" tab), every
// part at once. Reading and filling it, the path it is on, and showing the problems the
// backend found with it.
//
// Every part stays in the form while the patient moves between them, so nothing typed is
// lost when they go back, change language, or give an answer that changes the path (the
// path itself is decided in Rust: check_interest).

import { kiosk } from "./state.js";
import { t } from "./l10n.js";
import { main } from "./dom.js";

const TEXT_FIELDS = [
  "firstName", "lastName", "dobDay", "dobMonth", "dobYear", "nhsNumber",
  "carerFirstName", "carerLastName", "mobile", "email",
];
const CHECKBOXES = ["wantsServices", "wantsNewEntries", "wantsOlderRecord"];
const RADIOS = ["nhsApp", "relationship", "basis", "idDocuments"];

// Backend field names → the element ids that show their errors and take focus.
const FIELD_TARGETS = {
  "nhs-app": "nhs-app-verified",
  "first-name": "first-name",
  "last-name": "last-name",
  "date-of-birth": "dob-day",
  "nhs-number": "nhs-number",
  "carer-first-name": "carer-first-name",
  "carer-last-name": "carer-last-name",
  "relationship": "relationship-parent-or-guardian",
  "basis": "basis-patient-agrees",
  "mobile": "mobile",
  "email": "email",
  "contact": "mobile",
  "id-documents": "id-both",
};

/** The form's parts in the order a patient can meet them, and the fields each one asks. */
export const PART_FIELDS = {
  "nhs-app": ["nhs-app"],
  "for-whom": [],
  "about": ["first-name", "last-name", "date-of-birth", "nhs-number"],
  "under-13": [],
  "young-person": [],
  "carer": ["carer-first-name", "carer-last-name"],
  "relationship": ["relationship"],
  "basis": ["basis"],
  "contact": ["mobile", "email", "contact"],
  "wants": [],
  "documents": ["id-documents"],
};

/** The part that asks `field`. */
export function partOf(field) {
  return Object.keys(PART_FIELDS).find((p) => PART_FIELDS[p].includes(field)) || "nhs-app";
}

export function currentForm() {
  return main().querySelector("form[data-testid=interest-form]");
}

export function readForm() {
  const f = currentForm();
  if (!f) return kiosk.form;
  const values = {};
  for (const name of TEXT_FIELDS) values[name] = f.elements[name].value;
  for (const name of CHECKBOXES) values[name] = f.elements[name].checked;
  for (const name of RADIOS) values[name] = f.elements[name].value || null;
  values.forSomeoneElse = f.elements.forWhom.value === "someone-else";
  values.errors = kiosk.form ? kiosk.form.errors : [];
  values.part = f.dataset.part || "nhs-app";
  values.trail = kiosk.trail || [];
  values.path = f.dataset.path;
  return values;
}

/** The form as the backend reads it (no page state). */
export function formPayload(values) {
  const { errors: _e, part: _p, trail: _t, path: _path, ...form } = values;
  return form;
}

export function writeForm(values) {
  const f = currentForm();
  for (const name of TEXT_FIELDS) f.elements[name].value = values[name] || "";
  for (const name of CHECKBOXES) f.elements[name].checked = values[name];
  for (const name of RADIOS) {
    for (const r of f.querySelectorAll(`input[name=${name}]`)) r.checked = r.value === values[name];
  }
  f.elements.forWhom.value = values.forSomeoneElse ? "someone-else" : "me";
  setPath(values.path || "adult", values.forSomeoneElse);
  showFieldErrors(values.errors || []);
}

/** Marks the form with its path (what the wants and documents parts show) and names the
 *  patient's part for the person it is about. */
export function setPath(path, forSomeoneElse) {
  const f = currentForm();
  f.dataset.path = forSomeoneElse ? "proxy" : path || "adult";
  const title = f.querySelector("[data-slot=about-title]");
  title.dataset.l10n = forSomeoneElse ? "about-title-someone-else" : "about-title-me";
  title.textContent = t(title.dataset.l10n);
  // The name hint speaks of the patient: "your name", or a carer's "their name".
  const hint = f.querySelector("#name-hint");
  if (hint) {
    hint.dataset.l10n = forSomeoneElse ? "form-name-hint-someone-else" : "form-name-hint";
    hint.textContent = t(hint.dataset.l10n);
  }
}

/** Shows `part` of the form (the patient's one screen), and the buttons it needs. */
export function showPart(part) {
  const f = currentForm();
  if (!f) return;
  f.dataset.part = part;
  document.body.dataset.formPart = part; // which screen of the form (tools/bench times each)
  for (const p of f.querySelectorAll("[data-part]")) p.hidden = p.dataset.part !== part;
  const last = isLastPart(part, readForm());
  f.querySelector("[data-testid=form-next]").hidden = last || part === "under-13";
  f.querySelector("[data-testid=form-submit]").hidden = !last;
  main().querySelector("[data-testid=error-summary]").hidden = true;
  showProblem(null);
  const heading = f.querySelector(`[data-part="${part}"] h1`);
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

/** Staff at the desk fill in every part at once; the notes for a patient alone go, and
 *  the proxy's part shows only when the form is for someone else. */
export function showAllParts() {
  const f = currentForm();
  f.dataset.mode = "desk";
  for (const p of f.querySelectorAll("[data-part]")) {
    p.hidden = p.classList.contains("kiosk-form-part--note");
  }
  f.querySelector(".kiosk-form-nav [data-testid=form-next]").hidden = true;
  f.querySelector(".kiosk-form-nav [data-testid=form-back]").remove();
  f.querySelector("[data-testid=form-submit]").hidden = false;
  const proxy = () => {
    const forSomeoneElse = f.elements.forWhom.value === "someone-else";
    for (const p of f.querySelectorAll(".kiosk-proxy-part")) p.hidden = !forSomeoneElse;
    setPath("adult", forSomeoneElse);
  };
  for (const r of f.querySelectorAll("input[name=forWhom]")) r.addEventListener("change", proxy);
  proxy();
}

/** Verified in the NHS App, for themselves: no documents to ask about. */
export function needsDocuments(values) {
  return values.forSomeoneElse || values.nhsApp !== "verified";
}

export function isLastPart(part, values) {
  return part === "documents" || (part === "wants" && !needsDocuments(values));
}

export function showFieldErrors(errors) {
  const root = main();
  for (const group of root.querySelectorAll("[data-group]")) {
    group.classList.remove("nhsuk-form-group--error");
  }
  for (const msg of root.querySelectorAll(".nhsuk-error-message[data-testid^=error-]")) {
    msg.hidden = true;
    msg.removeAttribute("data-l10n");
    msg.textContent = "";
  }
  for (const input of root.querySelectorAll(".nhsuk-input--error")) {
    input.classList.remove("nhsuk-input--error");
  }
  const summary = root.querySelector("[data-testid=error-summary]");
  const list = summary.querySelector("[data-slot=error-list]");
  list.replaceChildren();
  summary.hidden = errors.length === 0;
  for (const { field, code } of errors) {
    const id = `error-${code}`;
    const msg = root.querySelector(`[data-testid=error-${field}]`);
    if (msg) {
      msg.dataset.l10n = id;
      msg.textContent = t(id);
      msg.hidden = false;
    }
    const group = root.querySelector(`[data-group=${field}]`);
    if (group) group.classList.add("nhsuk-form-group--error");
    const target = document.getElementById(FIELD_TARGETS[field]);
    if (target && target.classList.contains("nhsuk-input")) target.classList.add("nhsuk-input--error");
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#${FIELD_TARGETS[field]}`;
    a.dataset.l10n = id;
    a.dataset.testid = `summary-${field}`;
    a.textContent = t(id);
    a.addEventListener("click", (e) => {
      e.preventDefault();
      if (target) target.focus();
    });
    li.append(a);
    list.append(li);
  }
}

export function showProblem(code) {
  const p = main().querySelector("[data-testid=form-problem]");
  if (!p) return;
  const id = code ? `error-code-${code}` : "";
  p.hidden = !code;
  if (code) {
    p.dataset.l10n = id;
    p.textContent = t(id);
  }
}
