// The queue (today's patients, searched by reference, name or date of birth) and the coding
// worklist (patients still to be coded in the clinical system), as one table of journeys.

import { invoke } from "../shared/tauri.js";
import { h, button, notice } from "../shared/dom.js";
import { s, sf, staff, showNotice, goHome } from "./session.js";
import { languageName, formatDob } from "./format.js";
import { showJourney } from "./journey.js";

function waiting(createdAt) {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(createdAt)) / 60000));
  return minutes < 60 * 24
    ? sf("waiting-minutes", { minutes })
    : sf("waiting-days", { days: Math.floor(minutes / (60 * 24)) });
}

async function journeyRows(entries, actions) {
  return Promise.all(entries.map(async (e) => h("tr", { testid: `row-${e.reference}` },
    h("td", {}, h("strong", { dir: "ltr", text: e.reference })),
    e.details === "present"
      ? h("td", { dir: "auto", text: `${e.firstName} ${e.lastName}` })
      : h("td", { testid: `details-${e.reference}`, text: s(`details-${e.details}`) }),
    h("td", { dir: "ltr", text: e.details === "present" ? formatDob(e.dateOfBirth) : "" }),
    h("td", { text: s(`status-${e.status}`) }),
    h("td", { lang: e.locale, text: languageName(e.locale) }),
    h("td", { text: s(`channel-${e.channel}`) }),
    h("td", {}, h("span", {
      class: e.age_band === "20-35" ? "kiosk-tag kiosk-tag--target" : null,
      text: e.age_band === "20-35" ? `${e.age_band} · ${s("target-cohort")}` : e.age_band,
    })),
    h("td", { text: e.cohorts.map((c) => s(`cohort-${c}`)).join(", ") }),
    h("td", { text: await waiting(e.created_at) }),
    h("td", {}, actions(e)))));
}

function journeyTable(rows) {
  return h("table", { class: "nhsuk-table kiosk-staff-table" },
    h("thead", {}, h("tr", {},
      ["col-reference", "col-name", "col-dob", "col-status", "col-language", "col-channel",
        "col-age-band", "col-cohorts", "col-waiting", "col-actions"].map((id) => h("th", { scope: "col", text: s(id) })))),
    h("tbody", {}, rows));
}

export async function queueTab(body) {
  const list = h("div", { testid: "queue-list" });
  const search = h("input", {
    class: "nhsuk-input", id: "queue-search", type: "search", testid: "queue-search", autocomplete: "off",
  });
  const refresh = async () => {
    const entries = await invoke("staff_queue", { search: search.value });
    list.replaceChildren(entries.length
      ? journeyTable(await journeyRows(entries, (e) =>
        button(s("queue-open"), `open-${e.reference}`, () => showJourney(e.id), true)))
      : h("p", { text: s("queue-empty") }));
  };
  search.addEventListener("input", refresh);
  body.append(
    h("div", { class: "nhsuk-form-group" }, h("label", { class: "nhsuk-label", for: "queue-search", text: s("queue-search") }), search),
    list);
  await refresh();
}

export async function worklistTab(body) {
  const code = staff.session.trackingCode;
  const label = staff.session.trackingCodeLabel;
  const entries = await invoke("staff_worklist");
  body.append(
    h("p", { class: "nhsuk-body-l", text: await sf("worklist-intro", { code, label }) }),
    notice(),
    entries.length
      ? journeyTable(await journeyRows(entries, (e) => button(s("worklist-coded"), `coded-${e.reference}`, async () => {
        try {
          await invoke("record_step", { journeyId: e.id, step: { step: "coded-9iw" } });
          goHome("worklist");
        } catch (err) {
          showNotice(body, err);
        }
      })))
      : h("p", { testid: "worklist-empty", text: s("worklist-empty") }),
    button(s("worklist-print"), "worklist-print", () => window.print(), true));
}
