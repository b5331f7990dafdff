// Assembles ui/dist, the folder Tauri embeds: our pages from ui/src, plus the NHS design
// system's compiled CSS and images from node_modules. The CSS's web-font rules point at
// an NHS server; an offline kiosk must never try to reach it, so they are removed here
// and the fallback fonts (Arial, then the system's Noto fonts for other scripts) apply.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const nhsuk = join(here, "node_modules", "nhsuk-frontend", "dist", "nhsuk");

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(here, "src"), dist, { recursive: true });

const css = readFileSync(join(nhsuk, "nhsuk-frontend.min.css"), "utf8");
const offline = css.replace(/@font-face\{[^}]*\}/g, "");
if (/https?:\/\//.test(offline.replace(/\/\*[\s\S]*?\*\//g, "").replace(/xmlns=\\?["']http[^"']*["']/g, ""))) {
  console.error("nhsuk-frontend CSS still refers to an outside address; update build.mjs");
  process.exit(1);
}
writeFileSync(join(dist, "nhsuk-frontend.min.css"), offline);
cpSync(join(nhsuk, "assets", "images"), join(dist, "assets", "images"), { recursive: true });
console.log(`ui/dist assembled (${offline.length} bytes of NHS CSS, web fonts removed)`);
