// The interest form (index.html's screen-form template), which both faces use: the patient
// at the kiosk, and staff at the desk (the staff face's "New" tab). Reading and filling it,
// and showing the problems the backend found with it.

import { kiosk } from "./state.js";
import { t } from "./l10n.js";
import { main } from "./dom.js";

const FORM_FIELDS = [
  "firstName", "lastName", "dobDay", "dobMonth", "dobYear", "mobile", "email", "nhsNumber",
];
const CHECKBOXES = ["wantsAppointments", "wantsTestResults", "wantsFullRecord"];
// Backend field names → the element ids that show their errors and take focus.
const FIELD_TARGETS = {
  "first-name": "first-name",
  "last-name": "last-name",
  "date-of-birth": "dob-day",
  "mobile": "mobile",
  "email": "email",
  "contact": "mobile",
  "nhs-number": "nhs-number",
  "id-documents": "id-both",
};

export function readForm() {
  const f = main().querySelector("form");
  if (!f) return kiosk.form;
  const values = {};
  for (const name of FORM_FIELDS) values[name] = f.elements[name].value;
  for (const name of CHECKBOXES) values[name] = f.elements[name].checked;
  values.forSomeoneElse = f.elements.forWhom.value === "someone-else";
  values.idDocuments = f.elements.idDocuments.value || null;
  values.errors = kiosk.form ? kiosk.form.errors : [];
  return values;
}

export function writeForm(values) {
  const f = main().querySelector("form");
  for (const name of FORM_FIELDS) f.elements[name].value = values[name];
  for (const name of CHECKBOXES) f.elements[name].checked = values[name];
  f.elements.forWhom.value = values.forSomeoneElse ? "someone-else" : "me";
  if (values.idDocuments) f.elements.idDocuments.value = values.idDocuments;
  showFieldErrors(values.errors || []);
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
