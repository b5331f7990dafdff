// The queue (today's patients, searched by reference, name or date of birth) and the coding
// worklist (codes still to add in the clinical system, a tick each), as one table of journeys.

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

/** What the officer should know at a glance: a proxy's sign-up, a young person, verified in
 *  the NHS App, an older record asked for. */
export function pathTags(e) {
  const tags = [];
  if (e.path !== "adult") tags.push(s(`path-tag-${e.path}`));
  if (e.nhsApp === "verified" && e.path !== "proxy") tags.push(s("path-tag-nhs-app"));
  if (e.wants.olderRecord) tags.push(s("path-tag-older-record"));
  return tags.map((text) => h("span", { class: "kiosk-tag", text }));
}

export async function journeyRows(entries, actions) {
  return Promise.all(entries.map(async (e) => h("tr", { testid: `row-${e.reference}` },
    h("td", {}, h("strong", { dir: "ltr", text: e.reference })),
    e.details === "present"
      ? h("td", { dir: "auto", text: `${e.firstName} ${e.lastName}` })
      : h("td", { testid: `details-${e.reference}`, text: s(`details-${e.details}`) }),
    h("td", { dir: "ltr", text: e.details === "present" ? formatDob(e.dateOfBirth) : "" }),
    h("td", {}, h("span", { text: s(`status-${e.status}`) }), ...pathTags(e)),
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

export function journeyTable(rows) {
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
  const codes = staff.session.codes;
  const entries = await invoke("staff_worklist");
  // One tick per code: the sign-up code for every access, the enhanced-review codes where a
  // clinician withheld new entries or lifted that.
  const ticks = (e) => h("ul", { class: "nhsuk-list kiosk-codes" }, e.codesDue.map((key) => {
    const code = codes.find((c) => c.key === key);
    return h("li", { testid: `due-${e.reference}-${key}` },
      h("span", { class: "kiosk-code", dir: "ltr" },
        h("span", { class: "kiosk-code__system", text: s(`code-system-${code.system}`) }),
        h("strong", { text: ` ${code.code} ` }),
        h("span", { text: code.term })),
      button(s("worklist-coded"), key === "sign-up" ? `coded-${e.reference}` : `coded-${e.reference}-${key}`, async () => {
        try {
          const step = key === "sign-up" ? { step: "coded-9iw" } : { step: "code-added", code: key };
          await invoke("record_step", { journeyId: e.id, step });
          goHome("worklist");
        } catch (err) {
          showNotice(body, err);
        }
      }));
  }));
  body.append(
    h("p", { class: "nhsuk-body-l", text: s("worklist-intro") }),
    notice(),
    entries.length
      ? journeyTable(await journeyRows(entries, ticks))
      : h("p", { testid: "worklist-empty", text: s("worklist-empty") }),
    h("table", { class: "nhsuk-table", testid: "worklist-codes" },
      h("caption", { class: "nhsuk-table__caption", text: s("worklist-codes-caption") }),
      h("thead", {}, h("tr", {}, ["code-col-for", "code-col-system", "code-col-code", "code-col-term"].map((id) => h("th", { scope: "col", text: s(id) })))),
      h("tbody", {}, codes.map((c) => h("tr", { testid: `worklist-code-${c.key}` },
        h("td", { text: s(`code-for-${c.key}`) }),
        h("td", { text: s(`code-system-${c.system}`) }),
        h("td", { dir: "ltr", text: c.code }),
        h("td", { text: c.term }))))),
    button(s("worklist-print"), "worklist-print", () => window.print(), true));
}
