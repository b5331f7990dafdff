// The measurement script for tools/bench (src-tauri/benches/process.py). The harness puts a
// `window.__KIOSK_BENCH__ = {...}` line in front of it and injects it ahead of the page's own
// scripts: into the kiosk through ACCESS_KIOSK_BENCH, into Chromium as a <script> in a copy
// of ui/dist. It reports through the `bench_report` command (printed by the kiosk on
// stdout; in Chromium the shim logs it to the console). It measures:
// - ready: the first paint of the attract screen (body[data-ready] set, then the next
//   animation frame, then a task queued from it, which runs once that frame is rendered);
// - taps: from a click's event time to the paint of the screen it leads to;
// and, when asked, plays patients through the real buttons, fields and handlers (pausing
// before each patient number in `checkpoints` so the harness can measure memory).
// The kiosk loads its page afresh between patients, and this script with it: where the
// patients have got to, the taps so far and the last tap before the reload are carried over
// in sessionStorage, and the tap that ended a patient is timed to the new page's first paint.
(() => {
  "use strict";
  if (window.top !== window) return;
  const cfg = Object.assign({ sessions: 0, sessionsAfterMs: 0, checkpoints: [], pauseMs: 0, fixture: false }, window.__KIOSK_BENCH__ || {});
  const scriptAt = performance.now();
  const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
  const report = (kind, data) =>
    invoke("bench_report", { line: JSON.stringify({ kind, ...data }) }).catch(() => {});

  /** Resolves with the time once the frame showing the current DOM has been rendered. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  // Carried over from the page before the last reload (see above), if there was one.
  const STATE = "kiosk-bench";
  const saved = JSON.parse(sessionStorage.getItem(STATE) || "null");
  const play = saved || { next: 0, taps: {}, startedEpoch: 0, lastClick: null };
  const save = () => sessionStorage.setItem(STATE, JSON.stringify(play));

  let lastClick = null; // event time of the latest click not yet followed by a new screen
  addEventListener("click", (e) => {
    lastClick = e.timeStamp;
    // The click may reload the page: keep when it happened, on the clock all pages share.
    if (cfg.sessions > 0) {
      play.lastClick = { epochMs: performance.timeOrigin + e.timeStamp, from: document.body.dataset.screen };
      save();
    }
  }, { capture: true });

  const taps = play.taps; // "from>to" → [ms]
  const waiting = []; // { screen, resolve }
  let domContentLoaded = null;
  addEventListener("DOMContentLoaded", () => { domContentLoaded = performance.now(); });

  // A screen, or a part of the interest form (one per screen for the patient): "form:about".
  const screenOf = (body) =>
    body.dataset.screen && body.dataset.formPart ? `${body.dataset.screen}:${body.dataset.formPart}` : body.dataset.screen || null;

  function watch() {
    let screen = screenOf(document.body);
    let ready = false;
    new MutationObserver(() => {
      const body = document.body;
      if (!ready && body.dataset.ready === "true") {
        ready = true;
        afterPaint().then(onReady);
      }
      const now = screenOf(body);
      if (now === screen) return;
      const from = screen;
      screen = now;
      const clickAt = lastClick;
      lastClick = null;
      afterPaint().then((paintedAt) => {
        if (clickAt !== null && from !== null) {
          (taps[`${from}>${now}`] ||= []).push(paintedAt - clickAt);
        }
        for (let i = waiting.length - 1; i >= 0; i--) {
          if (waiting[i].screen === now) waiting.splice(i, 1)[0].resolve();
        }
      });
    }).observe(document.body, { attributes: true, attributeFilter: ["data-ready", "data-screen", "data-form-part"] });
  }
  document.addEventListener("readystatechange", () => {
    if (document.readyState === "interactive") watch();
  });

  async function onReady(paintedAt) {
    if (saved && play.next > 0) {
      // The tap that ended the last patient, to this page's first paint.
      if (play.lastClick) {
        const { epochMs, from } = play.lastClick;
        (taps[`${from}>${document.body.dataset.screen}`] ||= []).push(performance.timeOrigin + paintedAt - epochMs);
        play.lastClick = null;
      }
      if (play.next < cfg.sessions) {
        save();
        setTimeout(playPatients, 0);
      } else {
        sessionStorage.removeItem(STATE);
        const ms = performance.timeOrigin + performance.now() - play.startedEpoch;
        report("sessions-done", { sessions: cfg.sessions, ms, taps });
      }
      return;
    }
    report("ready", {
      epochMs: performance.timeOrigin + paintedAt,
      sinceNavigationMs: paintedAt,
      scriptMs: scriptAt,
      domContentLoadedMs: domContentLoaded,
      // Where the page's time went: the document, its files and each command (IPC) call.
      timeline: performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
        .map((e) => [e.name.replace(/^.*\//, "").slice(0, 40), Math.round(e.startTime), Math.round(e.responseEnd)]),
    });
    if (cfg.fixture) {
      const settings = await invoke("settings");
      const bundles = {};
      for (const l of settings.languages) bundles[l.tag] = await invoke("strings", { locale: l.tag });
      report("fixture", { settings, bundles });
    }
    if (cfg.sessions > 0) setTimeout(playPatients, cfg.sessionsAfterMs);
  }

  const shown = (screen) => new Promise((resolve) => waiting.push({ screen, resolve }));
  async function tap(testid, next) {
    const el = document.querySelector(`[data-testid="${testid}"]`);
    if (!el) throw new Error(`no [data-testid=${testid}] on ${document.body.dataset.screen}`);
    const painted = shown(next);
    el.click();
    await painted;
  }
  function type(testid, value) {
    const el = document.querySelector(`[data-testid="${testid}"]`);
    el.value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }

  const LANGUAGES = ["en-GB", "bn", "ur", "pl", "so"];
  const NAMES = [["Amina", "Begum"], ["রহিম", "উদ্দিন"], ["فاطمہ", "خان"], ["Joanna", "Nowak"], ["Hodan", "Abdi"]];

  /** Plays patient number `play.next`; the last tap reloads the page, and the new page's copy
   *  of this script carries on. */
  async function playPatients() {
    if (play.next === 0) {
      // The harness measures memory here too: the attract screen after its idle minutes,
      // every language shown once, just before the first patient.
      report("sessions-start", {});
      await new Promise((resolve) => setTimeout(resolve, cfg.pauseMs));
      play.startedEpoch = performance.timeOrigin + performance.now();
    }
    const i = play.next;
    if (i >= cfg.sessions) return;
    if (cfg.checkpoints.includes(i) && play.checkpoint !== i) {
      // The harness measures memory here (after the first patient in each language, every
      // font and screen has been used once; then every 100 patients).
      play.checkpoint = i;
      save();
      report(`checkpoint-${i}`, { sessions: i });
      await new Promise((resolve) => setTimeout(resolve, cfg.pauseMs));
    }
    const k = i % LANGUAGES.length;
    await tap("attract-start", "language");
    await tap(`language-${LANGUAGES[k]}`, "benefits");
    await tap("benefits-interested", "form:nhs-app");
    document.querySelector('[data-testid="nhs-app-no"]').click();
    await tap("form-next", "form:for-whom");
    await tap("form-next", "form:about");
    type("first-name", NAMES[k][0]);
    type("last-name", NAMES[k][1]);
    type("dob-day", String(1 + (i % 28)));
    type("dob-month", String(1 + (i % 12)));
    type("dob-year", String(1950 + (i % 50)));
    await tap("form-next", "form:contact");
    type("mobile", "07700 900123");
    await tap("form-next", "form:wants");
    await tap("form-next", "form:documents");
    document.querySelector('[data-testid="id-both"]').click();
    await tap("form-submit", "confirmation");
    play.next = i + 1;
    save();
    // Ends this patient: the kiosk loads its page afresh, and the new page's copy of this
    // script times this tap and goes on with the next patient (or reports the end).
    document.querySelector('[data-testid="confirm-finish"]').click();
  }
})();
