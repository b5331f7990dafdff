// Access Kiosk: the patient face.
//
// Every word on screen comes from the Rust side's Fluent bundles (`strings`), looked up by
// the element's data-l10n id, so switching language re-labels the page in place and keeps
// whatever the patient typed. The backend validates and stores; this page only shows.
// Inactivity shows a countdown, then removes the current screen from the page entirely and
// returns to the attract screen.
"use strict";

const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);

const SOURCE_LOCALE = "en-GB";
const ATTRACT_ROTATE_MS = 5000;
const FORM_FIELDS = [
  "firstName", "lastName", "dobDay", "dobMonth", "dobYear", "mobile", "email", "nhsNumber",
];
const CHECKBOXES = ["wantsAppointments", "wantsTestResults", "wantsFullRecord"];
// Backend field names → the element ids that show their errors and take focus.
const FIELD_TARGETS = {
  "first-name": "first-name",
  "last-name": "last-name",
  "date-of-birth": "dob-day",
  "mobile": "mobile",
  "email": "email",
  "contact": "mobile",
  "nhs-number": "nhs-number",
  "id-documents": "id-both",
};

const kiosk = {
  settings: null,
  locale: SOURCE_LOCALE,
  bundles: new Map(), // tag → { locale, dir, strings }
  screen: null,
  form: null, // what the patient typed, kept while they move between screens
  confirmation: null,
  timers: { idle: 0, countdown: 0, attract: 0 },
  countdownLeft: 0,
  submitting: false,
  audio: null, // the recording playing now, if any
};

// ---- Localisation -----------------------------------------------------------------------

function t(id, tag = kiosk.locale) {
  const bundle = kiosk.bundles.get(tag) || kiosk.bundles.get(SOURCE_LOCALE);
  return (bundle && bundle.strings[id]) || id;
}

async function loadBundle(tag) {
  if (!kiosk.bundles.has(tag)) {
    kiosk.bundles.set(tag, await invoke("strings", { locale: tag }));
  }
  return kiosk.bundles.get(tag);
}

function localise(root) {
  for (const el of root.querySelectorAll("[data-l10n]")) {
    el.textContent = t(el.dataset.l10n);
  }
}

async function setLocale(tag) {
  const bundle = await loadBundle(tag);
  kiosk.locale = tag;
  // Direction comes from the locale, never from the text.
  document.documentElement.lang = bundle.locale;
  document.documentElement.dir = bundle.dir;
  document.title = t("app-title");
  localise(document);
  updateListen();
  if (!document.getElementById("idle-dialog").hidden) renderCountdown();
}

// ---- Screens ----------------------------------------------------------------------------

const main = () => document.getElementById("screen");

function show(name) {
  leaveScreen();
  const tpl = document.getElementById(`screen-${name}`);
  const content = tpl.content.cloneNode(true);
  localise(content);
  main().replaceChildren(content);
  kiosk.screen = name;
  document.body.dataset.screen = name;
  document.querySelector("[data-testid=open-language]").hidden =
    name === "attract" || name === "startup-failed" || name === "language";
  const enter = ENTER[name];
  if (enter) enter();
  updateListen();
  main().focus({ preventScroll: true });
  window.scrollTo(0, 0);
  armIdle();
}

function leaveScreen() {
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
    if (kiosk.form) writeForm(kiosk.form);
  },
  confirmation() {
    const c = kiosk.confirmation;
    main().querySelector("[data-slot=reference]").textContent = c.reference;
    // The SVG is drawn by the qrcode crate from the practice's configured address.
    main().querySelector("[data-slot=qr]").innerHTML = c.qrSvg;
    if (kiosk.settings.printerConfigured) printSlip(c.reference).catch(() => {
      const p = main().querySelector("[data-testid=print-problem]");
      if (p) p.hidden = false; // "ask at reception": staff can reprint from the queue
    });
  },
};

function fillLanguages(container, action) {
  container.replaceChildren(
    ...kiosk.settings.languages.map((lang) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "nhsuk-button nhsuk-button--secondary kiosk-language";
      b.lang = lang.tag;
      b.dir = lang.dir;
      b.textContent = lang.native_name;
      b.dataset.action = action;
      b.dataset.tag = lang.tag;
      b.dataset.testid = `language-${lang.tag}`;
      if (lang.tag === kiosk.locale) b.setAttribute("aria-current", "true");
      return b;
    }),
  );
}

// ---- The interest form ------------------------------------------------------------------

