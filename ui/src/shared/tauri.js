// The one way to the Rust side: every command the page runs goes through `invoke`. This is
// the only file that touches window.__TAURI__ (ui/check-imports.mjs fails the build if
// another does).
//
// The staff session is bound to this page: the login answers with a token, which the staff
// face hands to `setStaffToken` and which goes with every command from then on. It lives in
// this module only, so it goes when the page is loaded afresh (leaving staff mode, the next
// patient). An administrator's action whose PIN is too old answers `pin-needed`: the staff
// face's PIN prompt (`setPinPrompt`) asks for it, and the command is sent once more.

let staffToken = null;
let pinPrompt = null;

/** The staff session's token from a login (or `null` when it ends). */
export function setStaffToken(token) {
  staffToken = token || null;
}

/** `ask()` shows the PIN prompt and resolves once the PIN is confirmed (rejects if not). */
export function setPinPrompt(ask) {
  pinPrompt = ask;
}

export async function invoke(cmd, args = {}) {
  const send = () => window.__TAURI__.core.invoke(cmd, staffToken ? { ...args, token: staffToken } : args);
  try {
    return await send();
  } catch (err) {
    if (err && err.code === "pin-needed" && pinPrompt && cmd !== "confirm_pin") {
      await pinPrompt();
      return send();
    }
    throw err;
  }
}
