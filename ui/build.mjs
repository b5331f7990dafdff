// Assembles ui/dist, the folder Tauri embeds: our pages from ui/src, plus the NHS design
// system's compiled CSS and images from node_modules. The CSS's web-font rules point at
// an NHS server; an offline kiosk must never try to reach it, so they are removed here
// and the fallback fonts (Arial, then the system's Noto fonts for other scripts) apply. Rules
// for components the kiosk never uses are dropped (purge-css.mjs): WebKit parses the CSS on
// every page start, and the kiosk starts its page afresh for every patient. First, the page's
// modules must import each other one way only (check-imports.mjs). Then the modules are served
// as one file: the page is loaded afresh for every patient, and one script parses and runs
// sooner than 30 modules fetched one by one (measured: README, Benchmarks). The sources stay
// ES modules; KIOSK_UI_MODULES=1 copies them as they are instead, to measure or debug.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkImports } from "./check-imports.mjs";
import { purge, usedClasses } from "./purge-css.mjs";
import { checkKeyNames, checkLayout, checkLayouts } from "./src/shared/keyboard/layouts.js";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const problems = checkImports(join(here, "src"));
if (problems.length) {
  for (const p of problems) console.error(`check-imports: ${p}`);
  process.exit(1);
}
// The on-screen keyboard's layouts (src/keyboards/*.json, one per script): each checked,
// then all of them written as one file the page loads (keyboards/layouts.json).
const keyboards = join(here, "src", "keyboards");
const layouts = [];
for (const file of readdirSync(keyboards).filter((f) => f.endsWith(".json")).sort()) {
  let layout;
  try {
    layout = JSON.parse(readFileSync(join(keyboards, file), "utf8"));
  } catch (err) {
    problems.push(`keyboards/${file}: not valid JSON: ${err.message}`);
    continue;
  }
  const found = checkLayout(layout, `keyboards/${file}`);
  problems.push(...found);
  if (!found.length) layouts.push(layout);
}
problems.push(...checkLayouts(layouts));
problems.push(...checkKeyNames(layouts, readFileSync(join(here, "..", "locales", "en-GB", "keyboard.ftl"), "utf8")));
if (problems.length) {
  for (const p of problems) console.error(`keyboard layouts: ${p}`);
  process.exit(1);
}
const dist = join(here, "dist");
const nhsuk = join(here, "node_modules", "nhsuk-frontend", "dist", "nhsuk");

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const asModules = process.env.KIOSK_UI_MODULES === "1";
const moduleFolders = ["shared", "patient", "staff"].map((f) => join(here, "src", f));
cpSync(join(here, "src"), dist, {
  recursive: true,
  filter: (f) => !f.startsWith(keyboards) && (asModules || !moduleFolders.some((m) => f.startsWith(m))),
});
mkdirSync(join(dist, "keyboards"));
writeFileSync(join(dist, "keyboards", "layouts.json"), JSON.stringify(layouts));
if (!asModules) {
  // main.js and everything it imports, in import order, as one ES module: names stay
  // readable (only white space and syntax are minified) for the log of an error.
  await build({
    entryPoints: [join(here, "src", "main.js")],
    outfile: join(dist, "main.js"),
    bundle: true,
    format: "esm",
    target: "safari17",
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    logLevel: "warning",
  });
}

const css = readFileSync(join(nhsuk, "nhsuk-frontend.min.css"), "utf8");
const offline = css.replace(/@font-face\{[^}]*\}/g, "");
if (/https?:\/\//.test(offline.replace(/\/\*[\s\S]*?\*\//g, "").replace(/xmlns=\\?["']http[^"']*["']/g, ""))) {
  console.error("nhsuk-frontend CSS still refers to an outside address; update build.mjs");
  process.exit(1);
}
// Every page, module and style sheet, in ui/src and its folders (shared/, patient/, staff/).
const sources = readdirSync(join(here, "src"), { recursive: true })
  .filter((f) => /\.(html|js|css)$/.test(f))
  .map((f) => readFileSync(join(here, "src", f), "utf8"));
const used = usedClasses(sources);
const kept = purge(offline, used);
// A rule whose whole selector is one class we use must survive, and purging is idempotent.
const alone = (css, c) => new RegExp(`[{},]\\.${c}[{,]`).test(css);
const missing = [...used].filter((c) => alone(offline, c) && !alone(kept, c));
if (purge(kept, used) !== kept) missing.push("(a second purge changed the CSS)");
if (missing.length) {
  console.error(`purge-css dropped classes the pages use: ${missing.join(", ")}`);
  process.exit(1);
}
writeFileSync(join(dist, "nhsuk-frontend.min.css"), kept);
cpSync(join(nhsuk, "assets", "images"), join(dist, "assets", "images"), { recursive: true });
console.log(`ui/dist assembled (${kept.length} of ${offline.length} bytes of NHS CSS kept:` +
  ` no web fonts, no rules for components the pages do not use; the page's modules` +
  ` ${asModules ? "as they are (KIOSK_UI_MODULES=1)" : "as one file"})`);
