// The worklists of the sign-up process's own tasks: older-record requests waiting for a
// clinician's decision (oldest first), and proxy accesses due for review, an end date or the
// suspension at 16, shown the practice's notice period beforehand (soonest first). Each row
// opens the sign-up, where the decision or the review is recorded.

import { invoke } from "../shared/tauri.js";
import { h, button, notice } from "../shared/dom.js";
import { s, sf } from "./session.js";
import { formatDob } from "./format.js";
import { showJourney } from "./journey.js";

function table(testid, columns, rows) {
  return h("table", { class: "nhsuk-table kiosk-staff-table", testid },
    h("thead", {}, h("tr", {}, columns.map((id) => h("th", { scope: "col", text: s(id) })))),
    h("tbody", {}, rows));
}

function name(e, first, last) {
  if (e.details !== "present") return s(`details-${e.details}`);
  // A proxy from before this version: their own name was not asked then.
  return first || last ? `${first} ${last}` : s("proxy-name-not-recorded");
}

function daysSince(iso) {
  return Math.max(0, Math.floor((Date.now() - new Date(iso)) / 86_400_000));
}

/** Older-record requests a clinician has still to decide. */
export async function olderRecordsTab(body) {
  const entries = await invoke("older_record_worklist");
  body.append(
    h("p", { class: "nhsuk-body-l", text: s("older-worklist-intro") }),
    notice(),
    entries.length
      ? table("older-worklist", ["col-reference", "col-name", "col-dob", "older-col-scope", "older-col-requested", "older-col-waiting", "col-actions"],
        await Promise.all(entries.map(async (e) => h("tr", { testid: `older-row-${e.reference}` },
          h("td", {}, h("strong", { dir: "ltr", text: e.reference })),
          h("td", { dir: "auto", text: name(e, e.firstName, e.lastName) }),
          h("td", { dir: "ltr", text: e.details === "present" ? formatDob(e.dateOfBirth) : "" }),
          // Asked for at the kiosk with no request made yet (a sign-up from before requests
          // were tasks keeps the wish as a flag): staff make the request from the sign-up.
          e.olderRecord
            ? h("td", { text: s(`older-scope-${e.olderRecord.scope}`) })
            : h("td", { testid: `older-asked-${e.reference}` }, h("strong", { text: s("older-asked-not-requested") })),
          h("td", { dir: "ltr", text: e.olderRecord ? formatDob(e.olderRecord.requestedAt.slice(0, 10)) : "" }),
          h("td", { text: await sf("waiting-days", { days: daysSince(e.olderRecord ? e.olderRecord.requestedAt : e.created_at) }) }),
          h("td", {}, button(s("queue-open"), `older-open-${e.reference}`, () => showJourney(e.id), true))))))
      : h("p", { testid: "older-worklist-empty", text: s("older-worklist-empty") }));
}

/** Proxy accesses due for a review, an end or the suspension at 16, and those with no date. */
export async function proxyReviewsTab(body) {
  const tasks = await invoke("proxy_worklist");
  body.append(
    h("p", { class: "nhsuk-body-l", text: s("proxy-worklist-intro") }),
    notice(),
    tasks.length
      ? table("proxy-worklist", ["col-reference", "proxy-col-patient", "col-dob", "proxy-col-proxy", "proxy-col-basis", "proxy-col-due", "col-actions"],
        tasks.map((task) => h("tr", { testid: `proxy-row-${task.reference}` },
          h("td", {}, h("strong", { dir: "ltr", text: task.reference })),
          h("td", { dir: "auto", text: name(task, task.firstName, task.lastName) }),
          h("td", { dir: "ltr", text: task.details === "present" ? formatDob(task.dateOfBirth) : "" }),
          h("td", { dir: "auto", text: name(task, task.carerFirstName, task.carerLastName) }),
          h("td", { text: s(`basis-${task.proxy.basis}`) }),
          h("td", { testid: `proxy-due-${task.reference}`, "data-due": task.due },
            h("strong", { text: s(`proxy-due-${task.due}`) }),
            task.dueOn ? h("span", { dir: "ltr", text: ` ${formatDob(task.dueOn)}` }) : null),
          h("td", {}, button(s("queue-open"), `proxy-open-${task.reference}`, () => showJourney(task.id), true)))))
      : h("p", { testid: "proxy-worklist-empty", text: s("proxy-worklist-empty") }));
}
