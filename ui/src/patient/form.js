// Sending the patient's interest form: the backend validates and stores it, and answers with
// the reference for the confirmation screen, or with the problems to show on the form.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { t } from "../shared/l10n.js";
import { main } from "../shared/dom.js";
import { readForm, showFieldErrors, showProblem } from "../shared/interest_form.js";
import { show } from "./screens.js";

export async function submitForm() {
  if (kiosk.submitting) return;
  kiosk.submitting = true;
  const button = main().querySelector("[data-testid=form-submit]");
  button.disabled = true;
  button.textContent = t("kiosk-busy");
  const values = readForm();
  const { errors: _, ...form } = values;
  try {
    kiosk.confirmation = await invoke("submit_interest", { locale: kiosk.locale, form });
    kiosk.form = null;
    show("confirmation");
  } catch (err) {
    const code = (err && err.code) || "unknown";
    kiosk.form = { ...values, errors: code === "invalid-form" ? err.fields : [] };
    showFieldErrors(kiosk.form.errors);
    showProblem(code === "invalid-form" ? null : code);
    const summary = main().querySelector("[data-testid=error-summary]");
    if (!summary.hidden) summary.focus();
  } finally {
    kiosk.submitting = false;
    if (button.isConnected) {
      button.disabled = false;
      button.textContent = t("form-submit");
    }
  }
}
