// The staff face (liaison officer and administrator): its session and its frame.
//
// Reached by a 2-second press on the practice name, then a PIN (login.js). Staff text is
// English (staff.ftl); the script shows the patient's language beside it. Every rule (PINs,
// lockout, which step may follow which) is decided in Rust; these pages only ask and show.
// Leaving staff mode loads the page afresh on the attract screen, so nothing of the staff
// view remains. The staff session has its own inactivity clock, separate from the patient
// reset.

import { kiosk } from "../shared/state.js";
import { invoke, setStaffToken } from "../shared/tauri.js";
import { t } from "../shared/l10n.js";
import { main, scrollPageToTop } from "../shared/dom.js";
import { leaveScreen } from "../patient/screens.js";
import { resetForNextPatient } from "../patient/idle.js";
import { showTrainingBand } from "../patient/start.js";

export const STAFF_LOCALE = "en-GB";

export const staff = { session: null, timer: 0, tab: "queue", who: null };

/** English staff text. */
export const s = (id) => t(id, STAFF_LOCALE);

/** Formats a staff message that takes arguments, through Fluent. */
export const sf = (id, args) => invoke("format_message", { locale: STAFF_LOCALE, id, args });

/** Shows `err` in `root`'s message line; a lost session ends staff mode. */
export function showNotice(root, err, testid = "staff-error") {
  const p = root.querySelector(`[data-testid=${testid}]`);
  if (!p) return;
  const code = (err && err.code) || "unknown";
  const id = code === "step-refused" && err.detail ? `error-step-${err.detail}` : `error-code-${code}`;
  p.textContent = s(id);
  p.hidden = false;
  if (code === "not-logged-in") leaveStaff();
}

/** Replaces the page with a staff screen. */
export function showStaff(name, content) {
  leaveScreen();
  main().replaceChildren(content);
  kiosk.screen = name;
  document.body.dataset.screen = name;
  document.body.dataset.mode = "staff";
  // The staff face is in English, and so are the desk's form and the keyboard's key names:
  // never the language of the patient before (the page is loaded afresh on leaving).
  kiosk.locale = STAFF_LOCALE;
  document.documentElement.lang = "en-GB";
  document.documentElement.dir = "ltr";
  // Training is the desk's: its band shows on the staff face only (never the patient's).
  showTrainingBand(Boolean(kiosk.settings && kiosk.settings.training));
  clearTimeout(kiosk.timers.idle); // the patient reset never wipes a staff session
  armStaffTimer();
  main().focus({ preventScroll: true });
  scrollPageToTop();
}

function armStaffTimer() {
  clearTimeout(staff.timer);
  if (document.body.dataset.mode !== "staff") return;
  const minutes = (kiosk.settings && kiosk.settings.staffSessionMinutes) || 5;
  staff.timer = setTimeout(() => leaveStaff(), minutes * 60 * 1000);
  keepSessionAlive();
}

// The Rust side keeps the session's own clock, which every staff command refreshes. Typing
// (on the on-screen keys or a physical keyboard) sends no command, so activity tells it, at
// most every HEARTBEAT_MS, that someone is still at work: a long note is not lost to a
// session that ended while it was typed.
const HEARTBEAT_MS = 20_000;
let lastHeartbeat = 0;

function keepSessionAlive() {
  const now = Date.now();
  if (!staff.session || now - lastHeartbeat < HEARTBEAT_MS) return;
  lastHeartbeat = now;
  invoke("staff_session").catch(() => {}); // a session already gone shows at the next action
}

/** Ends staff mode: logs out and puts the attract screen in place of everything staff saw. */
export async function leaveStaff() {
  clearTimeout(staff.timer);
  staff.session = null;
  delete document.body.dataset.mode;
  try {
    await invoke("log_out");
  } finally {
    setStaffToken(null);
    await resetForNextPatient();
  }
}

/** Any activity in staff mode restarts the staff clock (main.js calls this once). */
export function watchStaffActivity() {
  for (const type of ["pointerdown", "keydown", "input"]) {
    document.addEventListener(type, armStaffTimer, { capture: true, passive: true });
  }
}

// The staff home screen (home.js, with its tabs) opens the other staff screens, and they go
// back to it. So that imports go one way only, they do not import home.js: they call goHome,
// and main.js hands home.js's showHome to setHome when the page starts.
let home = null;

export function setHome(showHome) {
  home = showHome;
}

/** Shows the staff home screen on `tab`. */
export function goHome(tab) {
  return home(tab);
}
