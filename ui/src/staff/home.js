// The staff home screen: who is logged in, training mode, leaving, and the tabs. Each tab
// draws its panel from its own module; administrators get three more tabs.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { h, button, notice } from "../shared/dom.js";
import { showTrainingBand } from "../patient/start.js";
import { staff, s, sf, showNotice, showStaff, leaveStaff } from "./session.js";
import { queueTab, worklistTab } from "./queue.js";
import { newJourneyTab } from "./journey.js";
import { olderRecordsTab, proxyReviewsTab } from "./tasks.js";
import { materialsTab } from "./materials.js";
import { accountsTab } from "./accounts.js";
import { auditTab } from "./audit.js";
import { reportsTab } from "./reports.js";
import { settingsTab } from "./practice.js";
import { aboutTab } from "./about.js";

/** Shows the staff home screen with `tab`'s panel. */
export async function showHome(tab) {
  staff.tab = tab;
  // "Logged in as" is formatted once per name: the tab then draws in the same task as the
  // tap, so a field from the panel it replaces (the queue's search, when the queue tab is
  // tapped again) is never left on screen to be typed into and lost.
  const name = staff.session.name;
  if (staff.who?.name !== name) staff.who = { name, text: await sf("staff-logged-in-as", { name }) };
  const tabs = ["queue", "new", "worklist", "older-records", "proxy-reviews", "reports", "materials", ...(staff.session.isAdmin ? ["staff", "audit", "settings"] : []), "about"];
  // Busy while the panel draws (screen readers wait; tests wait for it to settle).
  const body = h("div", { class: "kiosk-staff-body", testid: "staff-tab-body", "aria-busy": "true" });
  const root = h("section", { testid: "staff-home", class: "kiosk-staff" },
    h("div", { class: "kiosk-staff-bar" },
      h("p", { class: "nhsuk-body-m", testid: "staff-who", text: staff.who.text }),
      button(s(kiosk.settings.training ? "training-end" : "training-start"), "training-toggle", async () => {
        try {
          kiosk.settings.training = await invoke("set_training", { on: !kiosk.settings.training });
          showTrainingBand(kiosk.settings.training);
          await showHome(staff.tab);
        } catch (err) {
          showNotice(root, err);
        }
      }, true),
      button(s("staff-leave"), "staff-leave", () => leaveStaff(), true)),
    notice(),
    h("nav", { class: "kiosk-tabs", "aria-label": "Staff" },
      tabs.map((name) => h("button", {
        type: "button",
        class: `kiosk-tab${name === tab ? " kiosk-tab--current" : ""}`,
        "aria-current": name === tab ? "page" : null,
        testid: `tab-${name}`,
        text: s(`tab-${name}`),
        onclick: () => showHome(name),
      }))),
    body);
  showStaff(`staff-${tab}`, root);
  showTaskCounts(root);
  try {
    await TABS[tab](body);
  } catch (err) {
    body.append(notice());
    showNotice(body, err);
  }
  body.setAttribute("aria-busy", "false");
}

/** The task worklists' tabs show how many items wait on them (counts only, no names), so
 *  staff see a proxy review or an older record due without opening the tab. */
async function showTaskCounts(root) {
  let counts;
  try {
    counts = await invoke("task_counts");
  } catch {
    return; // the tabs still work; the session may just have ended
  }
  for (const [name, count] of [["older-records", counts.olderRecords], ["proxy-reviews", counts.proxyReviews]]) {
    const tab = root.querySelector(`[data-testid=tab-${name}]`);
    if (!tab || !count) continue;
    // Read as "Proxy reviews, 2 waiting"; seen as the tab's name and the number.
    tab.append(
      h("span", { class: "kiosk-visually-hidden", text: ", " }),
      h("span", { class: "kiosk-tab__count", testid: `tab-${name}-count`, text: String(count) }),
      h("span", { class: "kiosk-visually-hidden", text: ` ${s("tab-count-waiting")}` }));
  }
}

const TABS = {
  queue: queueTab,
  new: newJourneyTab,
  worklist: worklistTab,
  "older-records": olderRecordsTab,
  "proxy-reviews": proxyReviewsTab,
  reports: reportsTab,
  materials: materialsTab,
  staff: accountsTab,
  audit: auditTab,
  settings: settingsTab,
  about: aboutTab,
};
