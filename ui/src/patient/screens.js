// The patient's screens: each is cloned from its <template> in index.html into <main> when
// shown and removed when left, so nothing of one patient stays in the page for the next.
// ENTER fills in what a screen needs as it is shown.

import { SOURCE_LOCALE, kiosk } from "../shared/state.js";
import { t, localise } from "../shared/l10n.js";
import { main, scrollPageToTop } from "../shared/dom.js";
import { readForm, writeForm, showPart, showFieldErrors } from "../shared/interest_form.js";
import { printSlip } from "../shared/printing.js";
import { updateListen, stopAudio } from "./listen.js";
import { armIdle } from "./idle.js";
import { fillLanguages } from "./language.js";
import { loadLayouts } from "../shared/keyboard/layouts.js";

const ATTRACT_ROTATE_MS = 5000;

export function show(name) {
  leaveScreen();
  const tpl = document.getElementById(`screen-${name}`);
  const content = tpl.content.cloneNode(true);
  localise(content);
  main().replaceChildren(content);
  kiosk.screen = name;
  document.body.dataset.screen = name;
  delete document.body.dataset.formPart;
  document.querySelector("[data-testid=open-language]").hidden =
    name === "attract" || name === "startup-failed" || name === "language" || name === "not-set-up";
  const enter = ENTER[name];
  if (enter) enter();
  updateListen();
  main().focus({ preventScroll: true });
  scrollPageToTop();
  armIdle();
}

export function leaveScreen() {
  if (kiosk.screen === "form") kiosk.form = readForm();
  clearInterval(kiosk.timers.attract);
  stopAudio();
}

const ENTER = {
  attract() {
    let i = 0;
    const langs = kiosk.settings.languages;
    const rotate = () => {
      // A language whose wording has not arrived yet is skipped (start-up loads it later).
      let lang = langs[Math.floor(i / 3) % langs.length];
      if (!kiosk.bundles.has(lang.tag)) lang = langs.find((l) => l.tag === SOURCE_LOCALE) || langs[0];
      const n = (i % 3) + 1;
      const box = main().querySelector("[data-slot=rotating]");
      if (!box) return;
      // Only what changes is touched: the language changes every third turn, the benefit
      // every turn. An unchanged node is neither laid out nor painted again (idle CPU).
      const touch = main().querySelector("[data-slot=rotating-touch]");
      const caption = main().querySelector("[data-slot=own-phone-caption]");
      if (box.lang !== lang.tag) {
        for (const el of [box, touch, caption]) {
          el.lang = lang.tag;
          el.dir = lang.dir;
        }
        caption.textContent = t("attract-own-phone", lang.tag);
        box.querySelector("[data-slot=rotating-title]").textContent = t("attract-title", lang.tag);
        touch.textContent = t("attract-touch", lang.tag);
      }
      box.querySelector("[data-slot=rotating-benefit]").textContent = t(`attract-benefit-${n}`, lang.tag);
      i += 1;
    };
    // The QR is drawn by the qrcode crate from the practice's registration address.
    main().querySelector("[data-slot=own-phone-qr]").innerHTML = kiosk.settings.ownPhoneQrSvg;
    rotate();
    kiosk.timers.attract = setInterval(rotate, ATTRACT_ROTATE_MS);
  },
  language() {
    fillLanguages(main().querySelector("[data-slot=languages]"), "pick-language");
  },
  form() {
    // The keyboard's layouts load while the patient answers the first part (no typing
    // there), so the first field's keyboard opens at once (the page is fresh per patient).
    loadLayouts().catch(() => {}); // a failure is tried again at the first field
    if (kiosk.form) writeForm(kiosk.form);
    else kiosk.trail = [];
    showPart(kiosk.form ? kiosk.form.part : "nhs-app");
    if (kiosk.form && kiosk.form.errors.length) showFieldErrors(kiosk.form.errors);
  },
  confirmation() {
    const c = kiosk.confirmation;
    // What happens next depends on the path: verified in the NHS App, a young person, a proxy.
    const when = {
      "record-now": c.recordInAppNow,
      "young-person": c.path === "young-person",
      proxy: c.path === "proxy",
      "to-check": !c.verifiedInNhsApp,
      "older-record": c.olderRecordAsked,
    };
    for (const li of main().querySelectorAll("[data-when]")) li.hidden = !when[li.dataset.when];
    main().querySelector("[data-slot=reference]").textContent = c.reference;
    // The SVG is drawn by the qrcode crate from the practice's configured address.
    main().querySelector("[data-slot=qr]").innerHTML = c.qrSvg;
    if (kiosk.settings.printerConfigured) printSlip(c.reference).catch(() => {
      const p = main().querySelector("[data-testid=print-problem]");
      if (p) p.hidden = false; // "ask at reception": staff can reprint from the queue
    });
  },
};
