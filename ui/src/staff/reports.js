// Reports: the weekly run charts of the sign-up funnel with their signals, the baseline, the
// tests of change (PDSA cycles); with one tap the same measure's Making Data Count chart, its
// icons' meanings and its rebases; the patients' and staff's feedback; the exports (CSV for
// Life QI, CSV for the NHS SPC tools, an anonymous file for the borough, the chart as SVG or
// PNG) and the week's charts printed on A4.

import { invoke } from "../shared/tauri.js";
import { h, button, notice, select, labelled } from "../shared/dom.js";
import { printHtml } from "../shared/printing.js";
import { staff, s, sf, showNotice } from "./session.js";
import { languageName } from "./format.js";
import { mdcSummary, rebasePanel } from "./mdc.js";

const MEASURES = [
  "interest-registered", "identity-verified", "access-granted", "coded-9iw",
  "interest-to-verified", "verified-to-access", "access-to-coded-9iw", "interest-to-access",
  "median-days-to-access",
  "older-record-requested", "older-record-granted", "older-record-declined", "proxy-access-granted",
];
const BREAKDOWNS = ["total", "channel", "language", "cohort", "age-band"];
const FEEDBACK_REASONS = ["no-device", "privacy", "dont-know-how", "dont-need", "something-else"];
const PDSA_IDEAS = 13;