function readForm() {
  const f = main().querySelector("form");
  if (!f) return kiosk.form;
  const values = {};
  for (const name of FORM_FIELDS) values[name] = f.elements[name].value;
  for (const name of CHECKBOXES) values[name] = f.elements[name].checked;
  values.forSomeoneElse = f.elements.forWhom.value === "someone-else";
  values.idDocuments = f.elements.idDocuments.value || null;
  values.errors = kiosk.form ? kiosk.form.errors : [];
  return values;
}

function writeForm(values) {
  const f = main().querySelector("form");
  for (const name of FORM_FIELDS) f.elements[name].value = values[name];
  for (const name of CHECKBOXES) f.elements[name].checked = values[name];
  f.elements.forWhom.value = values.forSomeoneElse ? "someone-else" : "me";
  if (values.idDocuments) f.elements.idDocuments.value = values.idDocuments;
  showFieldErrors(values.errors || []);
}

function showFieldErrors(errors) {
  const root = main();
  for (const group of root.querySelectorAll("[data-group]")) {
    group.classList.remove("nhsuk-form-group--error");
  }
  for (const msg of root.querySelectorAll(".nhsuk-error-message[data-testid^=error-]")) {
    msg.hidden = true;
    msg.removeAttribute("data-l10n");
    msg.textContent = "";
  }
  for (const input of root.querySelectorAll(".nhsuk-input--error")) {
    input.classList.remove("nhsuk-input--error");
  }
  const summary = root.querySelector("[data-testid=error-summary]");
  const list = summary.querySelector("[data-slot=error-list]");
  list.replaceChildren();
  summary.hidden = errors.length === 0;
  for (const { field, code } of errors) {
    const id = `error-${code}`;
    const msg = root.querySelector(`[data-testid=error-${field}]`);
    if (msg) {
      msg.dataset.l10n = id;
      msg.textContent = t(id);
      msg.hidden = false;
    }
    const group = root.querySelector(`[data-group=${field}]`);
    if (group) group.classList.add("nhsuk-form-group--error");
    const target = document.getElementById(FIELD_TARGETS[field]);
    if (target && target.classList.contains("nhsuk-input")) target.classList.add("nhsuk-input--error");
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#${FIELD_TARGETS[field]}`;
    a.dataset.l10n = id;
    a.dataset.testid = `summary-${field}`;
    a.textContent = t(id);
    a.addEventListener("click", (e) => {
      e.preventDefault();
      if (target) target.focus();
    });
    li.append(a);
    list.append(li);
  }
}

function showProblem(code) {
  const p = main().querySelector("[data-testid=form-problem]");
  if (!p) return;
  const id = code ? `error-code-${code}` : "";
  p.hidden = !code;
  if (code) {
    p.dataset.l10n = id;
    p.textContent = t(id);
  }
}

