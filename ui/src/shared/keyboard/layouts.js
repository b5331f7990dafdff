// Keyboard layouts: the data files in ui/src/keyboards/, one per script (their format is in
// ui/src/keyboards/README.md). ui/build.mjs checks every file with checkLayouts and writes
// them, checked, as one file (keyboards/layouts.json in ui/dist) that the page loads once
// per page, the first time it needs a keyboard. So a file that is wrong fails the build with
// its name and the problem, and the page can trust what it loads.
//
// This module has no DOM in it: build.mjs runs it under Node.

export const FORMAT = 1;
/** What a field can ask for (keyboard.js reads it from inputmode and type). */
export const MODES = ["text", "email", "numeric", "decimal", "date", "tel", "pin"];
/** Keys that do something instead of typing. */
export const ACTIONS = ["shift", "backspace", "space", "next", "letters", "layer"];
/** What a layer holds; its switch key is named by the Fluent message keyboard-layer-<kind>. */
export const KINDS = ["letters", "capitals", "accents", "vowels", "marks", "symbols", "digits"];

/**
 * One key of a row: `{ text }` for a key that types its text, or `{ action, to }` for
 * `{shift}`, `{backspace}`, `{space}`, `{next}`, `{letters}` and `{layer:NAME}`.
 */
export function parseKey(token) {
  const m = /^\{([a-z]+)(?::([a-z0-9-]+))?\}$/.exec(token);
  if (!m) return { text: token };
  return m[2] === undefined ? { action: m[1] } : { action: m[1], to: m[2] };
}

/** The keys of a row, written as keys separated by single spaces. */
export function parseRow(row) {
  return row.split(" ").map(parseKey);
}

const isString = (v) => typeof v === "string" && v.length > 0;

/** The problems with one layout file (`file` names it in each message); none means good. */
export function checkLayout(layout, file) {
  const problems = [];
  const say = (what) => problems.push(`${file}: ${what}`);
  if (!layout || typeof layout !== "object" || Array.isArray(layout)) {
    say("is not a JSON object");
    return problems;
  }
  if (layout.format !== FORMAT) say(`"format" must be ${FORMAT}`);
  if (!/^[a-z0-9-]+$/.test(layout.id || "")) say(`"id" must be lower-case letters, digits and -`);
  else if (file.endsWith(".json") && !file.endsWith(`${layout.id}.json`)) say(`"id" ${layout.id} must match the file name`);
  if (!isString(layout.name)) say(`"name" (the layout's name in its own script) is missing`);
  if (!isString(layout.lang)) say(`"lang" (the language tag of the key labels) is missing`);
  if (!["ltr", "rtl"].includes(layout.dir)) say(`"dir" must be "ltr" or "rtl"`);
  if (!Array.isArray(layout.locales) || !layout.locales.every(isString)) say(`"locales" must be a list of language tags`);
  const layers = layout.layers;
  if (!layers || typeof layers !== "object" || Object.keys(layers).length === 0) {
    say(`"layers" is missing`);
    return problems;
  }
  const modes = layout.modes || {};
  if (Object.keys(modes).length === 0) say(`"modes" must name the layer for at least one of ${MODES.join(", ")}`);
  for (const [mode, layer] of Object.entries(modes)) {
    if (!MODES.includes(mode)) say(`mode "${mode}" is not one of ${MODES.join(", ")}`);
    if (!layers[layer]) say(`mode "${mode}" names layer "${layer}", which is not in "layers"`);
  }
  for (const [name, layer] of Object.entries(layers)) {
    const at = `layer "${name}"`;
    if (!KINDS.includes(layer.kind)) say(`${at}: "kind" must be one of ${KINDS.join(", ")}`);
    if (!isString(layer.label)) say(`${at}: "label" (shown on the key that switches to it) is missing`);
    for (const link of ["shift", "after"]) {
      if (layer[link] !== undefined && !layers[layer[link]]) say(`${at}: "${link}" names "${layer[link]}", which is not a layer`);
    }
    if (!Array.isArray(layer.rows) || layer.rows.length === 0 || !layer.rows.every(isString)) {
      say(`${at}: "rows" must be a list of rows, each keys separated by single spaces`);
      continue;
    }
    for (const row of layer.rows) {
      for (const key of parseRow(row)) {
        if (key.text !== undefined) {
          if (key.text === "") say(`${at}: a row has two spaces in a row: "${row}"`);
          else if (/[\s\p{Cc}\p{Cf}]/u.test(key.text.replace(/[\u200c\u200d]/g, ""))) say(`${at}: key "${key.text}" holds a space or an invisible character`);
          else if (key.text.normalize("NFC") !== key.text) say(`${at}: key "${key.text}" is not in Unicode NFC; write it as ${[...key.text.normalize("NFC")].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ")}`);
        } else if (!ACTIONS.includes(key.action)) {
          say(`${at}: {${key.action}} is not a key (${ACTIONS.map((a) => `{${a}}`).join(", ")})`);
        } else if (key.action === "layer" && !layers[key.to]) {
          say(`${at}: {layer:${key.to}} names a layer that is not there`);
        } else if (key.action !== "layer" && key.to !== undefined) {
          say(`${at}: {${key.action}:${key.to}} takes no name`);
        } else if (key.action === "shift" && !layer.shift) {
          say(`${at}: has {shift} but no "shift" layer`);
        }
      }
    }
    // A text key whose text a screen reader may not say (".") gets a name: the Fluent message
    // keyboard-key-<name> in locales/*/keyboard.ftl.
    if (layer.names !== undefined) {
      if (!layer.names || typeof layer.names !== "object" || Array.isArray(layer.names)) {
        say(`${at}: "names" must map a key's text to its name`);
      } else {
        const texts = new Set(layer.rows.flatMap((row) => parseRow(row).map((k) => k.text)));
        for (const [text, name] of Object.entries(layer.names)) {
          if (!texts.has(text)) say(`${at}: "names" names key "${text}", which is not in its rows`);
          if (!/^[a-z0-9-]+$/.test(name || "")) say(`${at}: the name of key "${text}" must be lower-case letters, digits and - (the message keyboard-key-<name>)`);
        }
      }
    }
  }
  for (const [locale, rows] of Object.entries(layout.language_rows || {})) {
    const lengths = new Set();
    for (const [name, row] of Object.entries(rows)) {
      if (!layers[name]) say(`language_rows.${locale}: "${name}" is not a layer`);
      if (!isString(row) || parseRow(row).some((k) => k.text === undefined || k.text === "")) {
        say(`language_rows.${locale}.${name}: must be letters separated by single spaces`);
        continue;
      }
      lengths.add(parseRow(row).length);
    }
    if (lengths.size > 1) say(`language_rows.${locale}: each layer's row must have as many keys (they pair up under shift)`);
  }
  return problems;
}

/** The problems with a set of layouts as a whole, after each file is checked. */
export function checkLayouts(layouts) {
  const problems = [];
  const ids = new Set();
  for (const l of layouts) {
    if (ids.has(l.id)) problems.push(`two layouts have the id "${l.id}"`);
    ids.add(l.id);
  }
  for (const mode of MODES) {
    if (!layouts.some((l) => l.modes && l.modes[mode])) problems.push(`no layout serves mode "${mode}"`);
  }
  return problems;
}

let loading = null;

/** Every layout, loaded once per page (the page is loaded afresh for each patient). */
export function loadLayouts() {
  if (!loading) {
    loading = fetch("keyboards/layouts.json")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`keyboards/layouts.json: ${r.status}`))))
      .catch((err) => {
        loading = null; // tried again at the next field
        throw err;
      });
  }
  return loading;
}
