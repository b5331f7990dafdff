// Getting in: the first administrator on a new tablet (with the one-time set-up code that
// only someone with the tablet's own access can read; then the recovery passphrase and the
// practice's settings), choosing a name and entering a PIN, and an administrator's forgotten
// PIN. A login's session token goes to the IPC seam (shared/tauri.js) and nowhere else.

import { invoke, setStaffToken } from "../shared/tauri.js";
import { h, button, checkbox, textInput, notice } from "../shared/dom.js";
import { stopCountdown } from "../patient/idle.js";
import { staff, s, sf, showNotice, showStaff, leaveStaff, goHome } from "./session.js";
import { restorePanel } from "./backup.js";
import { firstRunSettings } from "./practice.js";

/** Opens the staff face (main.js: a 2-second press on the practice name): the first
 *  administrator's set-up on a new tablet, else the login. */
export async function openStaffLogin() {
  stopCountdown();
  const state = await invoke("staff_state");
  if (state.needsFirstAdmin) {
    showStaff("staff-setup", firstAdminScreen());
  } else {
    showStaff("staff-login", loginScreen(state));
  }
}

function firstAdminScreen() {
  const setupCode = () => root.querySelector("#setup-code").value;
  const root = h("section", { testid: "staff-setup-screen", class: "kiosk-setup" },
    h("h1", { text: s("staff-setup-title") }),
    h("p", { class: "nhsuk-body-l", text: s("staff-setup-intro") }),
    h("div", { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: "setup-code", text: s("setup-code") }),
      h("div", { class: "nhsuk-hint", id: "setup-code-hint", text: s("setup-code-hint") }),
      h("input", {
        class: "nhsuk-input nhsuk-input--width-20", id: "setup-code", type: "text", testid: "setup-code",
        autocomplete: "off", autocapitalize: "characters", spellcheck: "false", dir: "ltr",
        "aria-describedby": "setup-code-hint",
      })),
    textInput("admin-name", s("staff-name"), "admin-name"),
    textInput("admin-pin", s("staff-pin"), "admin-pin", { type: "password", inputmode: "numeric" }),
    textInput("admin-pin-again", s("staff-pin-again"), "admin-pin-again", { type: "password", inputmode: "numeric" }),
    notice(),
    h("div", { class: "kiosk-actions" },
      button(s("staff-cancel"), "staff-cancel", () => leaveStaff(), true),
      button(s("staff-setup-create"), "admin-create", async () => {
        const pin = root.querySelector("#admin-pin").value;
        if (pin !== root.querySelector("#admin-pin-again").value) {
          const p = root.querySelector("[data-testid=staff-error]");
          p.textContent = s("staff-pins-differ");
          p.hidden = false;
          return;
        }
        try {
          const admin = await invoke("create_first_admin", {
            setupCode: setupCode(), name: root.querySelector("#admin-name").value, pin,
          });
          setStaffToken(admin.token);
          // The new administrator is logged in: passphrase, then the practice's settings.
          showStaff("staff-recovery", recoveryScreen(admin.recoveryPassphrase, () => firstRunSettings()));
        } catch (err) {
          showNotice(root, err);
        }
      })));
  // A new tablet can instead take over another tablet's data from an encrypted backup.
  restorePanel(async () => showStaff("staff-login", loginScreen(await invoke("staff_state"))), setupCode)
    .then((panel) => root.append(panel), () => {});
  return root;
}

/** Shows the recovery passphrase once, for the administrator to write down. It is not
 *  stored anywhere: the next screen replaces this one and it is gone. */
function recoveryScreen(phrase, onDone) {
  const root = h("section", { testid: "recovery-screen" },
    h("h1", { text: s("recovery-title") }),
    h("p", { class: "nhsuk-body-l", text: s("recovery-intro") }),
    h("p", { class: "nhsuk-heading-l kiosk-recovery-passphrase", dir: "ltr", testid: "recovery-passphrase", text: phrase }),
    h("p", { class: "nhsuk-body-m", text: s("recovery-keep") }),
    h("div", { class: "nhsuk-checkboxes" }, checkbox("recovery-written", s("recovery-written"), "recovery-written")),
    notice(),
    h("div", { class: "kiosk-actions" },
      button(s("recovery-continue"), "recovery-continue", () => {
        if (!root.querySelector("#recovery-written").checked) {
          const p = root.querySelector("[data-testid=staff-error]");
          p.textContent = s("recovery-tick-first");
          p.hidden = false;
          return;
        }
        onDone();
      })));
  return root;
}

