// The kiosk's own on-screen keyboard and number pad. A locked-down kiosk shows no keyboard
// of the tablet's, so every text field in the page, on both faces, gets this one when it is
// focused; it sits below the page, which shrinks to make room, so the focused field is
// scrolled into view above it and never hidden.
//
// Which keyboard a field gets comes from standard attributes (and, for a date, one of ours),
// never from field ids, so a field added later (by either face) gets the right one:
//   data-keyboard="date"            the number pad with "-", for a date typed year-month-day
//   inputmode text, or none given   letters in the patient's script (switchable on the keyboard)
//   inputmode numeric               the number pad; with type=password (a staff PIN) it can
//                                   switch to letters, since a PIN may be a passphrase
//   inputmode decimal               the number pad with a decimal point (a target)
//   inputmode tel, or type=tel      the number pad with + and space
//   inputmode email, or type=email  letters with @ . - _ and digits
//   inputmode none, readonly, disabled   no keyboard
//   autocapitalize                  when capitals come by themselves (none, words, characters;
//                                   sentences when not given; never in a password)
// The layouts are data (ui/src/keyboards/*.json, see layouts.js): which layout serves a mode,
// which layers it has and where each key leads are all read from there.
//
// Invariants:
// - The keyboard never takes focus: its keys cannot be focused and a press on one is kept
//   from moving focus, so the field keeps its caret, and a physical keyboard still types.
// - Keys type through editing.js, which fires `input` like typing does: every key tap is
//   activity for the patient's idle clock and the staff session clock.
// - It keeps no text: what was typed lives only in the fields.

import { kiosk } from "../state.js";
import { t } from "../l10n.js";
import { insertText, deleteBackward, textBeforeCaret } from "./editing.js";
import { loadLayouts, parseRow } from "./layouts.js";

const TEXT_TYPES = ["text", "search", "email", "tel", "password", "url", "number"];

const kb = {
  root: null,
  bar: null,
  keys: null,
  layouts: null, // id → layout, rows parsed
  field: null,
  mode: null,
  layoutId: null,
  layer: null,
  chosen: null, // the letters layout the patient picked on this page, if they did
  valueAtFocus: "",
  hasNext: null, // whether a field follows this one (Next) or not (Done); found once per field
  edited: false,
  pressing: false, // a finger (or the mouse) is down on the page
  closing: false, // the field has lost the focus: close once the touch is lifted
  rendered: new Map(), // "layout/layer/accent row/language" → its keys, built once per page
  watch: null, // notices the field leaving the page (a screen change) while the keyboard is open
  overlay: null, // the dialog (a PIN prompt) whose field the keys type into, raised above it
};

/** Whether `el` is a field this keyboard types into. */
export function isKeyboardField(el) {
  if (!el || el.disabled || el.readOnly) return false;
  if ((el.getAttribute("inputmode") || "").toLowerCase() === "none") return false;
  if (el.tagName === "TEXTAREA") return true;
  return el.tagName === "INPUT" && TEXT_TYPES.includes(el.type);
}

/** The keyboard a field asks for, from its inputmode and type. */
export function modeOf(field) {
  // A date typed year-month-day: digits and "-" (a date field's own picker needs a keyboard).
  if (field.dataset.keyboard === "date") return "date";
  const inputmode = (field.getAttribute("inputmode") || "").toLowerCase();
  if (inputmode === "numeric" || inputmode === "decimal" || field.type === "number") {
    if (field.type === "password") return "pin";
    return inputmode === "decimal" ? "decimal" : "numeric";
  }
  if (inputmode === "tel" || field.type === "tel") return "tel";
  if (inputmode === "email" || field.type === "email") return "email";
  return "text";
}

