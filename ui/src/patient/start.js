// Starting the page: the settings and the source language's wording, then the attract
// screen; the other languages' wording follows in the background. Also what the staff face
// calls after an administrator changes the settings.

import { SOURCE_LOCALE, kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { loadBundle } from "../shared/l10n.js";
import { main } from "../shared/dom.js";
import { show } from "./screens.js";
import { setLocale } from "./language.js";
import { wireEvents } from "./events.js";

/** The TRAINING band on the staff face while training mode is on (it sits outside <main>).
 *  The patient face never shows it: what a patient types is always real. */
export function showTrainingBand(on) {
  document.querySelector("[data-testid=training-band]").hidden = !on;
  if (on) document.body.dataset.training = "on";
  else delete document.body.dataset.training;
}

/** Re-reads the settings and wording after an administrator changed them (no restart). */
export async function reloadSettings() {
  kiosk.settings = await invoke("settings");
  const fresh = new Map();
  for (const tag of [SOURCE_LOCALE, ...kiosk.settings.languages.map((l) => l.tag)]) {
    if (!fresh.has(tag)) fresh.set(tag, await invoke("strings", { locale: tag }));
  }
  kiosk.bundles = fresh;
  document.querySelector("[data-testid=practice-name]").textContent = kiosk.settings.practiceName;
}

export async function start() {
  wireEvents();
  // The source language's wording is asked for alongside the settings, not after them.
  const sourceWording = loadBundle(SOURCE_LOCALE);
  sourceWording.catch(() => {}); // a failure shows below, on the screen that needs it
  try {
    kiosk.settings = await invoke("settings");
  } catch (err) {
    await setLocale(SOURCE_LOCALE);
    show("startup-failed");
    main().querySelector("[data-slot=problem]").textContent = (err && err.message) || String(err);
    document.body.dataset.ready = "true";
    return;
  }
  document.querySelector("[data-testid=practice-name]").textContent = kiosk.settings.practiceName;
  showTrainingBand(false);
  // Only the source language before the first paint (start-up is timed by tools/bench); the
  // others follow in the background, for the attract screen's rotation and the patient's pick.
  await sourceWording.catch(() => {});
  await setLocale(SOURCE_LOCALE);
  // Until the kiosk is set up it takes nothing: it says so, and the staff entry stays.
  show(kiosk.settings.setUp ? "attract" : "not-set-up");
  document.body.dataset.ready = "true";
  requestAnimationFrame(() => setTimeout(loadOtherBundles, 0));
}

async function loadOtherBundles() {
  for (const { tag } of kiosk.settings.languages) {
    try {
      await loadBundle(tag);
    } catch {
      // Tried again when the patient picks the language, and shown as a problem there.
    }
  }
}
