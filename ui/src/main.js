// Access Kiosk's page: the patient face (patient/) and the staff face (staff/), on what both
// use (shared/). The backend validates and stores; this page only shows.
//
// Imports go one way: shared ← patient ← staff ← main (ui/check-imports.mjs checks it on
// every build). This module starts the page and wires the two places where the patient face
// leads into the staff face, so the patient face never needs to import it.

import { setPinPrompt } from "./shared/tauri.js";
import { start } from "./patient/start.js";
import { submitForm } from "./patient/form.js";
import { setHome, watchStaffActivity } from "./staff/session.js";
import { openStaffLogin } from "./staff/login.js";
import { submitStaffForm } from "./staff/journey.js";
import { showHome } from "./staff/home.js";
import { attachKeyboard } from "./shared/keyboard/keyboard.js";
import { askForPin } from "./staff/pin_prompt.js";

// The one way to the Rust side, exported from the page's entry for the end-to-end harness:
// the page is served as one bundled module, so this is the same seam (and session) the page
// uses. A script on the page could reach it as it can reach anything the page does.
export { invoke } from "./shared/tauri.js";
// And the font warm-up, so a test can watch a whole one from its start (patient/warm_up.js).
export { warmFonts } from "./patient/warm_up.js";

attachKeyboard(); // before start(), so a field focused on the first screen gets it
start();

/** A 2-second press on the practice name opens the staff login. */
function wireStaffEntry() {
  const name = document.querySelector("[data-testid=practice-name]");
  let timer = 0;
  name.addEventListener("pointerdown", () => {
    timer = setTimeout(() => openStaffLogin(), 2000);
  });
  for (const type of ["pointerup", "pointerleave", "pointercancel"]) {
    name.addEventListener(type, () => clearTimeout(timer));
  }
}

wireStaffEntry();
// Sending the interest form (its button, or Enter): the patient's, or in staff mode the same
// form filled in at the desk. Other forms (the Settings tab) handle their own.
document.addEventListener("submit", (e) => {
  e.preventDefault();
  if (e.target.dataset.testid !== "interest-form") return;
  if (document.body.dataset.mode === "staff") submitStaffForm();
  else submitForm();
});
setHome(showHome);
setPinPrompt(askForPin);
watchStaffActivity();