/** Starts the keyboard for the whole page: any field focused from now on gets it. */
export function attachKeyboard() {
  Object.assign(kb, skeleton());
  kb.root.hidden = true;
  kb.root.setAttribute("role", "group");
  kb.root.dataset.testid = "keyboard";
  const page = document.querySelector(".kiosk-page");
  if (page) page.after(kb.root);
  else document.body.append(kb.root);
  // A press on a key must not move focus out of the field (nor start a text selection).
  for (const type of ["pointerdown", "mousedown"]) {
    kb.root.addEventListener(type, (e) => e.preventDefault());
  }
  kb.root.addEventListener("pointerdown", (e) => {
    const key = e.target.closest(".kiosk-key");
    if (key) key.classList.add("is-pressed");
  });
  for (const type of ["pointerup", "pointercancel", "pointerout"]) {
    kb.root.addEventListener(type, (e) => {
      const key = e.target.closest(".kiosk-key");
      if (key) key.classList.remove("is-pressed");
    });
  }
  kb.root.addEventListener("click", onKey);
  // A touch that takes the focus from the field (a button, a radio) closes the keyboard only
  // once it is lifted: closing on the press would move the page under the finger, and the
  // tap would land somewhere else, or nowhere.
  for (const type of ["pointerdown", "mousedown"]) {
    document.addEventListener(type, () => { kb.pressing = true; }, { capture: true, passive: true });
  }
  for (const type of ["pointerup", "pointercancel", "mouseup"]) {
    document.addEventListener(type, () => {
      kb.pressing = false;
      if (kb.closing) setTimeout(closeIfLeft, 0); // after this touch's click
    }, { capture: true, passive: true });
  }
  document.addEventListener("focusin", (e) => {
    if (isKeyboardField(e.target)) open(e.target);
    else if (kb.field && !kb.pressing) close();
    else if (kb.field) kb.closing = true;
  });
  document.addEventListener("focusout", (e) => {
    if (e.target !== kb.field) return;
    // Focus going to another field is handled by its focusin. A window losing focus leaves
    // the field focused in its page: the keyboard stays.
    if (isKeyboardField(e.relatedTarget)) return;
    if (kb.pressing) kb.closing = true;
    else setTimeout(closeIfLeft, 0);
  });
  kb.watch = new MutationObserver(() => {
    if (kb.field && !kb.field.isConnected) close();
  });
  // The keyboard changes height with its layer (accents add a row): the field must stay in
  // view above it, and a dialog it types for must end where the keys begin.
  new ResizeObserver(() => {
    if (!kb.field || kb.root.hidden) return;
    fitOverlay();
    showField(kb.field);
  }).observe(kb.root);
}

/**
 * A field in a dialog (the PIN prompt) sits on a veil that covers the page, the keyboard
 * included: the keys would be dimmed and the veil would take their taps. While the keys type
 * into such a dialog they are raised above it, and the dialog ends where they begin.
 * Any other dialog (the idle countdown) still covers an open keyboard.
 */
function fitOverlay() {
  const overlay = kb.field ? kb.field.closest(".kiosk-overlay") : null;
  if (kb.overlay && kb.overlay !== overlay) {
    kb.overlay.style.removeProperty("inset-block-end");
    kb.overlay.classList.remove("kiosk-overlay--above-keys");
  }
  kb.overlay = overlay;
  kb.root.classList.toggle("kiosk-keyboard--raised", Boolean(overlay));
  if (overlay) {
    overlay.classList.add("kiosk-overlay--above-keys");
    overlay.style.setProperty("inset-block-end", `${kb.root.offsetHeight}px`);
  }
}

/** Every layer of every layout, and the bar's layout keys, as this keyboard draws them, with
 *  no field and nothing wired: what patient/warm_up.js lays out, out of sight, once a window,
 *  so the keys' scripts and symbols have their fonts before the first patient types. */
export async function everyLayer() {
  const { root, bar, keys } = skeleton();
  for (const l of (await loadLayouts()).map(prepare)) {
    bar.append(layoutKey(l));
    for (const ly of Object.values(l.layers)) keys.append(buildLayer(l, ly, null));
  }
  return root;
}

/** The keyboard's box: the bar (layouts, Hide) above the keys. */
function skeleton() {
  const root = document.createElement("div");
  root.className = "kiosk-keyboard";
  const bar = document.createElement("div");
  bar.className = "kiosk-keyboard__bar";
  const keys = document.createElement("div");
  keys.className = "kiosk-keyboard__keys";
  root.append(bar, keys);
  return { root, bar, keys };
}

