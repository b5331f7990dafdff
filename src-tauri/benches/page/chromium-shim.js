// Stands in for the kiosk's Rust side when tools/bench opens ui/dist in Chromium (the anchor
// of issue 8): the same settings and translations the kiosk served (captured from it in the
// same run, in window.__KIOSK_FIXTURE__), so the same attract screen is drawn the same way.
// `bench_report` lines go to the console, which Chromium logs on stderr.
(() => {
  "use strict";
  const fixture = window.__KIOSK_FIXTURE__;
  const answers = {
    settings: () => fixture.settings,
    strings: ({ locale }) => fixture.bundles[locale] || fixture.bundles["en-GB"],
    format_message: () => "",
    audio_clip: () => new ArrayBuffer(0),
    // The bench's patients are adults asking for themselves: the path the kiosk would give.
    check_interest: () => ({ path: "adult", errors: [] }),
    submit_interest: () => ({
      reference: "ACDEFG",
      qrSvg: fixture.settings.ownPhoneQrSvg,
      registrationUrl: "https://example.org/",
      path: "adult",
      verifiedInNhsApp: false,
      recordInAppNow: false,
      olderRecordAsked: false,
    }),
    bench_report: ({ line }) => console.log(`KIOSK_BENCH ${line}`),
  };
  window.__TAURI__ = {
    core: {
      invoke: async (cmd, args) => {
        if (!answers[cmd]) throw { code: "unknown", message: `no ${cmd} in the Chromium shim` };
        return answers[cmd](args || {});
      },
    },
  };
})();