export function loginScreen(state) {
  const pinArea = h("div", { hidden: true, testid: "pin-area" });
  const root = h("section", { testid: "staff-login-screen" },
    h("h1", { text: s("staff-login-title") }),
    h("h2", { class: "nhsuk-heading-s", text: s("staff-login-choose") }),
    h("div", { class: "kiosk-staff-names" },
      state.staff.map((m) => {
        const b = button(m.name, `staff-account-${m.id}`, () => choose(m), true);
        if (m.lockedUntil && new Date(m.lockedUntil) > new Date(state.now)) {
          b.append(h("span", { class: "kiosk-tag kiosk-tag--locked", text: ` · ${s("staff-locked")}` }));
        }
        return b;
      })),
    pinArea,
    h("div", { class: "kiosk-actions" }, button(s("staff-cancel"), "staff-cancel", () => leaveStaff(), true)));

  function choose(member) {
    pinArea.replaceChildren(
      h("h2", { text: member.name }),
      textInput("staff-pin", s("staff-pin"), "pin", { type: "password", inputmode: "numeric" }),
      notice(),
      button(s("staff-log-in"), "pin-submit", async (event) => {
        // One login per tap: the key stretch takes a second, and a second tap meanwhile
        // would only be refused as busy (the kiosk runs one at a time).
        const submit = event.currentTarget;
        if (submit.disabled) return;
        submit.disabled = true;
        submit.setAttribute("aria-busy", "true");
        const input = root.querySelector("#staff-pin");
        try {
          staff.session = await invoke("log_in", { staffId: member.id, pin: input.value });
          setStaffToken(staff.session.token);
          delete staff.session.token;
          const phrase = staff.session.recoveryPassphrase;
          const wrongBefore = staff.session.wrongPinsBefore;
          delete staff.session.recoveryPassphrase;
          const home = async () => {
            await goHome("queue");
            // Someone tried wrong PINs on this account: its owner is the one to notice.
            if (wrongBefore) {
              const p = document.querySelector("[data-testid=staff-home] [data-testid=staff-error]");
              p.textContent = `${s("staff-wrong-pins-before")} (${wrongBefore})`;
              p.hidden = false;
            }
          };
          if (phrase) showStaff("staff-recovery", recoveryScreen(phrase, home));
          else home();
        } catch (err) {
          input.value = "";
          showNotice(root, err);
          if (err && err.detail && err.code === "account-locked") {
            const p = root.querySelector("[data-testid=staff-error]");
            const time = new Date(err.detail).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
            p.textContent = `${s("error-code-account-locked")} ${await sf("staff-locked-until", { time })}`;
          }
        } finally {
          submit.disabled = false;
          submit.removeAttribute("aria-busy");
        }
      }));
    if (member.isAdmin) pinArea.append(recoverPinArea(member));
    pinArea.hidden = false;
    root.querySelector("#staff-pin").focus();
  }
  return root;
}

/** An administrator who forgot their PIN sets a new one with the recovery passphrase. */
function recoverPinArea(member) {
  const area = h("div", { hidden: true },
    textInput("recover-passphrase", s("recovery-passphrase"), "recover-passphrase", { autocapitalize: "characters" }),
    textInput("recover-pin", s("staff-new-pin"), "recover-pin", { type: "password", inputmode: "numeric" }),
    notice("recover-error"),
    button(s("recovery-set-pin"), "recover-go", async () => {
      try {
        await invoke("recover_admin_pin", {
          staffId: member.id,
          recoveryPassphrase: area.querySelector("#recover-passphrase").value,
          pin: area.querySelector("#recover-pin").value,
        });
        area.querySelectorAll("input").forEach((i) => { i.value = ""; });
        const p = area.querySelector("[data-testid=recover-error]");
        p.textContent = s("recovery-pin-set");
        p.hidden = false;
      } catch (err) {
        showNotice(area, err, "recover-error");
      }
    }, true));
  return h("div", {},
    button(s("recovery-forgot-pin"), "recover-start", () => { area.hidden = false; }, true),
    area);
}
