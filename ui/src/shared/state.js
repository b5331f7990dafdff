// What the page knows while it runs, shared by both faces: the practice's settings, the
// wording, the screen shown, what the patient typed, the timers. It all goes when the page is
// loaded afresh for the next patient.

/** The language the wording is written in, and the fallback for any missing text. */
export const SOURCE_LOCALE = "en-GB";

export const kiosk = {
  settings: null,
  locale: SOURCE_LOCALE,
  bundles: new Map(), // tag → { locale, dir, strings }
  screen: null,
  form: null, // what the patient typed, kept while they move between screens
  trail: [], // the parts of the form the patient came through, for "Back"
  confirmation: null,
  timers: { idle: 0, countdown: 0, attract: 0 },
  countdownLeft: 0,
  submitting: false,
  audio: null, // the recording playing now, if any
};
