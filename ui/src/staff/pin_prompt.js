// Typing the PIN again before an administrator's action (adding staff, resetting a PIN,
// changing settings, importing a pack, backups, closing the app) when the last PIN was typed
// more than two minutes ago: an unattended administrator session is not enough to make a
// passer-by an administrator. main.js registers this with the IPC seam, which shows it when
// a command answers `pin-needed` and sends the command again once the PIN is confirmed.

import { invoke } from "../shared/tauri.js";
import { h, button, textInput, notice } from "../shared/dom.js";
import { s, showNotice } from "./session.js";

/** Shows the PIN prompt; resolves once the PIN is confirmed, rejects if cancelled. */
export function askForPin() {
  return new Promise((resolve, reject) => {
    const previous = document.activeElement;
    const close = () => {
      dialog.remove();
      if (previous && previous.isConnected) previous.focus();
    };
    const confirm = async () => {
      const input = dialog.querySelector("#pin-prompt-pin");
      try {
        await invoke("confirm_pin", { pin: input.value });
        close();
        resolve();
      } catch (err) {
        input.value = "";
        if (err && err.code === "not-logged-in") {
          close();
          reject(err);
        }
        showNotice(dialog, err, "pin-prompt-error");
        input.focus();
      }
    };
    const dialog = h("div", {
      class: "kiosk-overlay", role: "dialog", "aria-modal": "true",
      "aria-labelledby": "pin-prompt-title", testid: "pin-prompt",
    },
    h("div", { class: "kiosk-overlay__panel kiosk-pin-prompt" },
      h("h2", { id: "pin-prompt-title", text: s("pin-prompt-title") }),
      h("p", { class: "nhsuk-body-m", text: s("pin-prompt-intro") }),
      textInput("pin-prompt-pin", s("staff-pin"), "pin-prompt-pin", {
        type: "password", inputmode: "numeric", autocomplete: "off",
        onkeydown: (e) => { if (e.key === "Enter") confirm(); },
      }),
      notice("pin-prompt-error"),
      h("div", { class: "kiosk-actions" },
        button(s("pin-prompt-cancel"), "pin-prompt-cancel", () => {
          close();
          reject({ code: "pin-needed" });
        }, true),
        button(s("pin-prompt-confirm"), "pin-prompt-confirm", confirm))));
    document.body.append(dialog);
    dialog.querySelector("#pin-prompt-pin").focus();
  });
}
