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

function startCountdown() {
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
  clearInterval(kiosk.timers.countdown);
  document.getElementById("idle-dialog").hidden = true;
  document.getElementById("idle-countdown").textContent = "";
}

export function onActivity() {
  if (!document.getElementById("idle-dialog").hidden) stopCountdown();
  armIdle();
}

/**
 * Forgets everything about the current patient: the screen is emptied at once, then the page
 * is loaded afresh and starts on the attract screen. A fresh page leaves nothing of this
 * patient in the page's memory, and it is the only way to hand back what WebKit keeps for a
 * page's removed content: about 60 KB for every screen shown, never collected while the page
 * lives (measured with tools/bench; the README's Benchmarks section has the figures).
 */
export function resetForNextPatient() {
  stopCountdown();
  stopAudio();
  kiosk.form = null;
  kiosk.confirmation = null;
  kiosk.screen = null; // so leaving the form does not save it again
  main().replaceChildren();
  location.reload();
}
