// About this kiosk (staff only): version, data folder, the state of each translation and
// problems with the practice's wording overrides; and quitting the app (administrators).

import { invoke } from "../shared/tauri.js";
import { h, button, notice, summaryRow } from "../shared/dom.js";
import { staff, s, showNotice } from "./session.js";

export async function aboutTab(body) {
  body.append(aboutPanel(await invoke("about")));
  if (staff.session.isAdmin) {
    body.append(
      h("h3", { text: s("quit-title") }),
      h("p", { class: "nhsuk-hint", text: s("quit-hint") }),
      notice("quit-error"),
      button(s("quit-app"), "quit-app", async () => {
        try {
          await invoke("quit_app");
        } catch (err) {
          showNotice(body, err, "quit-error");
        }
      }, true));
  }
}

function aboutPanel(about) {
  const problems = about.overrideProblems.length ? about.overrideProblems : [s("about-no-problems")];
  return h("div", { testid: "about-panel" },
    h("h2", { text: s("about-title") }),
    h("dl", { class: "nhsuk-summary-list" },
      summaryRow(s("about-version"), about.version),
      summaryRow(s("about-data-folder"), about.dataDir),
      summaryRow(s("about-device-secret"), about.deviceSecret)),
    h("h3", { text: s("about-translations") }),
    h("table", { class: "nhsuk-table", testid: "translation-status" },
      h("thead", {}, h("tr", {}, ["about-language", "about-drafted-by", "about-reviewed", "about-notes"]
        .map((id) => h("th", { scope: "col", text: s(id) })))),
      h("tbody", {}, about.translations.map((st) => h("tr", { testid: `translation-${st.locale}` },
        h("td", { text: st.locale }),
        h("td", { text: `${st.drafted_by}, ${st.drafted_on}` }),
        h("td", {
          text: st.reviewed_by_native_speaker
            ? `${s("about-reviewed-yes")} (${st.reviewed_by}, ${st.reviewed_on})`
            : s("about-reviewed-no"),
        }),
        h("td", {}, st.notes, ...Object.entries(st.files || {}).map(([file, f]) => h("p", {
          class: "nhsuk-body-s",
          text: `${file}: ${f.drafted_by}, ${f.drafted_on}; ${f.reviewed_by_native_speaker
            ? `${s("about-reviewed-yes")} (${f.reviewed_by}, ${f.reviewed_on})`
            : s("about-reviewed-no")}`,
        }))))))),
    h("h3", { text: s("about-override-problems") }),
    h("ul", { class: "nhsuk-list", testid: "override-problems" }, problems.map((p) => h("li", { dir: "ltr", text: p }))));
}
