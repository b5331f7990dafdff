// How staff screens write a patient's language and date of birth.

import { kiosk } from "../shared/state.js";

export function languageName(tag) {
  const l = kiosk.settings.languages.find((x) => x.tag === tag);
  return l ? l.native_name : tag;
}

export function formatDob(iso) {
  const [y, m, d] = (iso || "").split("-");
  return y ? `${d}/${m}/${y}` : "";
}
