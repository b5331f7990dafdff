// Runs first, before the page's own script (a classic script in <head>): a touch while the
// page is not ready — being loaded afresh for the next patient, or starting — is kept in
// sessionStorage, and patient/start.js acts on it once the page is ready. So the first touch
// after a reset is never lost, however slow the tablet. No imports: it must not wait for them.
document.addEventListener("pointerdown", () => {
  if (!document.body || document.body.dataset.ready !== "true") {
    sessionStorage.setItem("kiosk-touched-at", String(Date.now()));
  }
}, { capture: true, passive: true });
