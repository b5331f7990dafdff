// Checks how the page's ES modules (ui/src) import each other; build.mjs runs it on every
// build, and `node ui/check-imports.mjs` runs it alone. It fails (exit 1, naming the file and
// the import) when:
// - a module imports one from a higher tier: the tiers are shared/ ← patient/ ← staff/ ←
//   the top level (main.js), so shared/ imports neither patient/ nor staff/, and patient/
//   never imports staff/;
// - imports go round in a cycle, between folders or inside one;
// - an import is not a relative path to a .js file under ui/src, or the file is missing;
// - any file but shared/tauri.js mentions __TAURI__ (the one way to the Rust side).
// No dependencies: imports are found with a regular expression, which is enough for import
// statements written one per statement at the start of a line, as ours are.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TIERS = { shared: 0, patient: 1, staff: 2 };
const TOP = 3; // main.js and anything else directly in ui/src
const TAURI_DOOR = "shared/tauri.js";

/** "shared/l10n.js" → 0; "main.js" → 3. */
function tier(file) {
  const folder = file.split("/")[0];
  return file.includes("/") ? TIERS[folder] ?? TOP : TOP;
}

/** Every `import … from "…"`, `import "…"`, `export … from "…"` and `import("…")`. */
function importsOf(text) {
  const found = [];
  const statements = [
    /^[ \t]*import\s+(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/gm,
    /^[ \t]*export\s+[\w$*{}\s,]*?\s*from\s*["']([^"']+)["']/gm,
  ];
  for (const statement of statements) for (const m of text.matchAll(statement)) found.push(m[1]);
  for (const m of text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']/g)) found.push(m[1]);
  return found;
}

/** The problems in the tree at `src`, as lines to print; none means all is well. */
export function checkImports(src) {
  const problems = [];
  const files = readdirSync(src, { recursive: true })
    .map((f) => f.split(sep).join("/"))
    .filter((f) => /\.(js|mjs|html|css)$/.test(f))
    .sort();
  const graph = new Map(); // module → the modules it imports
  for (const file of files) {
    const text = readFileSync(join(src, file), "utf8");
    if (text.includes("__TAURI__") && file !== TAURI_DOOR) {
      problems.push(`${file}: mentions __TAURI__; only ${TAURI_DOOR} may (import invoke from it)`);
    }
    if (!/\.m?js$/.test(file)) continue;
    const edges = [];
    for (const spec of importsOf(text)) {
      const target = relative(src, resolve(src, dirname(file), spec)).split(sep).join("/");
      if (!/^\.\.?\//.test(spec) || !spec.endsWith(".js") || target.startsWith("../")) {
        problems.push(`${file}: import "${spec}" is not a relative path to a .js file in ui/src`);
        continue;
      }
      if (!existsSync(join(src, target))) {
        problems.push(`${file}: import "${spec}": there is no ${target}`);
        continue;
      }
      if (tier(target) > tier(file)) {
        problems.push(`${file}: import "${spec}" goes up a tier (shared ← patient ← staff ← main.js)`);
      }
      edges.push({ target, spec });
    }
    graph.set(file, edges);
  }
  // Cycles: the strongly connected components of the import graph (Tarjan); each one with
  // more than one module, or a module importing itself, is reported once, with one cycle in it.
  const index = new Map();
  const low = new Map();
  const stack = [];
  let next = 0;
  const components = [];
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    for (const { target } of graph.get(file)) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (stack.includes(target)) {
        low.set(file, Math.min(low.get(file), index.get(target)));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component = [];
      let top;
      do {
        top = stack.pop();
        component.push(top);
      } while (top !== file);
      components.push(component);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  for (const component of components) {
    const members = new Set(component);
    const first = [...members].sort()[0];
    // The shortest way from `first` back to itself inside the component.
    const cameFrom = new Map();
    const queue = [first];
    let closing = null;
    while (queue.length && !closing) {
      const file = queue.shift();
      for (const edge of graph.get(file)) {
        if (edge.target === first) {
          closing = { file, spec: edge.spec };
          break;
        }
        if (members.has(edge.target) && !cameFrom.has(edge.target)) {
          cameFrom.set(edge.target, file);
          queue.push(edge.target);
        }
      }
    }
    if (!closing) continue; // a single module that does not import itself
    const cycle = [first];
    for (let f = closing.file; f !== first; f = cameFrom.get(f)) cycle.splice(1, 0, f);
    cycle.push(first);
    problems.push(`${closing.file}: import "${closing.spec}" closes a cycle: ${cycle.join(" → ")}`);
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = join(dirname(fileURLToPath(import.meta.url)), "src");
  const problems = checkImports(src);
  for (const p of problems) console.error(`check-imports: ${p}`);
  if (problems.length) process.exit(1);
  console.log("check-imports: imports go one way (shared ← patient ← staff ← main.js), no cycles");
}
