// The header's tools for the patient: Listen (a recording of the screen in the patient's
// language) and the text size buttons.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { t } from "../shared/l10n.js";

function currentLanguage() {
  return kiosk.settings && kiosk.settings.languages.find((l) => l.tag === kiosk.locale);
}

export function updateListen() {
  const lang = currentLanguage();
  const button = document.querySelector("[data-testid=listen]");
  button.hidden = !(lang && lang.audio_screens.includes(kiosk.screen));
  button.classList.toggle("kiosk-listen--first", Boolean(lang && lang.audio_first));
}

export async function listen() {
  if (kiosk.audio) {
    stopAudio();
    return;
  }
  const bytes = await invoke("audio_clip", { locale: kiosk.locale, screen: kiosk.screen });
  if (!bytes || bytes.byteLength === 0) return;
  const url = URL.createObjectURL(new Blob([bytes]));
  const audio = new Audio(url);
  kiosk.audio = { audio, url };
  document.body.dataset.audio = "playing";
  setListenLabel("action-stop-listening");
  audio.addEventListener("ended", stopAudio);
  audio.play().catch(stopAudio);
}

export function stopAudio() {
  if (kiosk.audio) {
    kiosk.audio.audio.pause();
    URL.revokeObjectURL(kiosk.audio.url);
    kiosk.audio = null;
  }
  delete document.body.dataset.audio;
  setListenLabel("action-listen");
}

function setListenLabel(id) {
  const label = document.querySelector("[data-slot=listen-label]");
  label.dataset.l10n = id;
  label.textContent = t(id);
}

export function setTextSize(size) {
  document.documentElement.dataset.textSize = String(size);
  for (const b of document.querySelectorAll("[data-action=text-size]")) {
    b.setAttribute("aria-pressed", String(b.dataset.size === String(size)));
  }
}
