// Encrypted backups: exporting one (administrators), and restoring one, on a new tablet
// before its first administrator exists or from the staff tab.

import { invoke } from "../shared/tauri.js";
import { h, button, textInput, notice } from "../shared/dom.js";
import { staff, s, showNotice } from "./session.js";

/** Choosing an encrypted backup from the data folder's backups/ and restoring it. */
export async function restorePanel(onRestored) {
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
    textInput("restore-passphrase", s("backup-passphrase"), "restore-passphrase", { type: "password" }),
    notice("restore-error"),
    button(s("restore-go"), "restore-go", async () => {
      try {
        await invoke("restore_backup", { name: select.value, passphrase: root.querySelector("#restore-passphrase").value });
        staff.session = null;
        await onRestored();
      } catch (err) {
        showNotice(root, err, "restore-error");
      }
    }, true));
  return root;
}

/** Exporting an encrypted backup (administrators). */
export function backupPanel() {
  const done = h("p", { class: "nhsuk-body-m", testid: "backup-done", hidden: true });
  const root = h("div", { testid: "backup-panel" },
    h("h2", { text: s("backup-title") }),
    h("p", { class: "nhsuk-body-m", text: s("backup-intro") }),
    textInput("backup-passphrase", s("backup-passphrase"), "backup-passphrase", { type: "password" }),
    textInput("backup-passphrase-again", s("backup-passphrase-again"), "backup-passphrase-again", { type: "password" }),
    notice("backup-error"),
    done,
    button(s("backup-export"), "backup-export", async () => {
      const passphrase = root.querySelector("#backup-passphrase").value;
      const error = root.querySelector("[data-testid=backup-error]");
      error.hidden = true;
      if (passphrase !== root.querySelector("#backup-passphrase-again").value) {
        error.textContent = s("backup-passphrases-differ");
        error.hidden = false;
        return;
      }
      try {
        const path = await invoke("export_backup", { passphrase });
        done.textContent = `${s("backup-saved")} ${path}`;
        done.hidden = false;
        root.querySelectorAll("input").forEach((i) => { i.value = ""; });
      } catch (err) {
        showNotice(root, err, "backup-error");
      }
    }, true));
  return root;
}
