// What the patient's touches do: buttons name their action in data-action (ACTIONS); any
// touch or key restarts the inactivity clock; the kiosk's keyboard shortcuts are switched off.
// Sending a form and the long press that opens the staff face are wired in main.js, which
// knows both faces.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { show } from "./screens.js";
import { setLocale, fillLanguages } from "./language.js";
import { onActivity, resetForNextPatient } from "./idle.js";
import { listen, setTextSize } from "./listen.js";
import { nextPart, previousPart, continueAsCarer } from "./form.js";

/** The patient's first touch: their language, or straight to what online access gives. */
export function begin() {
  if (document.body.dataset.ready === "reloading") return; // the fresh page acts on it
  if (!kiosk.settings.setUp) return; // a kiosk not set up takes nobody's details
  if (kiosk.settings.languages.length > 1) show("language");
  else show("benefits");
}

const ACTIONS = {
  start: () => begin(),
  "pick-language": async (el) => {
    await setLocale(el.dataset.tag);
    show("benefits");
  },
  "dialog-language": async (el) => {
    await setLocale(el.dataset.tag);
    document.getElementById("language-dialog").hidden = true;
  },
  "close-language": () => {
    document.getElementById("language-dialog").hidden = true;
  },
  home: () => resetForNextPatient(),
  "text-size": (el) => setTextSize(Number(el.dataset.size)),
  listen: () => listen(),
  benefits: () => show("benefits"),
  form: () => show("form"),
  "form-next": () => nextPart(),
  "form-back": () => previousPart(),
  "form-as-carer": () => continueAsCarer(),
  stay: () => onActivity(),
  /** The optional, anonymous "what might stop you?" answer: one per patient. */
  feedback: async (el) => {
    const box = el.closest("[data-testid=feedback]");
    for (const b of box.querySelectorAll("button")) b.disabled = true;
    try {
      await invoke("patient_feedback", { reason: el.dataset.reason, locale: kiosk.locale });
      box.querySelector("[data-slot=feedback-choices]").hidden = true;
      box.querySelector("[data-testid=feedback-thanks]").hidden = false;
    } catch {
      for (const b of box.querySelectorAll("button")) b.disabled = false; // let them try again
    }
  },
};

export function wireEvents() {
  document.addEventListener("click", (e) => {
    const el = e.target.closest("[data-action]");
    if (el && ACTIONS[el.dataset.action]) ACTIONS[el.dataset.action](el);
  });
  document.querySelector("[data-testid=open-language]").addEventListener("click", () => {
    const dialog = document.getElementById("language-dialog");
    fillLanguages(dialog.querySelector("[data-slot=languages]"), "dialog-language");
    dialog.hidden = false;
  });
  for (const type of ["pointerdown", "keydown", "input", "wheel", "touchstart"]) {
    document.addEventListener(type, onActivity, { capture: true, passive: true });
  }
  document.addEventListener("contextmenu", (e) => e.preventDefault());
  // No reload, no print dialog, no zoom reset from the keyboard: the kiosk stays as it is.
  document.addEventListener("keydown", (e) => {
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.key === "F5" || (ctrl && ["r", "R", "p", "P", "w", "W", "0"].includes(e.key))) e.preventDefault();
  }, { capture: true });
}