/** A layout's key in the bar, its name in its own script. */
function layoutKey(layout) {
  const b = keyElement("kiosk-key kiosk-key--layout", `key-layout-${layout.id}`);
  b.lang = layout.lang;
  b.dir = layout.dir;
  b.textContent = layout.name;
  return b;
}

/** Relabels the keys in the page's language (patient/language.js calls it on a change). */
export function relabelKeyboard() {
  kb.rendered.clear();
  if (kb.field) render();
}

async function open(field) {
  kb.closing = false;
  if (kb.field && kb.field !== field) leave();
  kb.field = field;
  kb.hasNext = null;
  kb.valueAtFocus = field.value;
  kb.edited = false;
  if (!kb.layouts) {
    try {
      kb.layouts = new Map((await loadLayouts()).map((l) => [l.id, prepare(l)]));
    } catch {
      return; // no keyboard this time; the next field tries again
    }
    if (kb.field !== field) return; // focus moved on while the layouts came
  }
  kb.mode = modeOf(field);
  const layout = layoutFor(kb.mode);
  if (!layout) return;
  kb.layoutId = layout.id;
  kb.layer = layout.modes[kb.mode];
  autoCapitals();
  render();
  kb.root.hidden = false;
  kb.watch.observe(document.body, { childList: true, subtree: true });
  fitOverlay();
  showField(field);
}

