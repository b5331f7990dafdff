// Printing: slips (laid out by Rust and sent to the printer with no dialog) and pages made by
// Rust (posters, leaflets) printed through the page's print area.

import { invoke } from "./tauri.js";

/** Waits until the page has painted what was just put in it. */
function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Prints the slip for `reference` with no dialog. Rust lays it out and sends it to the
 * printer; registration details go from the form into that print and nowhere else.
 */
export async function printSlip(reference, withName = false, linkage = null) {
  delete document.body.dataset.lastPrint;
  try {
    await invoke("print_slip", { reference, withName, linkage });
    document.body.dataset.lastPrint = "done";
  } catch (err) {
    document.body.dataset.lastPrint = "failed";
    throw err;
  }
}

/** Prints `html` (made by Rust) through the print area; `what` names the job and the record. */
export async function printHtml(what, html, layout) {
  const area = document.getElementById("print-area");
  const title = document.title;
  delete document.body.dataset.lastPrint;
  try {
    area.innerHTML = html;
    document.title = `slip-${what}`; // the print job's name
    document.body.dataset.printing = "true";
    await nextPaint();
    await invoke("print_page", { reference: what, layout });
    document.body.dataset.lastPrint = "done";
  } catch (err) {
    document.body.dataset.lastPrint = "failed";
    throw err;
  } finally {
    area.replaceChildren();
    delete document.body.dataset.printing;
    document.title = title;
  }
}
