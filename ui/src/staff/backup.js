// Encrypted backups (age files): exporting one (administrators; a new six-word passphrase is
// shown once, unless the practice's backup recipient is set), and restoring one, on a new
// tablet before its first administrator exists (with the set-up code) or from the staff tab.

import { invoke, setStaffToken } from "../shared/tauri.js";
import { h, button, checkbox, textInput, notice } from "../shared/dom.js";
import { staff, s, showNotice } from "./session.js";

/** Choosing an encrypted backup from the data folder's backups/ and restoring it. On a new
 *  tablet, `setupCode()` gives the set-up code typed on the first-run screen. */
export async function restorePanel(onRestored, setupCode = () => null) {
  const files = await invoke("backup_files");
  const root = h("div", { testid: "restore-panel" },
    h("h2", { text: s("restore-title") }),
    h("p", { class: "nhsuk-body-m", text: s("restore-intro") }));
  if (!files.length) {
    root.append(h("p", { testid: "restore-none", text: s("restore-none") }));
    return root;
  }
  const select = h("select", { class: "nhsuk-select", id: "restore-file", testid: "restore-file" },
    files.map((f) => h("option", { value: f.name, text: f.name })));
  root.append(
    h("div", { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: "restore-file", text: s("restore-file") }), select),
    textInput("restore-passphrase", s("restore-secret"), "restore-passphrase", { type: "password" }),
    notice("restore-error"),
    button(s("restore-go"), "restore-go", async () => {
      try {
        await invoke("restore_backup", {
          name: select.value, passphrase: root.querySelector("#restore-passphrase").value, setupCode: setupCode(),
        });
        staff.session = null;
        setStaffToken(null); // the restore ended any staff session
        await onRestored();
      } catch (err) {
        showNotice(root, err, "restore-error");
      }
    }, true));
  return root;
}

/** Exporting an encrypted backup (administrators). The passphrase, when there is one, is
 *  shown once and goes when the screen is left. */
export function backupPanel() {
  const done = h("div", { testid: "backup-done", hidden: true });
  const root = h("div", { testid: "backup-panel" },
    h("h2", { text: s("backup-title") }),
    h("p", { class: "nhsuk-body-m", text: s("backup-intro-age") }),
    notice("backup-error"),
    done,
    button(s("backup-export-new"), "backup-export", async () => {
      root.querySelector("[data-testid=backup-error]").hidden = true;
      try {
        const made = await invoke("export_backup");
        done.replaceChildren(h("p", { class: "nhsuk-body-m", text: `${s("backup-saved")} ${made.path}` }));
        if (made.passphrase) {
          done.append(
            h("p", { class: "nhsuk-body-m", text: s("backup-new-passphrase") }),
            h("p", { class: "nhsuk-heading-m kiosk-recovery-passphrase", dir: "ltr", testid: "backup-passphrase-shown", text: made.passphrase }),
            h("div", { class: "nhsuk-checkboxes" }, checkbox("backup-written", s("backup-passphrase-written"), "backup-written")));
        } else {
          done.append(h("p", { class: "nhsuk-body-m", testid: "backup-to-recipient", text: s("backup-to-recipient") }));
        }
        done.hidden = false;
      } catch (err) {
        showNotice(root, err, "backup-error");
      }
    }, true));
  return root;
}
