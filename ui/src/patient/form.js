// The patient's interest form, one part per screen: the first question (the NHS App), for
// whom, who the patient is, then what their age and answers lead to (a child under 13 only
// through a parent or carer, 13-15 told the practice will talk with them, a proxy's own
// details), contact, what they want, and documents unless verified in the NHS App. Each
// "Next" asks the backend (check_interest) where the answers lead and what needs fixing; the
// last part sends the form, and the backend stores it or answers with the problems.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { t } from "../shared/l10n.js";
import { main } from "../shared/dom.js";
import {
  readForm, formPayload, showFieldErrors, showProblem, setPath, currentForm, PART_FIELDS, partOf,
  showPart, needsDocuments, isLastPart,
} from "../shared/interest_form.js";
import { show } from "./screens.js";

/** Where the patient goes from `part`, given the path the backend decided. */
function partAfter(part, values, path) {
  switch (part) {
    case "nhs-app": return "for-whom";
    case "for-whom": return "about";
    case "about":
      if (path === "proxy") return "carer";
      if (path === "young-person") return "young-person";
      return "contact";
    case "under-13": return "carer";
    case "young-person": return "contact";
    case "carer": return "relationship";
    case "relationship": return "basis";
    case "basis": return "contact";
    case "contact": return "wants";
    case "wants": return needsDocuments(values) ? "documents" : null;
    default: return null;
  }
}

/** "Next": the answers so far are checked in Rust, which also says which path they lead to. */
export async function nextPart() {
  if (kiosk.submitting) return;
  const values = readForm();
  const part = values.part;
  let check;
  try {
    check = await invoke("check_interest", { form: formPayload(values) });
  } catch (err) {
    showProblem(patientProblem(err));
    return;
  }
  const errors = check.errors.filter((e) => PART_FIELDS[part].includes(e.field));
  // A child's own form: not an error to fix but a turn to the parent or carer's path.
  if (part === "about" && errors.length === 1 && errors[0].code === "dob-under13-needs-carer") {
    go(part, "under-13");
    return;
  }
  if (errors.length) {
    kiosk.form = { ...values, errors };
    showFieldErrors(errors);
    main().querySelector("[data-testid=error-summary]").focus();
    return;
  }
  showFieldErrors([]);
  kiosk.form = { ...values, errors: [] };
  // Before a date of birth there is no path yet, but "for me" or "for someone I care for"
  // already decides whose details the next part asks for.
  setPath(check.path, values.forSomeoneElse);
  const next = partAfter(part, values, check.path);
  if (next) go(part, next);
}

/**
 * The problem a patient is told of, in their language: those the patient face has words for;
 * anything else (a staff matter, such as a damaged practice key, worded only in English for
 * staff) is "not saved, please ask at reception".
 */
const PATIENT_PROBLEMS = new Set(["disk-full", "not-saved", "qr-failed", "startup-failed", "unknown", "not-set-up"]);
function patientProblem(err) {
  const code = (err && err.code) || "unknown";
  return PATIENT_PROBLEMS.has(code) ? code : "not-saved";
}

function go(from, to) {
  kiosk.trail = [...(kiosk.trail || []), from];
  showPart(to);
}

/** "Back": the part before this one, or the benefits screen from the first. */
export function previousPart() {
  const trail = kiosk.trail || [];
  if (trail.length === 0) {
    show("benefits");
    return;
  }
  const back = trail[trail.length - 1];
  kiosk.trail = trail.slice(0, -1);
  showPart(back);
}

/** "I am their parent or carer", for a child under 13: the same answers, as a proxy. */
export function continueAsCarer() {
  const f = currentForm();
  f.elements.forWhom.value = "someone-else";
  setPath("proxy", true);
  go("under-13", "carer");
}

export async function submitForm() {
  if (kiosk.submitting) return;
  const values = readForm();
  // Enter in a field before the last part means "Next".
  if (!isLastPart(values.part, values)) {
    await nextPart();
    return;
  }
  kiosk.submitting = true;
  const button = main().querySelector("[data-testid=form-submit]");
  button.disabled = true;
  button.dataset.l10n = "kiosk-busy"; // so a language change meanwhile keeps "Please wait"
  button.textContent = t("kiosk-busy");
  try {
    kiosk.confirmation = await invoke("submit_interest", { locale: kiosk.locale, form: formPayload(values) });
    kiosk.form = null;
    kiosk.trail = [];
    show("confirmation");
  } catch (err) {
    const code = (err && err.code) || "unknown";
    const errors = code === "invalid-form" ? err.fields : [];
    kiosk.form = { ...values, errors };
    if (errors.length) {
      // Back to the first part with a problem, everything typed still there.
      const first = Object.keys(PART_FIELDS).find((p) => errors.some((e) => partOf(e.field) === p));
      if (first && first !== values.part) go(values.part, first);
    }
    showFieldErrors(errors);
    showProblem(code === "invalid-form" ? null : patientProblem(err));
    const summary = main().querySelector("[data-testid=error-summary]");
    if (!summary.hidden) summary.focus();
  } finally {
    kiosk.submitting = false;
    if (button.isConnected) {
      button.disabled = false;
      button.dataset.l10n = "form-submit";
      button.textContent = t("form-submit");
    }
  }
}
