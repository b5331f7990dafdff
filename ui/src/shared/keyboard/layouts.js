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
  else if (!LANGUAGE_TAG.test(layout.lang)) say(`"lang" ${JSON.stringify(layout.lang)} is not a language tag (e.g. "bn", "ur", "en")`);
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
    if (!layer || typeof layer !== "object" || Array.isArray(layer)) {
      say(`${at} must be an object with "kind", "label" and "rows"`);
      continue;
    }
    if (!KINDS.includes(layer.kind)) say(`${at}: "kind" must be one of ${KINDS.join(", ")}`);
    if (!isString(layer.label)) say(`${at}: "label" (shown on the key that switches to it) is missing`);
    for (const link of ["shift", "after"]) {
      if (layer[link] !== undefined && !layers[layer[link]]) say(`${at}: "${link}" names "${layer[link]}", which is not a layer`);
    }
    if (!Array.isArray(layer.rows) || layer.rows.length === 0 || !layer.rows.every(isString)) {
      say(`${at}: "rows" must be a list of rows, each keys separated by single spaces`);
      continue;
    }
    const keys = layer.rows.flatMap(parseRow);
    for (const needed of ["backspace", "next"]) {
      if (!keys.some((k) => k.action === needed)) say(`${at}: has no {${needed}} (a patient must be able to correct a mistake and move on from every layer)`);
    }
    const texts = keys.filter((k) => k.text).map((k) => k.text);
    for (const text of new Set(texts.filter((t, i) => texts.indexOf(t) !== i))) say(`${at}: key "${text}" is there twice`);
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
  problems.push(...checkReach(layout, file));
  const languageRows = layout.language_rows === undefined ? {} : layout.language_rows;
  if (!languageRows || typeof languageRows !== "object" || Array.isArray(languageRows)) {
    say(`"language_rows" must map a language tag to its rows`);
    return problems;
  }
  for (const [locale, rows] of Object.entries(languageRows)) {
    if (!rows || typeof rows !== "object" || Array.isArray(rows)) {
      say(`language_rows.${locale} must map a layer's name to its row`);
      continue;
    }
    const lengths = new Set();
    for (const [name, row] of Object.entries(rows)) {
      if (!layers[name]) say(`language_rows.${locale}: "${name}" is not a layer`);
      if (!isString(row) || parseRow(row).some((k) => k.text === undefined || k.text === "")) {
        say(`language_rows.${locale}.${name}: must be letters separated by single spaces`);
        continue;
      }
      const layerTexts = layers[name] && Array.isArray(layers[name].rows) && layers[name].rows.every(isString)
        ? new Set(layers[name].rows.flatMap(parseRow).map((k) => k.text)) : new Set();
      for (const k of parseRow(row)) {
        if (layerTexts.has(k.text)) say(`language_rows.${locale}.${name}: key "${k.text}" is already on the layer`);
      }
      lengths.add(parseRow(row).length);
    }
    if (lengths.size > 1) say(`language_rows.${locale}: each layer's row must have as many keys (they pair up under shift)`);
  }
  return problems;
}

/** A BCP 47 language tag, as the layouts use them: "bn", "ur", "en", "zh-Hans". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Every layer can be reached from a mode's first layer (a layer nothing leads to is a
 * mistake), and from every layer a patient can reach, the way back to where the mode began is
 * there (a shift layer with no shift back would strand them in capitals).
 */
function checkReach(layout, file) {
  const layers = layout.layers;
  const leadsTo = (name) => {
    const layer = layers[name];
    if (!layer || !Array.isArray(layer.rows) || !layer.rows.every(isString)) return [];
    const to = layer.rows.flatMap(parseRow).filter((k) => k.action === "layer").map((k) => k.to);
    return [...to, layer.shift, layer.after].filter((n) => n !== undefined && layers[n]);
  };
  const reach = (from) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length) for (const n of leadsTo(queue.shift())) if (!seen.has(n)) seen.add(n), queue.push(n);
    return seen;
  };
  const problems = [];
  const reached = new Set();
  for (const [mode, start] of Object.entries(layout.modes || {})) {
    if (!layers[start]) continue;
    for (const name of reach(start)) {
      reached.add(name);
      if (!reach(name).has(start)) problems.push(`${file}: layer "${name}" has no way back to "${start}", where mode "${mode}" begins`);
    }
  }
  for (const name of Object.keys(layers)) {
    if (!reached.has(name)) problems.push(`${file}: layer "${name}" cannot be reached from any mode's first layer`);
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

/**
 * The problems with the keys' names: each name a layer gives a key (`names`) must be a message
 * keyboard-key-<name> in `ftl`, the source language's keyboard.ftl (every other language's
 * file is checked against that one by the core's localisation tests).
 */
export function checkKeyNames(layouts, ftl) {
  const messages = new Set([...ftl.matchAll(/^([a-z0-9-]+)\s*=/gm)].map((m) => m[1]));
  const problems = [];
  for (const l of layouts) {
    for (const [name, layer] of Object.entries(l.layers)) {
      for (const [text, key] of Object.entries(layer.names || {})) {
        if (!messages.has(`keyboard-key-${key}`)) {
          problems.push(`keyboards/${l.id}.json: layer "${name}": key "${text}" is named "${key}", but locales/en-GB/keyboard.ftl has no message keyboard-key-${key}`);
        }
      }
    }
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
