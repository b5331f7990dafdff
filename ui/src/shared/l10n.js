// Wording. Every word on screen comes from the Rust side's Fluent bundles (`strings`), looked
// up by the element's data-l10n id, so switching language (patient/language.js) re-labels the
// page in place and keeps whatever the patient typed.

import { SOURCE_LOCALE, kiosk } from "./state.js";
import { invoke } from "./tauri.js";

export function t(id, tag = kiosk.locale) {
  const bundle = kiosk.bundles.get(tag) || kiosk.bundles.get(SOURCE_LOCALE);
  return (bundle && bundle.strings[id]) || id;
}

// The page is loaded afresh for every patient; the wording is not patient data and does not
// change while the kiosk runs except through an administrator (reloadSettings, which calls
// forgetWording). So each language's wording is asked of the Rust side once per run and kept
// in sessionStorage, which lasts as long as the kiosk's window: a fresh page reads it back
// instead of formatting 15 languages again over IPC (about 70 ms of CPU here per patient).
const KEPT = "kiosk-wording:";

function keptBundle(tag) {
  try {
    const text = sessionStorage.getItem(KEPT + tag);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function keep(tag, bundle) {
  try {
    sessionStorage.setItem(KEPT + tag, JSON.stringify(bundle));
  } catch {
    // Storage full or refused: the next page asks the Rust side again.
  }
  return bundle;
}

export async function loadBundle(tag) {
  if (!kiosk.bundles.has(tag)) {
    const bundle = keptBundle(tag) || keep(tag, await invoke("strings", { locale: tag }));
    kiosk.bundles.set(tag, bundle);
  }
  return kiosk.bundles.get(tag);
}

/** Drops the kept wording: an administrator changed the settings or the wording. */
export function forgetWording() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith(KEPT)) sessionStorage.removeItem(key);
  }
}

export function localise(root) {
  for (const el of root.querySelectorAll("[data-l10n]")) {
    el.textContent = t(el.dataset.l10n);
  }
}
