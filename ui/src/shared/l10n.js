// Wording. Every word on screen comes from the Rust side's Fluent bundles (`strings`), looked
// up by the element's data-l10n id, so switching language (patient/language.js) re-labels the
// page in place and keeps whatever the patient typed.

import { SOURCE_LOCALE, kiosk } from "./state.js";
import { invoke } from "./tauri.js";

export function t(id, tag = kiosk.locale) {
  const bundle = kiosk.bundles.get(tag) || kiosk.bundles.get(SOURCE_LOCALE);
  return (bundle && bundle.strings[id]) || id;
}

export async function loadBundle(tag) {
  if (!kiosk.bundles.has(tag)) {
    kiosk.bundles.set(tag, await invoke("strings", { locale: tag }));
  }
  return kiosk.bundles.get(tag);
}

export function localise(root) {
  for (const el of root.querySelectorAll("[data-l10n]")) {
    el.textContent = t(el.dataset.l10n);
  }
}
