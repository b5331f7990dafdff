// Tests of the checks ui/build.mjs runs before it builds the page: that each refuses what it
// is there to refuse, naming the file. Run by tools/test (`node --test ui/`); no packages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkKeyNames, checkLayout, checkLayouts } from "./src/shared/keyboard/layouts.js";
import { checkImports } from "./check-imports.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const keyboards = join(here, "src", "keyboards");
const read = (file) => JSON.parse(readFileSync(join(keyboards, file), "utf8"));
const shipped = () => readdirSync(keyboards).filter((f) => f.endsWith(".json")).map((f) => [f, read(f)]);
const latin = () => read("latin.json");

/** The problems checkLayout finds in latin.json changed by `change`. */
function problemsAfter(change) {
  const layout = latin();
  change(layout);
  return checkLayout(layout, "keyboards/latin.json");
}

function assertFinds(problems, expected) {
  assert.ok(
    problems.some((p) => p.startsWith("keyboards/latin.json: ") && p.includes(expected)),
    `expected a problem with "${expected}", found: ${JSON.stringify(problems)}`,
  );
}

test("every shipped layout passes, and together they serve every mode", () => {
  for (const [file, layout] of shipped()) assert.deepEqual(checkLayout(layout, `keyboards/${file}`), [], file);
  assert.deepEqual(checkLayouts(shipped().map(([, l]) => l)), []);
  const ftl = readFileSync(join(here, "..", "locales", "en-GB", "keyboard.ftl"), "utf8");
  assert.deepEqual(checkKeyNames(shipped().map(([, l]) => l), ftl), []);
});

test("a layer with no backspace or no next is refused", () => {
  assertFinds(problemsAfter((l) => { l.layers.symbols.rows = l.layers.symbols.rows.map((r) => r.replace("{backspace}", "x")); }), "has no {backspace}");
  assertFinds(problemsAfter((l) => { l.layers.letters.rows = l.layers.letters.rows.map((r) => r.replace(/ ?\{next\}/, "")); }), "has no {next}");
});

test("a layer nothing leads to is refused", () => {
  assertFinds(problemsAfter((l) => {
    l.layers.spare = { kind: "symbols", label: "#", rows: ["# {backspace} {next} {layer:letters}"] };
  }), `layer "spare" cannot be reached`);
});

test("a shift layer with no way back is refused", () => {
  assertFinds(problemsAfter((l) => {
    delete l.layers.capitals.shift;
    delete l.layers.capitals.after;
    l.layers.capitals.rows = l.layers.capitals.rows.map((r) => r.replace(/\{shift\} ?|\{layer:[a-z-]+\} ?/g, "")).filter((r) => r);
  }), `layer "capitals" has no way back to "letters"`);
});

test("a key twice on one layer, or a language row repeating the layer, is refused", () => {
  assertFinds(problemsAfter((l) => { l.layers.letters.rows[0] += " q"; }), `key "q" is there twice`);
  assertFinds(problemsAfter((l) => { l.language_rows.pl.letters = l.language_rows.pl.letters.replace(/^\S+/, "q"); }), `key "q" is already on the layer`);
});

test("a bad language tag, a null layer and a null language row are named, not crashed on", () => {
  assertFinds(problemsAfter((l) => { l.lang = "English"; }), `"lang" "English" is not a language tag`);
  assertFinds(problemsAfter((l) => { l.layers.symbols = null; }), `layer "symbols" must be an object`);
  assertFinds(problemsAfter((l) => { l.language_rows.pl = null; }), "language_rows.pl must map");
  assertFinds(problemsAfter((l) => { l.language_rows = []; }), `"language_rows" must map`);
});

test("a key's name with no message in keyboard.ftl is refused", () => {
  const pad = read("number-pad.json");
  pad.layers.decimal.names["."] = "full-stop-nobody-wrote";
  const problems = checkKeyNames([pad], "keyboard-key-decimal-point = decimal point\n");
  assert.equal(problems.length, 1);
  assert.match(problems[0], /keyboards\/number-pad\.json: .*keyboard-key-full-stop-nobody-wrote/);
});

/** A throwaway ui/src with `files` (path → text); the problems checkImports finds there. */
function importProblems(files) {
  const src = mkdtempSync(join(tmpdir(), "check-imports-"));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
    }
    return checkImports(src);
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}

test("the page's modules pass the import check", () => {
  assert.deepEqual(checkImports(join(here, "src")), []);
});

test("an import up the tiers, a cycle, a missing file and __TAURI__ outside its door are refused", () => {
  const base = {
    "shared/tauri.js": "export const door = window.__TAURI__;\n",
    "shared/state.js": "export const kiosk = {};\n",
    "patient/form.js": "import { kiosk } from \"../shared/state.js\";\n",
    "staff/desk.js": "import { kiosk } from \"../shared/state.js\";\n",
    "main.js": "import \"./patient/form.js\";\nimport \"./staff/desk.js\";\n",
  };
  assert.deepEqual(importProblems(base), []);
  const up = importProblems({ ...base, "patient/form.js": "import \"../staff/desk.js\";\n" });
  assert.ok(up.some((p) => p.includes("patient/form.js") && p.includes("staff/desk.js")), JSON.stringify(up));
  const cycle = importProblems({
    ...base,
    "shared/a.js": "import \"./b.js\";\n",
    "shared/b.js": "import \"./a.js\";\n",
  });
  assert.ok(cycle.some((p) => /cycle/i.test(p)), JSON.stringify(cycle));
  const missing = importProblems({ ...base, "staff/desk.js": "import \"./gone.js\";\n" });
  assert.ok(missing.some((p) => p.includes("gone.js")), JSON.stringify(missing));
  const tauri = importProblems({ ...base, "patient/form.js": "const t = window.__TAURI__;\n" });
  assert.ok(tauri.some((p) => p.includes("patient/form.js") && p.includes("__TAURI__")), JSON.stringify(tauri));
});
