// Keeps only the NHS design system rules the kiosk can use (issue 8: start-up and memory).
// The compiled nhsuk-frontend CSS is about 280 KB for every component in the design system;
// WebKit parses all of it, and keeps its rule sets, on every page start, and the kiosk starts
// its page afresh for every patient. A rule is kept unless one of its selectors' classes
// appears nowhere in our pages and scripts (every file in ui/src and its folders, read by
// build.mjs); classes inside :not(), :is(), :where() and :has() do not count, so a rule is
// only dropped when it cannot match.
//
// A small parser of its own, enough for the minified CSS (rules, @media, @supports,
// @container and @layer blocks, @keyframes and @font-face bodies, quoted strings).

/** Class names used by the pages: every `nhsuk-…` word in the given texts. */
export function usedClasses(texts) {
  const used = new Set();
  for (const text of texts) {
    for (const m of text.matchAll(/nhsuk-[A-Za-z0-9_-]+/g)) used.add(m[0]);
  }
  return used;
}

/** `css` without the rules whose classes are not in `used`. */
export function purge(css, used) {
  const { nodes } = parseBlock(css, 0);
  return serialise(nodes, used);
}

const GROUPS = /^@(media|supports|container|layer|document)\b/i;

function skipString(css, i) {
  const quote = css[i];
  for (i += 1; i < css.length; i++) {
    if (css[i] === "\\") i += 1;
    else if (css[i] === quote) return i;
  }
  return i;
}

/** Reads a prelude up to `{` or `;` outside strings and brackets; returns its end index. */
function preludeEnd(css, i) {
  let depth = 0;
  for (; i < css.length; i++) {
    const ch = css[i];
    if (ch === '"' || ch === "'") i = skipString(css, i);
    else if (ch === "\\") i += 1;
    else if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    else if (depth === 0 && (ch === "{" || ch === ";" || ch === "}")) return i;
  }
  return i;
}

/** Index just after the `}` closing the block whose body starts at `i`. */
function blockEnd(css, i) {
  let depth = 1;
  for (; i < css.length; i++) {
    const ch = css[i];
    if (ch === '"' || ch === "'") i = skipString(css, i);
    else if (ch === "\\") i += 1;
    else if (ch === "{") depth += 1;
    else if (ch === "}" && --depth === 0) return i + 1;
  }
  throw new Error("unbalanced braces in the NHS CSS");
}

function parseBlock(css, i) {
  const nodes = [];
  while (i < css.length) {
    while (/\s/.test(css[i] || "")) i += 1;
    if (i >= css.length) break;
    if (css[i] === "}") return { nodes, i: i + 1 };
    const end = preludeEnd(css, i);
    const prelude = css.slice(i, end).trim();
    if (css[end] !== "{") {
      nodes.push({ text: `${prelude};` });
      i = end + 1;
      continue;
    }
    if (GROUPS.test(prelude)) {
      const inner = parseBlock(css, end + 1);
      nodes.push({ group: prelude, children: inner.nodes });
      i = inner.i;
    } else {
      const close = blockEnd(css, end + 1);
      nodes.push({ prelude, body: css.slice(end + 1, close - 1) });
      i = close;
    }
  }
  return { nodes, i };
}

/** Splits a selector list at its top-level commas. */
function selectors(prelude) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const ch = prelude[i];
    if (ch === '"' || ch === "'") i = skipString(prelude, i);
    else if (ch === "\\") i += 1;
    else if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    else if (ch === "," && depth === 0) {
      out.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  out.push(prelude.slice(start));
  return out;
}

/** Whether every class the selector needs (outside brackets) is used. */
function canMatch(selector, used) {
  let outside = "";
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === "\\") {
      if (depth === 0) outside += " ";
      i += 1;
    } else if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    else if (depth === 0) outside += ch;
  }
  for (const m of outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
    if (m[1].startsWith("nhsuk-") && !used.has(m[1])) return false;
  }
  return true;
}

function serialise(nodes, used) {
  let out = "";
  for (const node of nodes) {
    if (node.text) out += node.text;
    else if (node.group) {
      const inner = serialise(node.children, used);
      if (inner) out += `${node.group}{${inner}}`;
    } else if (node.prelude.startsWith("@")) {
      out += `${node.prelude}{${node.body}}`;
    } else {
      const kept = selectors(node.prelude).filter((s) => canMatch(s, used));
      if (kept.length) out += `${kept.join(",")}{${node.body}}`;
    }
  }
  return out;
}
