// The patient's language: switching the page to it (words, direction, Listen) and the
// buttons that offer the practice's languages.

import { kiosk } from "../shared/state.js";
import { t, loadBundle, localise } from "../shared/l10n.js";
import { relabelKeyboard } from "../shared/keyboard/keyboard.js";
import { updateListen } from "./listen.js";
import { renderCountdown } from "./idle.js";

export async function setLocale(tag) {
  const bundle = await loadBundle(tag);
  kiosk.locale = tag;
  // Direction comes from the locale, never from the text.
  document.documentElement.lang = bundle.locale;
  document.documentElement.dir = bundle.dir;
  document.title = t("app-title");
  localise(document);
  relabelKeyboard();
  updateListen();
  if (!document.getElementById("idle-dialog").hidden) renderCountdown();
}

export function fillLanguages(container, action) {
  container.replaceChildren(
    ...kiosk.settings.languages.map((lang) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "nhsuk-button nhsuk-button--secondary kiosk-language";
      b.lang = lang.tag;
      b.dir = lang.dir;
      b.textContent = lang.native_name;
      b.dataset.action = action;
      b.dataset.tag = lang.tag;
      b.dataset.testid = `language-${lang.tag}`;
      if (lang.tag === kiosk.locale) b.setAttribute("aria-current", "true");
      return b;
    }),
  );
}
