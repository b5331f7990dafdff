// The measurement script for tools/bench (src-tauri/benches/process.py). The harness puts a
// `window.__KIOSK_BENCH__ = {...}` line in front of it and injects it ahead of the page's own
// scripts: into the kiosk through ACCESS_KIOSK_BENCH, into Chromium as a <script> in a copy
// of ui/dist. It reports through the `bench_report` command (printed by the kiosk on
// stdout; in Chromium the shim logs it to the console). It measures:
// - ready: the first paint of the attract screen (body[data-ready] set, then the next
//   animation frame, then a task queued from it, which runs once that frame is rendered);
// - taps: from a click's event time to the paint of the screen it leads to;
// - key taps: the form is typed key by key on the page's own on-screen keyboard, each key
//   touched as a finger does (pointerdown, mousedown, pointerup, mouseup, click) and timed
//   from the touch to the paint of the frame that shows its character ("char"), or the
//   other keys a shift or layer key shows ("switch"); and from the tap on a field to the
//   paint of its keyboard ("open");
// and, when asked, plays patients through the real buttons, fields, keys and handlers
// (pausing before each patient number in `checkpoints` so the harness can measure memory).
// The kiosk draws the attract screen and then loads its page afresh between patients, and
// this script with it: where the patients have got to, the taps so far and the last tap
// before the reload are carried over in sessionStorage; the tap that ended a patient is timed
// to the attract screen painted (a screen change) and to the fresh page's first paint
// ("confirmation>fresh page").
(() => {
  "use strict";
  if (window.top !== window) return;
  const cfg = Object.assign({ sessions: 0, sessionsAfterMs: 0, checkpoints: [], pauseMs: 0, fixture: false,
    keyPauseMs: 0, screenPauseMs: 0 }, window.__KIOSK_BENCH__ || {});
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
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
  const play = saved || { next: 0, taps: {}, tapParts: {}, keys: { char: [], switch: [], open: [] }, reloads: [], startedEpoch: 0 };
  play.tapParts ||= {};
  const save = () => sessionStorage.setItem(STATE, JSON.stringify(play));

  let lastClick = null; // event time of the latest click not yet followed by a new screen
  const LAST_CLICK = "kiosk-bench-last-click";
  addEventListener("click", (e) => {
    lastClick = e.timeStamp;
    // The click may lead to a fresh page: keep when it happened, on the clock all pages
    // share (a small item of its own, so timing a tap costs the tap next to nothing).
    if (cfg.sessions > 0 && !e.target.closest("[data-testid=keyboard]")) {
      sessionStorage.setItem(LAST_CLICK, JSON.stringify({ epochMs: performance.timeOrigin + e.timeStamp, from: document.body.dataset.screen }));
    }
  }, { capture: true });

  const taps = play.taps; // "from>to" → [ms]
  const waiting = []; // { screen, resolve }
  let domContentLoaded = null;
  let readyAt = null;
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
        readyAt = performance.now();
        afterPaint().then(onReady);
      }
      const now = screenOf(body);
      if (now === screen) return;
      const from = screen;
      screen = now;
      const clickAt = lastClick;
      lastClick = null;
      const changedAt = performance.now();
      frameTimes().then(([frameAt, paintedAt]) => {
        if (clickAt !== null && from !== null) {
          (taps[`${from}>${now}`] ||= []).push(paintedAt - clickAt);
          // Where it went: the handlers up to the new screen in the DOM (commands included),
          // then waiting for the frame, then rendering it.
          (play.tapParts[`${from}>${now}`] ||= []).push([changedAt - clickAt, frameAt - changedAt, paintedAt - frameAt]);
          if (now === "attract") save(); // the end of a patient: the page is replaced next
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
    if (cfg.setupCode) {
      // The harness sets the kiosk up first (a kiosk not set up takes no patient), as its
      // installer would: the first administrator, made with the set-up code, who logs out.
      const settings = await invoke("settings");
      if (!settings.setUp) {
        const admin = await invoke("create_first_admin", { setupCode: cfg.setupCode, name: "Bench Admin", pin: "402917" });
        await invoke("log_out", { token: admin.token });
      }
      report("set-up", {});
      return;
    }
    if (saved && play.next > 0) {
      // The tap that ended the last patient drew the attract screen in the old page (timed
      // there as a screen change); this is the time to the fresh page that replaced it.
      const last = JSON.parse(sessionStorage.getItem(LAST_CLICK) || "null");
      sessionStorage.removeItem(LAST_CLICK);
      if (last) {
        (taps[`${last.from}>fresh page`] ||= []).push(performance.timeOrigin + paintedAt - last.epochMs);
      }
      // Where a fresh page's time goes: from the tap that asked for it (-> its navigation
      // start) to the document, DOMContentLoaded, each file and command, and the paint.
      if (play.reloads.length < 30) {
        const nav = performance.getEntriesByType("navigation")[0] || {};
        play.reloads.push({
          tapToNavigation: last ? performance.timeOrigin - last.epochMs : null,
          responseEnd: nav.responseEnd, domInteractive: nav.domInteractive,
          domContentLoaded: nav.domContentLoadedEventEnd, ready: readyAt, painted: paintedAt,
          files: performance.getEntriesByType("resource")
            .map((e) => [e.name.replace(/^.*\//, "").slice(0, 40), Math.round(e.startTime), Math.round(e.responseEnd)]),
        });
      }
      if (play.next < cfg.sessions) {
        save();
        setTimeout(playOrSay, 0);
      } else {
        sessionStorage.removeItem(STATE);
        const ms = performance.timeOrigin + performance.now() - play.startedEpoch;
        report("sessions-done", { sessions: cfg.sessions, ms, taps, tapParts: play.tapParts, keys: play.keys, reloads: play.reloads, stalls: play.stalls || [] });
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
    if (cfg.sessions > 0) setTimeout(playOrSay, cfg.sessionsAfterMs);
  }

  const shown = (screen) => new Promise((resolve) => waiting.push({ screen, resolve }));
  async function tap(testid, next) {
    await sleep(cfg.screenPauseMs); // a person reads the screen before touching it
    const el = document.querySelector(`[data-testid="${testid}"]`);
    if (!el) throw new Error(`no [data-testid=${testid}] on ${document.body.dataset.screen}`);
    const painted = shown(next);
    el.click();
    // A screen that has not come in 10 s will not: say what the page shows instead.
    let late;
    const stalled = new Promise((_, reject) => {
      late = setTimeout(() => {
        const problem = [...document.querySelectorAll("[data-testid=error-summary], [data-testid=problem]")]
          .filter((p) => !p.hidden).map((p) => p.textContent.replace(/\s+/g, " ").trim()).join(" | ");
        reject(new Error(`${testid} did not lead to ${next} (${screenOf(document.body)} shows: ${problem || "no problem"})`));
      }, 10_000);
    });
    try {
      await Promise.race([painted, stalled]);
    } finally {
      clearTimeout(late);
    }
  }
  // ---- typing on the on-screen keyboard ----
  // Which keys to tap comes from the layouts the page loads (ui/src/keyboards, see its
  // README): the keyboard shows one layer of one layout (data-layout, data-layer); a search
  // over the layers finds the taps that reach the next character (tests/support/keys.rs
  // does the same for the end-to-end tests).
  let layouts = null;
  const keyboard = () => document.querySelector("[data-testid=keyboard]");
  const tokens = (row) => row.split(" ").map((t) => {
    const m = /^\{([a-z]+)(?::([a-z0-9-]+))?\}$/.exec(t);
    return m ? { action: m[1], to: m[2] } : { text: t };
  });

  function keysOf(layoutId, layerName, bar) {
    const layout = layouts[layoutId];
    const layer = layout.layers[layerName];
    const rows = [...layer.rows];
    const own = (layout.language_rows || {})[document.documentElement.lang];
    if (own && own[layerName]) rows.push(own[layerName]);
    const texts = [];
    const moves = [];
    for (const key of rows.flatMap(tokens)) {
      if (key.text !== undefined) texts.push([key.text, `key-${key.text}`]);
      else if (key.action === "space") texts.push([" ", "key-space"]);
      else if (key.action === "shift") moves.push(["key-shift", layoutId, layer.shift]);
      else if (key.action === "layer") moves.push([`key-layer-${key.to}`, layoutId, key.to]);
      else if (key.action === "letters") moves.push(["key-letters", "latin", layouts.latin.modes.text]);
    }
    for (const id of bar) if (id !== layoutId) moves.push([`key-layout-${id}`, id, layouts[id].modes.text]);
    return { texts, moves };
  }

  /** The taps (key test ids) that type the start of `rest`, and how much of it they type. */
  function plan(rest) {
    const k = keyboard();
    const bar = [...k.querySelectorAll("[data-action=layout]")].map((b) => b.dataset.to);
    const queue = [[k.dataset.layout, k.dataset.layer, []]];
    const seen = new Set([`${k.dataset.layout}/${k.dataset.layer}`]);
    while (queue.length) {
      const [layoutId, layerName, path] = queue.shift();
      const { texts, moves } = keysOf(layoutId, layerName, bar);
      const hit = texts.filter(([t]) => rest.startsWith(t)).sort((a, b) => b[0].length - a[0].length)[0];
      if (hit) return { taps: [...path, hit[1]], used: hit[0].length };
      for (const [id, l, ly] of moves) {
        if (!seen.has(`${l}/${ly}`)) {
          seen.add(`${l}/${ly}`);
          queue.push([l, ly, [...path, id]]);
        }
      }
    }
    throw new Error(`no key types ${JSON.stringify(rest[0])}`);
  }

  /** Resolves with [the frame's start (its animation frame callback), the time once it is
   *  rendered], as afterPaint does. */
  const frameTimes = () =>
    new Promise((resolve) =>
      requestAnimationFrame((frameAt) => {
        const start = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve([start, performance.now(), frameAt]);
        channel.port2.postMessage(0);
      }),
    );

  /** A finger on a key: the events a touch gives, then the time to the painted result; where
   *  the time went goes to play.keys.parts (handlers, waiting for the frame, rendering it). */
  async function touch(el) {
    const at = performance.now();
    const opts = { bubbles: true, cancelable: true, composed: true, pointerType: "touch", isPrimary: true };
    el.dispatchEvent(new PointerEvent("pointerdown", opts));
    el.dispatchEvent(new MouseEvent("mousedown", opts));
    el.dispatchEvent(new PointerEvent("pointerup", opts));
    el.dispatchEvent(new MouseEvent("mouseup", opts));
    el.click();
    const handled = performance.now();
    const [frame, painted] = await frameTimes();
    (play.keys.parts ||= []).push([handled - at, frame - handled, painted - frame]);
    return painted - at;
  }

  async function typeOnKeys(testid, value) {
    if (!layouts) {
      layouts = Object.fromEntries((await (await fetch("keyboards/layouts.json")).json()).map((l) => [l.id, l]));
    }
    const field = document.querySelector(`[data-testid="${testid}"]`);
    const at = performance.now();
    field.focus(); // what the touch on a field does; the keyboard opens on focus
    // Timed to the paint of the keyboard for this field, however many frames that takes.
    for (let frames = 0; ; frames++) {
      const k = keyboard();
      if (k && !k.hidden && layouts[k.dataset.layout]) break;
      if (frames > 300) throw new Error(`no keyboard for ${testid} after 300 frames`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    play.keys.open.push((await afterPaint()) - at);
    let rest = value;
    while (rest) {
      const { taps, used } = plan(rest);
      for (let i = 0; i < taps.length; i++) {
        await sleep(cfg.keyPauseMs); // the time between two taps of a quick typist
        const key = keyboard().querySelector(`[data-testid="${CSS.escape(taps[i])}"]`);
        if (!key) throw new Error(`no key ${taps[i]} on the keyboard`);
        play.keys[i === taps.length - 1 ? "char" : "switch"].push(await touch(key));
      }
      rest = rest.slice(used);
    }
    if (field.value !== value) throw new Error(`${testid}: typed ${JSON.stringify(field.value)}, not ${JSON.stringify(value)}`);
  }

  const LANGUAGES = ["en-GB", "bn", "ur", "pl", "so"];
  const NAMES = [["Amina", "Begum"], ["রহিম", "উদ্দিন"], ["فاطمہ", "خان"], ["Łucja", "Żółkowska"], ["Hodan", "Abdi"]];

  /** A patient the script could not finish (a key that did not type, a screen that did not
   *  come) is said, with where it stopped; the kiosk's inactivity reset then brings a fresh
   *  page, which plays that patient again. */
  async function playOrSay() {
    try {
      await playPatients();
    } catch (err) {
      (play.stalls ||= []).push({ patient: play.next, screen: screenOf(document.body), error: String(err && err.message || err) });
      save();
    }
  }

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
    await typeOnKeys("first-name", NAMES[k][0]);
    await typeOnKeys("last-name", NAMES[k][1]);
    await typeOnKeys("dob-day", String(1 + (i % 28)));
    await typeOnKeys("dob-month", String(1 + (i % 12)));
    await typeOnKeys("dob-year", String(1950 + (i % 50)));
    await tap("form-next", "form:contact");
    await typeOnKeys("mobile", "07700 900123");
    await tap("form-next", "form:wants");
    await tap("form-next", "form:documents");
    document.querySelector('[data-testid="id-both"]').click();
    await tap("form-submit", "confirmation");
    play.next = i + 1;
    save();
    await sleep(cfg.screenPauseMs);
    // Ends this patient: the kiosk loads its page afresh, and the new page's copy of this
    // script times this tap and goes on with the next patient (or reports the end).
    document.querySelector('[data-testid="confirm-finish"]').click();
  }
})();
