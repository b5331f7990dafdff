// Building the page: the <main> element screens go in, and small builders for elements in
// the NHS design system's markup (buttons, checkboxes, radios, inputs, summary rows, selects).

/** The <main> element the current screen is in. */
export const main = () => document.getElementById("screen");

/** Shows the top of the page (it scrolls in .kiosk-page, above the on-screen keyboard). */
export function scrollPageToTop() {
  const page = main().parentElement;
  if (page) page.scrollTop = 0;
  window.scrollTo(0, 0);
}

/** Builds an element: h("button", { text, testid, onclick }, ...children). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === "text") el.textContent = v;
    else if (k === "testid") el.dataset.testid = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

export function button(text, testid, onclick, secondary = false) {
  return h("button", {
    type: "button",
    class: secondary ? "nhsuk-button nhsuk-button--secondary" : "nhsuk-button",
    text, testid, onclick,
  });
}

export function checkbox(id, label, testid, checked = false) {
  return h("div", { class: "nhsuk-checkboxes__item" },
    h("input", { class: "nhsuk-checkboxes__input", id, type: "checkbox", testid, checked }),
    h("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: id }, ...[label].flat()));
}

export function radio(name, value, label, testid, checked = false) {
  const id = `${name}-${value}`;
  return h("div", { class: "nhsuk-radios__item" },
    h("input", { class: "nhsuk-radios__input", id, name, value, type: "radio", testid, checked }),
    h("label", { class: "nhsuk-label nhsuk-radios__label", for: id, text: label }));
}

export function textInput(id, label, testid, attrs = {}) {
  return h("div", { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id, text: label }),
    h("input", { class: "nhsuk-input", id, type: "text", testid, autocomplete: "off", ...attrs }));
}

/** A message line the staff face uses for errors and confirmations. */
export function notice(testid = "staff-error") {
  return h("p", { class: "nhsuk-error-message", role: "alert", testid, hidden: true });
}

/** One row of an NHS summary list: `key` and its `value`. */
export function summaryRow(key, value) {
  return h("div", { class: "nhsuk-summary-list__row" },
    h("dt", { class: "nhsuk-summary-list__key", text: key }),
    h("dd", { class: "nhsuk-summary-list__value", dir: "auto", text: value }));
}

/** A <select> of `[value, text]` options, with `chosen` selected. */
export function select(id, testid, options, chosen) {
  return h("select", { class: "nhsuk-select", id, testid },
    options.map(([value, text]) => h("option", { value, text, selected: value === chosen })));
}

/** A control with its label above it, as the report controls and the pack chooser lay out. */
export function labelled(id, label, control) {
  return h("div", { class: "nhsuk-form-group kiosk-report-field" },
    h("label", { class: "nhsuk-label", for: id, text: label }), control);
}