/** YYYY-MM-DD of a Date, in local time. */
function isoDay(d) {
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * A date typed year-month-day, on the on-screen number pad (with "-"): a date field's own
 * picker needs a keyboard, which a locked-down tablet does not have.
 */
function dateInput(id, testid, value) {
  return h("input", {
    class: "nhsuk-input nhsuk-input--width-10", id, type: "text", testid, value,
    inputmode: "numeric", "data-keyboard": "date", autocomplete: "off", spellcheck: "false",
    dir: "ltr", maxlength: "10", placeholder: "YYYY-MM-DD",
  });
}

/** The date typed, as YYYY-MM-DD, if it is a real day; otherwise null. */
function realDate(typed) {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(String(typed).trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  const p = (n) => String(n).padStart(2, "0");
  return `${m[1]}-${p(mo)}-${p(d)}`;
}

/** The group names the staff see: a language's own name, a channel's words, etc. */
function groupLabel(breakdown, group) {
  if (breakdown === "language") return languageName(group);
  if (breakdown === "channel") return s(`channel-${group}`);
  if (breakdown === "cohort") return group === "none" ? s("cohort-none") : s(`cohort-${group}`);
  return group;
}

/** Each signal the analysis found, in words. */
async function signalLines(chart) {
  const a = chart.analysis;
  const week = (i) => chart.weeks[i] || "";
  const lines = [];
  for (const sig of a.signals) {
    if (sig.kind === "shift") {
      lines.push(await sf("report-signal-shift", { count: sig.last - sig.first + 1, first: week(sig.first), last: week(sig.last) }));
    } else if (sig.kind === "trend") {
      lines.push(await sf("report-signal-trend", {
        count: sig.last - sig.first + 1, first: week(sig.first), last: week(sig.last),
        direction: s(`report-direction-${sig.direction}`),
      }));
    } else if (sig.kind === "too-few-runs") {
      lines.push(await sf("report-signal-too-few-runs", { runs: sig.runs, limit: sig.lower }));
    } else if (sig.kind === "too-many-runs") {
      lines.push(await sf("report-signal-too-many-runs", { runs: sig.runs, limit: sig.upper }));
    } else if (sig.kind === "astronomical") {
      lines.push(await sf("report-signal-astronomical", { week: week(sig.index) }));
    }
  }
  return lines;
}

/** Renders the chart's SVG (drawn and escaped by Rust) as SVG, never as HTML. */
function svgNode(svgText) {
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  return document.importNode(doc.documentElement, true);
}

/** The chart as PNG bytes, drawn from its SVG by the webview. */
async function chartPng(svgText) {
  const img = new Image();
  img.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svgText)))}`;
  await img.decode();
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = img.naturalWidth * scale;
  canvas.height = img.naturalHeight * scale;
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  return Array.from(new Uint8Array(await blob.arrayBuffer()));
}

export async function reportsTab(body) {
  const today = new Date();
  // 26 weeks back, from that week's Monday (ISO weeks), so the first week is whole: the
  // Making Data Count chart leaves out a week the period covers only in part.
  const back = new Date(today.getTime() - 26 * 7 * 86400000);
  const from = new Date(back.getFullYear(), back.getMonth(), back.getDate() - (back.getDay() + 6) % 7);
  const state = staff.report || { measure: "access-granted", breakdown: "total", group: "", from: isoDay(from), to: isoDay(today), kind: "run-chart" };
  staff.report = state;
  const measure = select("report-measure", "report-measure", MEASURES.map((m) => [m, s(`measure-${m}`)]), state.measure);
  const breakdown = select("report-breakdown", "report-breakdown", BREAKDOWNS.map((b) => [b, s(`breakdown-${b}`)]), state.breakdown);
  const group = h("select", { class: "nhsuk-select", id: "report-group", testid: "report-group" });
  const fromInput = dateInput("report-from", "report-from", state.from);
  const toInput = dateInput("report-to", "report-to", state.to);
  const chartBox = h("figure", { class: "kiosk-chart", testid: "report-chart" });
  const signals = h("ul", { class: "nhsuk-list nhsuk-list--bullet", testid: "report-signals" });
  const runs = h("p", { class: "nhsuk-body-s", testid: "report-runs" });
  const baselineText = h("p", { testid: "report-baseline" });
  const baseFirst = dateInput("baseline-first", "baseline-first", state.from);
  const baseLast = dateInput("baseline-last", "baseline-last", "");
  const pdsaList = h("ul", { class: "nhsuk-list kiosk-pdsa-list", testid: "pdsa-list" });
  const feedbackTable = h("tbody", { testid: "feedback-counts" });
  const problem = notice("report-error");
  const saved = h("p", { class: "kiosk-saved", role: "status", testid: "report-saved", hidden: true });
  // The run chart's own sections, and the MDC chart's, shown by the chart kind chosen.
  const runOnly = h("div", { testid: "run-chart-details" });
  const mdcOnly = h("div", { testid: "mdc-details" });
  const kindButtons = ["run-chart", "mdc"].map((k) => h("button", {
    type: "button", class: "kiosk-chart-kind__choice", testid: `chart-kind-${k}`,
    text: s(k === "mdc" ? "mdc-show-mdc" : "mdc-show-run-chart"),
    onclick: () => { state.kind = k; showKind(); },
  }));
  const printed = h("p", { class: "kiosk-saved", role: "status", testid: "report-printed", hidden: true });
  let current = null;

  /** Shows the chosen chart kind: its drawing and its own sections. */
  function showKind() {
    for (const b of kindButtons) b.setAttribute("aria-pressed", String(b.dataset.testid === `chart-kind-${state.kind}`));
    if (!current) return;
    const mdc = state.kind === "mdc";
    chartBox.replaceChildren(svgNode(mdc ? current.mdc.svg : current.chart.svg));
    chartBox.dataset.kind = state.kind;
    runOnly.hidden = mdc;
    mdcOnly.hidden = !mdc;
  }

  const query = () => ({
    measure: measure.value, breakdown: breakdown.value,
    group: breakdown.value === "total" ? "" : group.value,
    from: realDate(fromInput.value), to: realDate(toInput.value),
  });

  const showError = (err) => {
    showNotice(body, err, "report-error");
  };

  async function refresh() {
    problem.hidden = true;
    const q = query();
    if (!q.from || !q.to) {
      problem.textContent = s("report-date-invalid");
      problem.hidden = false;
      return;
    }
    Object.assign(state, q);
    let view;
    try {
      view = await invoke("report", { query: q });
    } catch (err) {
      showError(err);
      return;
    }
    current = view;
    // The groups of the chosen split, keeping the choice if it still exists.
    const groups = view.groups;
    group.replaceChildren(...groups.map((g) => h("option", { value: g, text: groupLabel(q.breakdown, g), selected: g === q.group })));
    group.disabled = q.breakdown === "total";
    if (q.breakdown !== "total" && groups.length && !groups.includes(q.group)) {
      state.group = groups[0];
      await refresh();
      return;
    }
    mdcOnly.replaceChildren(mdcSummary(view.mdc), await rebasePanel(view.mdc, refresh));
    showKind();
    const lines = await signalLines(view.chart);
    signals.replaceChildren(...(lines.length ? lines : [s("report-no-signals")]).map((l) => h("li", { text: l })));
    const a = view.chart.analysis;
    runs.textContent = await sf("report-runs-summary", {
      useful: a["useful-points"], runs: a.runs,
      limits: a["runs-limits"] ? "some" : "none",
      lower: a["runs-limits"] ? a["runs-limits"].lower : 0,
      upper: a["runs-limits"] ? a["runs-limits"].upper : 0,
    });
    const b = view.chart.baseline;
    baselineText.textContent = b
      ? await sf("report-baseline-frozen", { first: b.firstWeek, last: b.lastWeek, name: b.frozenBy })
      : s("report-baseline-none");
    pdsaList.replaceChildren(...(view.chart.pdsaCycles.length ? view.chart.pdsaCycles.map((c) => h("li", { testid: `pdsa-${c.id}` },
      h("strong", { text: c.title }),
      h("span", { text: ` · ${c.startDate} – ${c.endDate || s("report-pdsa-running")}` }),
      c.tried ? h("p", { class: "nhsuk-body-s", text: c.tried }) : null,
      c.endDate ? null : button(s("report-pdsa-end-now"), `pdsa-end-${c.id}`, async () => {
        try {
          await invoke("end_pdsa_cycle", { id: c.id });
          await refresh();
        } catch (err) { showError(err); }
      }, true))) : [h("li", { text: s("report-pdsa-none") })]));
    const counts = new Map(view.feedback.map(([source, reason, n]) => [`${source}/${reason}`, n]));
    feedbackTable.replaceChildren(...FEEDBACK_REASONS.map((r) => h("tr", { testid: `feedback-row-${r}` },
      h("th", { scope: "row", text: s(`feedback-reason-${r}`) }),
      h("td", { testid: `feedback-patient-${r}`, text: String(counts.get(`patient/${r}`) || 0) }),
      h("td", { testid: `feedback-staff-${r}`, text: String(counts.get(`staff/${r}`) || 0) }))));
  }

  for (const el of [measure, breakdown, group]) el.addEventListener("change", refresh);

  // Tests of change: title (with the borough's change ideas as suggestions), what was tried, dates.
  const ideas = h("datalist", { id: "pdsa-ideas" },
    Array.from({ length: PDSA_IDEAS }, (_, i) => h("option", { value: s(`pdsa-idea-${i + 1}`) })));
  const pdsaTitle = h("input", { class: "nhsuk-input", id: "pdsa-title", type: "text", testid: "pdsa-title", list: "pdsa-ideas", maxlength: "120", autocomplete: "off" });
  const pdsaTried = h("textarea", { class: "nhsuk-textarea", id: "pdsa-tried", testid: "pdsa-tried", rows: "3", autocomplete: "off" });
  const pdsaStart = dateInput("pdsa-start", "pdsa-start", isoDay(today));
  const pdsaEnd = dateInput("pdsa-end", "pdsa-end", "");
  const pdsaProblem = notice("pdsa-error");

  async function printReport() {
    printed.hidden = true;
    problem.hidden = true;
    try {
      const html = await invoke("report_print_page", { query: query(), kind: state.kind });
      await printHtml("weekly-report", html, "a4");
      printed.textContent = s("mdc-printed");
      printed.hidden = false;
    } catch (err) {
      problem.textContent = `${s("error-code-print-failed")} ${err && err.detail ? s(`error-print-${err.detail}`) : ""}`;
      problem.hidden = false;
    }
  }

  async function exportAs(kind) {
    saved.hidden = true;
    problem.hidden = true;
    try {
      const png = kind === "png" && current ? await chartPng(current.chart.svg) : null;
      const path = await invoke("export_report", { kind, query: query(), png });
      saved.textContent = await sf("report-exported", { path });
      saved.hidden = false;
    } catch (err) { showError(err); }
  }

  const staffReason = select("staff-feedback-reason", "staff-feedback-reason", FEEDBACK_REASONS.map((r) => [r, s(`feedback-reason-${r}`)]), "no-device");

  runOnly.append(
    h("h3", { text: s("report-signals") }),
    signals,
    runs,
    h("h3", { text: s("report-baseline") }),
    baselineText,
    h("div", { class: "kiosk-report-controls" },
      labelled("baseline-first", s("report-baseline-first"), baseFirst),
      labelled("baseline-last", s("report-baseline-last"), baseLast),
      button(s("report-freeze"), "baseline-freeze", async () => {
        try {
          const [first, last] = [realDate(baseFirst.value), realDate(baseLast.value)];
          if (!first || !last) {
            problem.textContent = s("report-date-invalid");
            problem.hidden = false;
            return;
          }
          problem.hidden = true;
          await invoke("freeze_baseline", { measure: measure.value, first, last });
          await refresh();
        } catch (err) { showError(err); }
      }, true),
      button(s("report-unfreeze"), "baseline-unfreeze", async () => {
        try {
          await invoke("unfreeze_baseline", { measure: measure.value });
          await refresh();
        } catch (err) { showError(err); }
      }, true)));

  body.append(
    h("h2", { text: s("tab-reports") }),
    h("div", { class: "kiosk-report-controls" },
      labelled("report-measure", s("report-measure"), measure),
      labelled("report-breakdown", s("report-breakdown"), breakdown),
      labelled("report-group", s("report-group"), group),
      labelled("report-from", s("report-from"), fromInput),
      labelled("report-to", s("report-to"), toInput),
      button(s("report-show"), "report-show", refresh)),
    h("div", { class: "kiosk-chart-kind-row" },
      h("div", { class: "kiosk-chart-kind", role: "group", "aria-label": s("mdc-chart-kind") }, kindButtons),
      h("p", { class: "nhsuk-hint kiosk-chart-kind__hint", text: s("mdc-chart-kind-hint") })),
    problem,
    chartBox,
    mdcOnly,
    runOnly,
    h("div", { class: "kiosk-actions" },
      button(s("mdc-print"), "report-print", printReport, true),
      h("p", { class: "nhsuk-hint", text: s("mdc-print-hint") })),
    printed,

    h("h3", { text: s("report-pdsa") }),
    h("p", { class: "nhsuk-hint", text: s("report-pdsa-intro") }),
    pdsaList,
    ideas,
    h("div", { class: "kiosk-pdsa-form" },
      labelled("pdsa-title", s("report-pdsa-title"), pdsaTitle),
      h("p", { class: "nhsuk-hint", text: s("report-pdsa-suggestions") }),
      labelled("pdsa-tried", s("report-pdsa-tried"), pdsaTried),
      h("div", { class: "kiosk-report-controls" },
        labelled("pdsa-start", s("report-pdsa-start"), pdsaStart),
        labelled("pdsa-end", s("report-pdsa-end"), pdsaEnd)),
      pdsaProblem,
      button(s("report-pdsa-add"), "pdsa-add", async () => {
        pdsaProblem.hidden = true;
        const [start, end] = [realDate(pdsaStart.value), realDate(pdsaEnd.value)];
        if (!start || (pdsaEnd.value.trim() && !end)) {
          pdsaProblem.textContent = s("report-date-invalid");
          pdsaProblem.hidden = false;
          return;
        }
        try {
          await invoke("add_pdsa_cycle", {
            cycle: { title: pdsaTitle.value, tried: pdsaTried.value, startDate: start, endDate: end },
          });
          pdsaTitle.value = "";
          pdsaTried.value = "";
          await refresh();
        } catch (err) {
          showNotice(body, err, "pdsa-error");
        }
      })),

    h("h3", { text: s("report-feedback") }),
    h("table", { class: "nhsuk-table" },
      h("thead", {}, h("tr", {},
        h("th", { scope: "col", text: s("feedback-question") }),
        h("th", { scope: "col", text: s("report-feedback-patient") }),
        h("th", { scope: "col", text: s("report-feedback-staff") }))),
      feedbackTable),
    h("div", { class: "kiosk-report-controls" },
      labelled("staff-feedback-reason", s("report-feedback-add"), staffReason),
      button(s("report-feedback-add"), "staff-feedback-add", async () => {
        try {
          await invoke("staff_feedback", { reason: staffReason.value });
          saved.textContent = s("report-feedback-saved");
          saved.hidden = false;
          await refresh();
        } catch (err) { showError(err); }
      }, true)),

    h("h3", { text: s("report-exports") }),
    h("p", { class: "nhsuk-hint", text: s("report-export-note") }),
    h("div", { class: "kiosk-actions" },
      button(s("report-export-csv"), "export-csv", () => exportAs("csv"), true),
      button(s("report-export-aggregate"), "export-aggregate", () => exportAs("aggregate"), true),
      button(s("mdc-export-csv"), "export-nhs-csv", () => exportAs("nhs-csv"), true),
      button(s("report-export-svg"), "export-svg", () => exportAs("svg"), true),
      button(s("report-export-png"), "export-png", () => exportAs("png"), true)),
    saved);
  await refresh();
}
