# Issue 17: the staff face's words for set-up, sessions, PINs and backups (SECURITY.md).
# English only, like staff.ftl.

## Errors
error-code-wrong-setup-code = That is not this kiosk's set-up code. Someone with access to the tablet's own account can read it: run "access-kiosk setup-code", or open setup-code.txt in the data folder.
error-code-busy = Another PIN is being checked. Try again in a moment.
error-code-pin-needed = Type your PIN again to do this.
error-code-pin-reset-needed = This account has no key on this tablet (the practice key was replaced, or the PIN was set on another tablet). Ask an administrator to reset your PIN.
error-code-pin-other-tablet = This PIN was set on another tablet, so it opens nothing here. An administrator can use the recovery passphrase ("Forgotten PIN?"), then reset the other PINs.
error-code-backup-excessive-work = That file asks for more work to open than a tablet can safely do. It was not made by Access Kiosk: do not restore it.
error-code-training-real-journey = In training, only the practice patients can be changed.

## First-run set-up
setup-code = Set-up code
setup-code-hint = Twelve letters and numbers. Someone with access to this tablet's own account reads it with the command "access-kiosk setup-code" (or from setup-code.txt in the data folder). It works once.

## Typing the PIN again before an administrator's action
pin-prompt-title = Type your PIN again
pin-prompt-intro = Changing staff, PINs, settings, packs or backups needs your PIN from the last two minutes.
pin-prompt-confirm = Confirm
pin-prompt-cancel = Cancel
staff-wrong-pins-before = Wrong PINs were tried on your account before this login. If that was not you, tell the practice manager.

## Backups in the age format
backup-intro-age = Saves the whole database, encrypted, as an age file in the backups folder of the data folder. Copy it off the tablet. The practice can open it with the standard "age" tool.
backup-export-new = Export a backup
backup-new-passphrase = The backup's passphrase (shown once: write it down and keep it apart from the file)
backup-to-recipient = Encrypted to the practice's backup key (its secret is kept off this tablet).
backup-passphrase-written = I have written the passphrase down
restore-secret = The backup's passphrase, or the practice's age identity (AGE-SECRET-KEY-1…)

## About this kiosk
about-device-secret = This tablet's device secret (staff PINs work only with it)

## Settings
settings-error-registration-host = That address is not on the NHS App or NHS login. A QR to any other site could lead patients to a fake page: ask for it to be added to registration_hosts in practice.toml (or the borough's process pack).
