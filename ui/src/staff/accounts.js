// The staff tab (administrators): the practice's staff accounts (add, remove, reset a PIN)
// and encrypted backups.

import { invoke } from "../shared/tauri.js";
import { h, button, checkbox, textInput, notice } from "../shared/dom.js";
import { s, showNotice, showStaff, goHome } from "./session.js";
import { backupPanel, restorePanel } from "./backup.js";
import { loginScreen } from "./login.js";

export async function accountsTab(body) {
  const state = await invoke("staff_state");
  const rows = state.staff.map((m) => {
    const locked = m.lockedUntil && new Date(m.lockedUntil) > new Date(state.now);
    const pinInput = h("input", {
      class: "nhsuk-input kiosk-inline-input", type: "password", inputmode: "numeric",
      testid: `new-pin-${m.id}`,
      "aria-label": `${s("staff-new-pin")}: ${m.name}`, autocomplete: "off",
    });
    return h("tr", { testid: `staff-row-${m.id}` },
      h("td", { text: m.name }),
      h("td", { text: m.isAdmin ? s("staff-admin") : "" }),
      h("td", { testid: `staff-lock-${m.id}`, text: locked ? s("staff-locked") : "" }),
      h("td", {}, pinInput, button(s("staff-reset-pin"), `reset-pin-${m.id}`, async () => {
        try {
          await invoke("reset_pin", { staffId: m.id, pin: pinInput.value });
          goHome("staff");
        } catch (err) {
          showNotice(body, err);
        }
      }, true)),
      h("td", {}, button(s("staff-remove"), `remove-${m.id}`, async () => {
        try {
          await invoke("remove_staff", { staffId: m.id });
          goHome("staff");
        } catch (err) {
          showNotice(body, err);
        }
      }, true)));
  });
  body.append(
    notice(),
    h("table", { class: "nhsuk-table" }, h("tbody", {}, rows)),
    h("h2", { text: s("staff-add-title") }),
    textInput("new-staff-name", s("staff-name"), "new-staff-name"),
    textInput("new-staff-pin", s("staff-pin"), "new-staff-pin", { type: "password", inputmode: "numeric" }),
    h("div", { class: "nhsuk-checkboxes" }, checkbox("new-staff-admin", s("staff-is-admin"), "new-staff-admin")),
    button(s("staff-add"), "new-staff-add", async () => {
      try {
        await invoke("add_staff", {
          name: body.querySelector("#new-staff-name").value,
          pin: body.querySelector("#new-staff-pin").value,
          isAdmin: body.querySelector("#new-staff-admin").checked,
        });
        goHome("staff");
      } catch (err) {
        showNotice(body, err);
      }
    }),
    backupPanel(),
    await restorePanel(async () => showStaff("staff-login", loginScreen(await invoke("staff_state")))));
}