async function submitForm() {
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

// ---- Inactivity -------------------------------------------------------------------------

function armIdle() {
  clearTimeout(kiosk.timers.idle);
  if (kiosk.screen === "attract" || kiosk.screen === "startup-failed" || !kiosk.settings) return;
  if (document.body.dataset.mode === "staff") return; // staff.js keeps the staff clock
  kiosk.timers.idle = setTimeout(startCountdown, kiosk.settings.idleSeconds * 1000);
}

function startCountdown() {
  kiosk.countdownLeft = kiosk.settings.idleCountdownSeconds;
  document.getElementById("idle-dialog").hidden = false;
  renderCountdown();
  document.querySelector("[data-testid=idle-stay]").focus();
  kiosk.timers.countdown = setInterval(() => {
    kiosk.countdownLeft -= 1;
    if (kiosk.countdownLeft <= 0) {
      resetForNextPatient();
    } else {
      renderCountdown();
    }
  }, 1000);
}

async function renderCountdown() {
  const seconds = kiosk.countdownLeft;
  const text = await invoke("format_message", {
    locale: kiosk.locale, id: "idle-countdown", args: { seconds },
  });
  // A later tick may have finished first; show only the latest.
  if (seconds === kiosk.countdownLeft) document.getElementById("idle-countdown").textContent = text;
}

function stopCountdown() {
  clearInterval(kiosk.timers.countdown);
  document.getElementById("idle-dialog").hidden = true;
  document.getElementById("idle-countdown").textContent = "";
}

function onActivity() {
  if (!document.getElementById("idle-dialog").hidden) stopCountdown();
  armIdle();
}

/**
 * Forgets everything about the current patient: the screen is emptied at once, then the page
 * is loaded afresh and starts on the attract screen. A fresh page leaves nothing of this
 * patient in the page's memory, and it is the only way to hand back what WebKit keeps for a
 * page's removed content: about 60 KB for every screen shown, never collected while the page
 * lives (measured with tools/bench; the README's Benchmarks section has the figures).
 */
function resetForNextPatient() {
  stopCountdown();
  stopAudio();
  kiosk.form = null;
  kiosk.confirmation = null;
  kiosk.screen = null; // so leaving the form does not save it again
  main().replaceChildren();
  location.reload();
}

// ---- Printing ---------------------------------------------------------------------------

/** Waits until the page has painted what was just put in it. */
function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Prints the slip for `reference` with no dialog. Rust lays it out and sends it to the
 * printer; registration details go from the form into that print and nowhere else.
 */
async function printSlip(reference, withName = false, linkage = null) {
  delete document.body.dataset.lastPrint;
  try {
    await invoke("print_slip", { reference, withName, linkage });
    document.body.dataset.lastPrint = "done";
  } catch (err) {
    document.body.dataset.lastPrint = "failed";
    throw err;
  }
}

/** Prints `html` (made by Rust) through the print area; `what` names the job and the record. */
async function printHtml(what, html, layout) {
  const area = document.getElementById("print-area");
  const title = document.title;
  delete document.body.dataset.lastPrint;
  try {
    area.innerHTML = html;
    document.title = `slip-${what}`; // the print job's name
    document.body.dataset.printing = "true";
    await nextPaint();
    await invoke("print_page", { reference: what, layout });
    document.body.dataset.lastPrint = "done";
  } catch (err) {
    document.body.dataset.lastPrint = "failed";
    throw err;
  } finally {
    area.replaceChildren();
    delete document.body.dataset.printing;
    document.title = title;
  }
}

// ---- Listening, text size, staff information ---------------------------------------------

function currentLanguage() {
  return kiosk.settings && kiosk.settings.languages.find((l) => l.tag === kiosk.locale);
}

function updateListen() {
  const lang = currentLanguage();
  const button = document.querySelector("[data-testid=listen]");
  button.hidden = !(lang && lang.audio_screens.includes(kiosk.screen));
  button.classList.toggle("kiosk-listen--first", Boolean(lang && lang.audio_first));
}

async function listen() {
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

function stopAudio() {
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

function setTextSize(size) {
  document.documentElement.dataset.textSize = String(size);
  for (const b of document.querySelectorAll("[data-action=text-size]")) {
    b.setAttribute("aria-pressed", String(b.dataset.size === String(size)));
  }
}

/** A 2-second press on the practice name opens the staff login (staff.js). */
function wireStaffEntry() {
  const name = document.querySelector("[data-testid=practice-name]");
  let timer = 0;
  name.addEventListener("pointerdown", () => {
    timer = setTimeout(() => openStaffLogin(), 2000);
  });
  for (const type of ["pointerup", "pointerleave", "pointercancel"]) {
    name.addEventListener(type, () => clearTimeout(timer));
  }
}

// ---- Events -----------------------------------------------------------------------------

const ACTIONS = {
  start: () => (kiosk.settings.languages.length > 1 ? show("language") : show("benefits")),
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

function wireEvents() {
  document.addEventListener("click", (e) => {
    const el = e.target.closest("[data-action]");
    if (el && ACTIONS[el.dataset.action]) ACTIONS[el.dataset.action](el);
  });
  document.querySelector("[data-testid=open-language]").addEventListener("click", () => {
    const dialog = document.getElementById("language-dialog");
    fillLanguages(dialog.querySelector("[data-slot=languages]"), "dialog-language");
    dialog.hidden = false;
  });
  document.addEventListener("submit", (e) => {
    e.preventDefault();
    if (document.body.dataset.mode === "staff") submitStaffForm();
    else submitForm();
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
  wireStaffEntry();
}

/** The TRAINING band on every screen while training mode is on (it sits outside <main>). */
function showTrainingBand(on) {
  document.querySelector("[data-testid=training-band]").hidden = !on;
  if (on) document.body.dataset.training = "on";
  else delete document.body.dataset.training;
}

/** Re-reads the settings and wording after an administrator changed them (no restart). */
async function reloadSettings() {
  kiosk.settings = await invoke("settings");
  const fresh = new Map();
  for (const tag of [SOURCE_LOCALE, ...kiosk.settings.languages.map((l) => l.tag)]) {
    if (!fresh.has(tag)) fresh.set(tag, await invoke("strings", { locale: tag }));
  }
  kiosk.bundles = fresh;
  document.querySelector("[data-testid=practice-name]").textContent = kiosk.settings.practiceName;
}

// ---- Start ------------------------------------------------------------------------------

async function start() {
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
  showTrainingBand(kiosk.settings.training);
  // Only the source language before the first paint (start-up is timed by tools/bench); the
  // others follow in the background, for the attract screen's rotation and the patient's pick.
  await sourceWording.catch(() => {});
  await setLocale(SOURCE_LOCALE);
  show("attract");
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

start();
