// Starting the page: the settings and the source language's wording, then the attract
// screen; the other languages' wording follows in the background. Also what the staff face
// calls after an administrator changes the settings.

import { SOURCE_LOCALE, kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { loadBundle, forgetWording } from "../shared/l10n.js";
import { main } from "../shared/dom.js";
import { show } from "./screens.js";
import { setLocale } from "./language.js";
import { wireEvents, begin } from "./events.js";
import { whenReset } from "./idle.js";
import { setTextSize } from "./listen.js";
import { warmFonts } from "./warm_up.js";

/** What early-touch.js keeps: the time of a touch while the page was not ready. */
const TOUCHED = "kiosk-touched-at";
/** A kept touch older than this was not meant for this page (a slow start, say). */
const TOUCH_KEPT_MS = 10_000;

/** The attract screen as a fresh page starts it: English, standard text size. Until the
 *  kiosk is set up it takes nothing: it says so, and the staff entry stays. */
async function attractAsNew() {
  setTextSize(0);
  await setLocale(SOURCE_LOCALE);
  show(kiosk.settings.setUp ? "attract" : "not-set-up");
}

/** The TRAINING band on the staff face while training mode is on (it sits outside <main>).
 *  The patient face never shows it: what a patient types is always real. */
export function showTrainingBand(on) {
  document.querySelector("[data-testid=training-band]").hidden = !on;
  if (on) document.body.dataset.training = "on";
  else delete document.body.dataset.training;
}

/** Re-reads the settings and wording after an administrator changed them (no restart). */
export async function reloadSettings() {
  forgetWording();
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
  await attractAsNew();
  whenReset(attractAsNew);
  document.body.dataset.ready = "true";
  // A touch that came while this page loaded (just after a reset) starts the patient's journey.
  const touched = Number(sessionStorage.getItem(TOUCHED));
  sessionStorage.removeItem(TOUCHED);
  if (touched && Date.now() - touched < TOUCH_KEPT_MS) begin();
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
  warmFonts();
}
