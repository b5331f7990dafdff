// The audit tab (administrators): the audit log, filtered by what happened.

import { invoke } from "../shared/tauri.js";
import { h } from "../shared/dom.js";
import { s } from "./session.js";

export async function auditTab(body) {
  const table = h("tbody", { testid: "audit-rows" });
  const filter = h("select", { class: "nhsuk-select", id: "audit-filter", testid: "audit-filter" },
    h("option", { value: "", text: s("audit-all") }),
    ["login", "login-failed", "login-refused-locked", "logout", "session-timed-out", "journey-opened",
      "journey-changed", "cohorts-tagged", "staff-added", "staff-removed", "pin-reset",
      "practice-key-set-up", "pin-recovered", "recovery-failed", "personal-data-purged",
      "backup-exported", "backup-restored", "settings-changed", "pack-imported", "pack-exported"]
      .map((a) => h("option", { value: a, text: a })));
  const refresh = async () => {
    const entries = await invoke("audit_log", { actor: null, action: filter.value || null });
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
