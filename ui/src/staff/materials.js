// The materials tab: posters and the leaflet printed in the practice's languages, and the
// prescription messages to copy into the clinical system.

import { kiosk } from "../shared/state.js";
import { invoke } from "../shared/tauri.js";
import { h, button, notice } from "../shared/dom.js";
import { printHtml } from "../shared/printing.js";
import { STAFF_LOCALE, s, sf } from "./session.js";

/** Posters, the leaflet and the prescription messages, from the kiosk's own words. */
export async function materialsTab(body) {
  const language = h("select", { class: "nhsuk-select", id: "poster-language", testid: "poster-language" },
    kiosk.settings.languages.map((l) => h("option", { value: l.tag, lang: l.tag, text: l.native_name })));
  const result = h("div", {}, notice("materials-error"),
    h("p", { class: "kiosk-saved", role: "status", testid: "materials-printed", text: s("materials-printed"), hidden: true }));
  const printMaterial = async (what, html) => {
    result.querySelector("[data-testid=materials-printed]").hidden = true;
    result.querySelector("[data-testid=materials-error]").hidden = true;
    try {
      await printHtml(what, html, "a4");
      result.querySelector("[data-testid=materials-printed]").hidden = false;
    } catch (err) {
      const p = result.querySelector("[data-testid=materials-error]");
      p.textContent = `${s("error-code-print-failed")} ${err && err.detail ? s(`error-print-${err.detail}`) : ""}`;
      p.hidden = false;
    }
  };
  const m = await invoke("materials", { posterLocale: STAFF_LOCALE });
  const rows = await Promise.all(m.prescriptionMessages.map(async (msg) => {
    const lang = kiosk.settings.languages.find((l) => l.tag === msg.tag);
    const text = h("textarea", {
      class: "nhsuk-textarea kiosk-rx", readonly: true, rows: 3, autocomplete: "off", lang: msg.tag, dir: lang ? lang.dir : "auto",
      testid: `rx-${msg.tag}`, "aria-label": lang ? lang.native_name : msg.tag,
    });
    text.value = msg.text;
    return h("tr", {},
      h("td", { lang: msg.tag, text: lang ? lang.native_name : msg.tag }),
      h("td", {}, text),
      h("td", { testid: `rx-count-${msg.tag}`, class: msg.withinLimit ? null : "nhsuk-error-message",
        text: msg.withinLimit
          ? await sf("materials-rx-count", { chars: msg.chars, limit: m.prescriptionMessageLimit })
          : s("materials-rx-too-long") }),
      h("td", {}, button(s("materials-copy"), `rx-copy-${msg.tag}`, () => {
        text.select();
        document.execCommand("copy");
      }, true)));
  }));
  body.append(
    h("h2", { text: s("materials-poster") }),
    h("div", { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: "poster-language", text: s("materials-poster-language") }), language),
    button(s("materials-print-poster"), "print-poster", async () => {
      const chosen = await invoke("materials", { posterLocale: language.value });
      await printMaterial(`poster-${language.value}`, chosen.posterHtml);
    }, true),
    h("h2", { text: s("materials-leaflet") }),
    button(s("materials-print-leaflet"), "print-leaflet", () => printMaterial("leaflet", m.leafletHtml), true),
    result,
    h("h2", { text: s("materials-rx-title") }),
    h("p", { class: "nhsuk-hint", text: await sf("materials-rx-hint", { limit: m.prescriptionMessageLimit }) }),
    h("table", { class: "nhsuk-table" }, h("tbody", {}, rows)));
}