/** The field is left: a `change` event as a browser gives one, if the keys changed it. */
function leave() {
  const field = kb.field;
  if (field && kb.edited && field.value !== kb.valueAtFocus && field.isConnected) {
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

function closeIfLeft() {
  kb.closing = false;
  if (kb.field && document.activeElement !== kb.field) close();
}

function close() {
  leave();
  kb.closing = false;
  kb.field = null;
  kb.root.hidden = true;
  fitOverlay();
  kb.watch.disconnect();
}

/** Rows parsed once, and each layer's keys in order, for the layout `l`. */
function prepare(l) {
  const layers = {};
  for (const [name, layer] of Object.entries(l.layers)) {
    layers[name] = { ...layer, name, keys: layer.rows.map(parseRow) };
  }
  const rows = {};
  for (const [locale, byLayer] of Object.entries(l.language_rows || {})) {
    rows[locale] = Object.fromEntries(Object.entries(byLayer).map(([n, r]) => [n, parseRow(r)]));
  }
  return { ...l, layers, languageRows: rows };
}

/** The letters layouts a patient can switch between: every layout for an offered language,
 *  and the one for the page's language, Latin letters first. */
function lettersLayouts() {
  const order = [...((kiosk.settings && kiosk.settings.languages) || []).map((l) => l.tag), kiosk.locale];
  const offered = new Set(order);
  return [...kb.layouts.values()]
    .filter((l) => l.modes.text && (l.id === "latin" || l.locales.some((tag) => offered.has(tag))))
    .map((l) => [l, l.id === "latin" ? -1 : Math.min(...l.locales.map((tag) => order.indexOf(tag)).filter((i) => i >= 0))])
    .sort((a, b) => a[1] - b[1])
    .map(([l]) => l);
}

function layoutFor(mode) {
  if (mode !== "text") return [...kb.layouts.values()].find((l) => l.modes[mode]);
  const choices = lettersLayouts();
  return choices.find((l) => l.id === kb.chosen)
    || choices.find((l) => l.locales.includes(kiosk.locale))
    || choices[0];
}

const layout = () => kb.layouts.get(kb.layoutId);
const layer = () => layout().layers[kb.layer];

/** Capitals by themselves where the field asks for them (autocapitalize), in letters only. */
function autoCapitals() {
  if (kb.mode !== "text" || kb.field.type === "password") return;
  const base = layout().layers[layout().modes.text];
  if (!base.shift || (kb.layer !== base.name && kb.layer !== base.shift)) return;
  const policy = (kb.field.getAttribute("autocapitalize") || "sentences").toLowerCase();
  const before = textBeforeCaret(kb.field);
  const capital = policy === "characters"
    || (policy === "words" && (before === "" || /\s$/u.test(before)))
    || ((policy === "sentences" || policy === "on") && (before.trim() === "" || /[.!?]\s+$/u.test(before)));
  kb.layer = capital ? base.shift : base.name;
}

function onKey(e) {
  const key = e.target.closest(".kiosk-key");
  if (!key || !kb.field) return;
  const field = kb.field;
  const { action, text, to } = key.dataset;
  if (text !== undefined) {
    if (insertText(field, text)) kb.edited = true;
    kb.layer = layer().after || kb.layer;
    autoCapitals();
  } else if (action === "space") {
    if (insertText(field, " ")) kb.edited = true;
    autoCapitals();
  } else if (action === "backspace") {
    if (deleteBackward(field)) kb.edited = true;
    autoCapitals();
  } else if (action === "shift") {
    kb.layer = layer().shift;
  } else if (action === "layer") {
    kb.layer = to;
  } else if (action === "layout") {
    kb.chosen = to;
    kb.layoutId = to;
    kb.layer = layout().modes.text;
    autoCapitals();
  } else if (action === "letters") {
    kb.mode = "text";
    kb.layoutId = layoutFor("text").id;
    kb.layer = layout().modes.text;
  } else if (action === "next") {
    const next = nextField(field);
    if (next) next.focus();
    else field.blur();
    return;
  } else if (action === "hide") {
    field.blur();
    return;
  }
  // A letter that leaves the same keys showing changes nothing here: the frame that shows it
  // only repaints the field and the key (key taps are timed by tools/bench).
  if (kb.root.dataset.layer !== kb.layer || kb.root.dataset.layout !== kb.layoutId || kb.root.dataset.mode !== kb.mode) {
    render();
  }
}

/** The field after `field` in its form (or screen) that takes the keyboard, if any. */
function nextField(field) {
  const scope = field.form || field.closest("section, main") || document.body;
  const fields = [...scope.querySelectorAll("input, textarea")]
    .filter((f) => isKeyboardField(f) && f.getClientRects().length > 0 && !f.closest("[hidden]"));
  return fields[fields.indexOf(field) + 1] || null;
}

/**
 * Keeps the field in view above the keyboard. A field that is not comfortably in view is
 * brought to the top of the page with its label (its form group) above it, so the patient
 * sees what they are asked while they type.
 */
function showField(field) {
  const page = field.closest(".kiosk-page");
  if (!page) {
    field.scrollIntoView({ block: "nearest" });
    return;
  }
  const view = page.getBoundingClientRect();
  const box = field.getBoundingClientRect();
  const margin = 24;
  if (box.top >= view.top + margin && box.bottom <= view.bottom - margin) return;
  const group = field.closest(".nhsuk-form-group, fieldset") || field;
  let top = group.getBoundingClientRect().top - view.top - 16;
  // A tall group (a fieldset) must not push its field out of view below.
  top = Math.max(top, box.bottom - view.top - (view.height - margin));
  page.scrollTop += Math.min(top, box.top - view.top - margin);
}

/** Shows the keys for kb.layoutId and kb.layer, built once and kept for the page. */
function render() {
  const l = layout();
  kb.root.dataset.layout = l.id;
  kb.root.dataset.layer = kb.layer;
  kb.root.dataset.mode = kb.mode;
  kb.root.setAttribute("aria-label", t("keyboard-label"));
  renderBar();
  const rowLocale = l.languageRows[kiosk.locale] && l.languageRows[kiosk.locale][kb.layer] ? kiosk.locale : "";
  // The page's language is in the name: the staff face (English) must not reuse keys drawn
  // for the patient before, whose Space and Backspace carry that patient's language.
  const id = `${l.id}/${kb.layer}/${rowLocale}/${kiosk.locale}`;
  let keys = kb.rendered.get(id);
  if (!keys) {
    keys = buildLayer(l, layer(), rowLocale && l.languageRows[rowLocale][kb.layer]);
    kb.rendered.set(id, keys);
  }
  if (kb.keys.firstChild !== keys) kb.keys.replaceChildren(keys);
  // What changes without rebuilding: where Next leads (found once per field), and whether
  // Shift is on.
  const next = keys.querySelector(".kiosk-key--next");
  if (next) {
    if (kb.hasNext === null) kb.hasNext = Boolean(nextField(kb.field));
    const label = t(kb.hasNext ? "keyboard-next" : "keyboard-done");
    if (next.textContent !== label) next.textContent = label;
  }
  const shift = keys.querySelector(".kiosk-key--shift");
  if (shift) shift.setAttribute("aria-pressed", String(layer().kind === "capitals"));
}

/** The bar above the keys: the letters layouts to switch between, and Hide. */
function renderBar() {
  const choices = kb.mode === "text" ? lettersLayouts() : [];
  const signature = `${kb.mode}|${choices.map((c) => c.id).join()}|${kb.layoutId}|${kiosk.locale}`;
  if (kb.bar.dataset.signature === signature) return;
  kb.bar.dataset.signature = signature;
  const group = document.createElement("div");
  group.className = "kiosk-keyboard__layouts";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", t("keyboard-layouts"));
  if (choices.length > 1) {
    for (const c of choices) {
      const b = layoutKey(c);
      b.dataset.action = "layout";
      b.dataset.to = c.id;
      b.setAttribute("aria-pressed", String(c.id === kb.layoutId));
      group.append(b);
    }
  }
  const hide = keyElement("kiosk-key kiosk-key--hide", "key-hide");
  hide.dataset.action = "hide";
  hide.textContent = t("keyboard-hide");
  kb.bar.replaceChildren(group, hide);
}

function keyElement(className, testid) {
  const b = document.createElement("button");
  b.type = "button";
  b.tabIndex = -1;
  b.className = className;
  b.dataset.testid = testid;
  return b;
}

function buildLayer(l, ly, languageRow) {
  const box = document.createElement("div");
  box.className = "kiosk-keyboard__layer";
  box.lang = l.lang;
  box.dir = l.dir;
  const rows = languageRow ? [languageRow, ...ly.keys] : ly.keys;
  for (const row of rows) {
    const r = document.createElement("div");
    r.className = "kiosk-keyboard__row";
    for (const key of row) r.append(key.text !== undefined ? textKey(key.text, ly.names && ly.names[key.text]) : actionKey(l, key));
    box.append(r);
  }
  return box;
}

/** A key that types `text`; `name`, if the layer gives one, is what a screen reader says
 *  for it (the message keyboard-key-<name>), for a key such as "." that it may not say. */
function textKey(text, name) {
  const b = keyElement("kiosk-key", `key-${text}`);
  b.dataset.text = text;
  if (name) {
    b.textContent = text;
    b.setAttribute("aria-label", t(`keyboard-key-${name}`));
  } else if (/^\p{M}/u.test(text)) {
    // A vowel sign or mark alone is drawn on a dotted circle, as printed keyboards show it;
    // its name is the mark itself.
    b.textContent = `\u25cc${text}`;
    b.classList.add("kiosk-key--mark");
    b.setAttribute("aria-label", text);
  } else {
    b.textContent = text;
  }
  return b;
}

const ACTION_KEYS = {
  shift: { label: "⇧", name: "keyboard-shift" },
  backspace: { label: "⌫", name: "keyboard-backspace" },
  space: { text: "keyboard-space" },
  next: { text: "keyboard-next" },
  letters: { text: "keyboard-layer-letters" },
};

function actionKey(l, key) {
  const testid = key.action === "layer" ? `key-layer-${key.to}` : `key-${key.action}`;
  const b = keyElement(`kiosk-key kiosk-key--${key.action}`, testid);
  b.dataset.action = key.action;
  if (key.to) b.dataset.to = key.to;
  if (key.action === "layer") {
    const target = l.layers[key.to];
    b.textContent = target.label;
    // The name starts with what the key shows (WCAG 2.5.3), then says what it is.
    b.setAttribute("aria-label", `${target.label}, ${t(`keyboard-layer-${target.kind}`)}`);
    return b;
  }
  const spec = ACTION_KEYS[key.action];
  if (spec.text) {
    b.textContent = t(spec.text);
  } else {
    const icon = document.createElement("span");
    icon.className = "kiosk-key__icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = spec.label;
    b.append(icon);
    b.setAttribute("aria-label", t(spec.name));
  }
  return b;
}
