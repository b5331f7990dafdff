// The audit tab (administrators): the audit log, filtered by what happened.

import { invoke } from "../shared/tauri.js";
import { h } from "../shared/dom.js";
import { s } from "./session.js";

/** The actions an administrator most often looks for, always offered in the filter. */
const KNOWN = [
  "login", "login-failed", "login-refused-locked", "logout", "session-timed-out",
  "pin-confirmed", "pin-confirm-failed", "staff-command-refused",
  "queue-viewed", "queue-searched", "journey-opened", "journey-started", "journey-changed",
  "cohorts-tagged", "proxy-dates-opened", "worklist-viewed", "older-record-worklist-viewed",
  "proxy-worklist-viewed", "slip-printed", "material-printed", "report-exported",
  "staff-added", "staff-removed", "pin-reset", "practice-key-set-up", "practice-key-replaced",
  "pin-recovered", "recovery-failed", "personal-data-purged", "backup-exported",
  "backup-restored", "restore-refused", "settings-changed", "pack-imported", "pack-exported",
  "mdc-rebase-added", "mdc-rebase-removed", "training-started", "training-ended", "app-closed",
];

export async function auditTab(body) {
  const table = h("tbody", { testid: "audit-rows" });
  const filter = h("select", { class: "nhsuk-select", id: "audit-filter", testid: "audit-filter" },
    h("option", { value: "", text: s("audit-all") }),
    KNOWN.map((a) => h("option", { value: a, text: a })));
  const refresh = async () => {
    const entries = await invoke("audit_log", { actor: null, action: filter.value || null });
    // Any other action the log holds can be chosen too (the list above is the common ones).
    const listed = new Set(Array.from(filter.options, (o) => o.value));
    for (const a of [...new Set(entries.map((e) => e.action))].sort()) {
      if (!listed.has(a)) filter.append(h("option", { value: a, text: a }));
    }
    table.replaceChildren(...entries.map((e) => h("tr", {},
      h("td", { dir: "ltr", text: new Date(e.at).toLocaleString("en-GB") }),
      h("td", { text: e.actor }),
      h("td", { text: e.action }),
      h("td", { dir: "ltr", text: JSON.stringify(e.details) }))));
  };
  filter.addEventListener("change", refresh);
  body.append(
    h("div", { class: "nhsuk-form-group" }, h("label", { class: "nhsuk-label", for: "audit-filter", text: s("audit-filter") }), filter),
    h("table", { class: "nhsuk-table" },
      h("thead", {}, h("tr", {}, ["col-time", "col-who", "col-action", "col-details"].map((id) => h("th", { scope: "col", text: s(id) })))),
      table));
  await refresh();
}
