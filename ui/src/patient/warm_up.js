// Warming the fonts before the first patient. The first time the window shows a script (the
// 15 languages' names, then Bengali, Urdu, Arabic, Chinese... on the patient's screens and
// keyboards) WebKit looks up the fonts for it, loads them and shapes the text: measured on
// this machine that made the first patient in each language wait 50–100 ms on one screen
// change (60–290 ms on the cheap tablet profile) against 8–16 ms for everyone after. WebKit
// keeps what it found for the window's life, across the page reload between patients, so
// once per window the kiosk lays out, out of sight, the language screen and the benefits
// screen (with the header) in every language and every keyboard's keys, one piece per idle
// moment, while the attract screen waits. The form's parts are left to the first patient:
// warming them too saved that patient another 10–15 ms per part, but cost about 160 ms of
// CPU and 8 MB more, and took the first minute's idle CPU (tools/bench) from 0.38 % to
// 0.65 % of a core; this smaller set measured 0.37–0.45 % (README, runs E and F).
//
// The copies are inert: no ids, test ids, actions or wording ids (so nothing finds, clicks
// or relabels them), hidden from sight and from assistive technology, and removed when done.

import { kiosk } from "../shared/state.js";
import { t } from "../shared/l10n.js";
import { everyLayer } from "../shared/keyboard/keyboard.js";
import { fillLanguages } from "./language.js";

/** Set in sessionStorage (the window's life) once every piece has been laid out. */
const WARMED = "kiosk-fonts-warmed";
/** The patient's screens whose wording is laid out in each language. */
const SCREENS = ["language", "benefits"];

const idle = (fn) =>
  window.requestIdleCallback ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 50);

/** Lays out the patient screens in each language and each keyboard's keys, once a window;
 *  resolves when done. */
export function warmFonts() {
  if (sessionStorage.getItem(WARMED)) return Promise.resolve();
  const pieces = [];
  for (const lang of kiosk.settings.languages) {
    for (const screen of SCREENS) pieces.push(() => screenIn(screen, lang));
  }
  pieces.push(keyboards);
  const box = document.createElement("div");
  box.className = "kiosk-warm-up";
  box.setAttribute("aria-hidden", "true");
  box.inert = true;
  document.body.append(box);
  return new Promise((done) => {
    const next = async () => {
      const piece = pieces.shift();
      if (!piece) {
        box.remove();
        sessionStorage.setItem(WARMED, "1");
        done();
        return;
      }
      try {
        const el = await piece();
        if (el) {
          box.replaceChildren(el);
          el.getBoundingClientRect(); // lays it out now: fonts found, loaded and text shaped
        }
      } catch {
        // Only a warm-up: the screen itself shows any problem when a patient gets there.
      }
      idle(next);
    };
    idle(next);
  });
}

/** A screen's template in one language, inert, with every part and branch showing; with
 *  the benefits, the header as that language labels it (the page's lang changes with it). */
function screenIn(screen, lang) {
  if (!kiosk.bundles.has(lang.tag)) return null; // its wording has not arrived: skipped
  const wrap = document.createElement("div");
  wrap.lang = lang.tag;
  wrap.dir = lang.dir;
  if (screen === "benefits") wrap.append(document.querySelector(".kiosk-header").cloneNode(true));
  const page = document.createElement("div");
  page.className = "kiosk-screen";
  page.append(document.getElementById(`screen-${screen}`).content.cloneNode(true));
  if (screen === "language") fillLanguages(page.querySelector("[data-slot=languages]"), "language");
  wrap.append(page);
  for (const el of wrap.querySelectorAll("[data-l10n]")) el.textContent = t(el.dataset.l10n, lang.tag);
  for (const el of wrap.querySelectorAll("*")) inert(el);
  return wrap;
}

/** Every keyboard, as the keyboard draws its keys, inert. */
async function keyboards() {
  const root = await everyLayer();
  for (const el of root.querySelectorAll("*")) inert(el);
  return root;
}

function inert(el) {
  el.removeAttribute("id");
  el.removeAttribute("for");
  el.removeAttribute("name");
  el.removeAttribute("hidden");
  for (const key of Object.keys(el.dataset)) delete el.dataset[key];
  if (el.matches("a, input, select, textarea, button")) el.tabIndex = -1;
}
