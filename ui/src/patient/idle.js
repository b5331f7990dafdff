// Inactivity: after a while without a touch, "Are you still there?" with a countdown; at its
// end the current screen is removed from the page entirely and the page starts again on the
// attract screen, for the next patient.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { main } from "../shared/dom.js";
import { stopAudio } from "./listen.js";

export function armIdle() {
  clearTimeout(kiosk.timers.idle);
  if (["attract", "startup-failed", "not-set-up"].includes(kiosk.screen) || !kiosk.settings) return;
  if (document.body.dataset.mode === "staff") return; // staff/session.js keeps the staff clock
  kiosk.timers.idle = setTimeout(startCountdown, kiosk.settings.idleSeconds * 1000);
}

// The field the patient was typing in when "Are you still there?" took the focus.
let focusBeforeIdle = null;

function startCountdown() {
  focusBeforeIdle = document.activeElement;
  kiosk.countdownLeft = kiosk.settings.idleCountdownSeconds;
  document.getElementById("idle-dialog").hidden = false;
  renderCountdown();
  document.querySelector("[data-testid=idle-stay]").focus();
  kiosk.timers.countdown = setInterval(() => {
    kiosk.countdownLeft -= 1;
    if (kiosk.countdownLeft <= 0) {
      resetForNextPatient();
    } else {
      renderCountdown();
    }
  }, 1000);
}

export async function renderCountdown() {
  const seconds = kiosk.countdownLeft;
  const text = await invoke("format_message", {
    locale: kiosk.locale, id: "idle-countdown", args: { seconds },
  });
  // A later tick may have finished first; show only the latest.
  if (seconds === kiosk.countdownLeft) document.getElementById("idle-countdown").textContent = text;
}

export function stopCountdown() {
  const dialog = document.getElementById("idle-dialog");
  const wasOpen = !dialog.hidden;
  clearInterval(kiosk.timers.countdown);
  dialog.hidden = true;
  document.getElementById("idle-countdown").textContent = "";
  // The patient is back: the field they were typing in gets its caret (and keyboard) again.
  const field = focusBeforeIdle;
  focusBeforeIdle = null;
  if (wasOpen && field && field.isConnected && field !== document.body) field.focus({ preventScroll: true });
}

export function onActivity() {
  if (!document.getElementById("idle-dialog").hidden) stopCountdown();
  armIdle();
}

// Draws the attract screen in this page (start.js hands it over; the screens import this
// module, so it cannot import them).
let drawAttract = async () => {};

export function whenReset(draw) {
  drawAttract = draw;
}

/**
 * Forgets everything about the current patient: the screen is emptied at once and the
 * attract screen drawn in its place, then the page is loaded afresh, which starts on the same
 * attract screen. A fresh page leaves nothing of this patient in the page's memory, and it is
 * the only way to hand back what WebKit keeps for a page's removed content: about 60 KB for
 * every screen shown, never collected while the page lives. Drawing the attract screen first
 * means nobody waits for the fresh page: on a one-core tablet it takes a few hundred ms, which
 * the next patient no longer sees (README, Benchmarks). A touch in that time is kept for the
 * fresh page to act on (early-touch.js), so the first touch after a reset always counts.
 */
export async function resetForNextPatient() {
  stopCountdown();
  stopAudio();
  kiosk.form = null;
  kiosk.confirmation = null;
  kiosk.screen = null; // so leaving the form does not save it again
  main().replaceChildren();
  document.body.dataset.ready = "reloading"; // touches from now on are kept for the fresh page
  try {
    await drawAttract();
  } finally {
    // Once the attract screen is on the screen (the frame after the one that draws it), the
    // fresh page replaces this one.
    requestAnimationFrame(() => requestAnimationFrame(() => location.reload()));
  }
}
