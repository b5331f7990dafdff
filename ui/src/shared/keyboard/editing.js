// Putting a key's text into a field, and taking the last character out, as typing does: at
// the caret (over any selection), within maxlength, with the `beforeinput` and `input`
// events typing gives, so everything that listens to typing (the idle clock, the staff
// session clock, the form's own listeners) sees on-screen keys exactly as it sees a physical
// keyboard.
//
// Typing uses the browser's own editing command (execCommand "insertText" on the focused
// field): it is what a physical key press runs, so maxlength, the caret, undo and the events
// come out the same. It is also cheaper to draw: WebKitGTK repaints only the field after it,
// but the whole window after a script sets `value` on a focused field (4 MB of pixels at
// 1280×800; see README, Benchmarks). Setting `value` remains the fallback where the command
// does nothing (the field lost the caret), and is how Backspace deletes (below).
//
// Text is inserted as given, code point by code point, in the order the keys were tapped:
// a Bengali vowel sign or hasanta typed after its consonant stays after it (logical order),
// so what the patient typed is what is stored.

/** The caret, or `null` where a field has none to ask for (type=email, type=number). */
function selection(field) {
  try {
    const { selectionStart: start, selectionEnd: end } = field;
    return start === null || end === null ? null : { start, end };
  } catch {
    return null;
  }
}

/** Whether the browser's editing commands will act on `field`: it has the focus. */
function editable(field) {
  return document.activeElement === field && typeof document.execCommand === "function";
}

function place(field, value, caret) {
  field.value = value;
  try {
    field.setSelectionRange(caret, caret);
  } catch {
    // Fields without a caret (type=email) always edit at the end.
  }
}

function announce(field, inputType, data = null) {
  field.dispatchEvent(new InputEvent("input", { bubbles: true, inputType, data }));
}

/** Types `text` into `field`. Returns false (and changes nothing) if maxlength is reached. */
export function insertText(field, text) {
  const value = field.value;
  const max = field.maxLength;
  // The command keeps to maxlength itself; asking for the caret first would make WebKit lay
  // the page out once more in the key's handler, so it is only asked for when the command
  // did nothing.
  if (editable(field) && document.execCommand("insertText", false, text) && field.value !== value) {
    return true;
  }
  const { start, end } = selection(field) || { start: value.length, end: value.length };
  if (max >= 0 && value.length - (end - start) + text.length > max) return false;
  place(field, value.slice(0, start) + text + value.slice(end), start + text.length);
  announce(field, "insertText", text);
  return true;
}

/**
 * Removes the selection, or else the one character before the caret: one code point, so a
 * wrong Bengali vowel sign goes and its consonant stays.
 */
export function deleteBackward(field) {
  const value = field.value;
  let { start, end } = selection(field) || { start: value.length, end: value.length };
  if (start === end) {
    if (start === 0) return false;
    const last = value.codePointAt(start - 2);
    start -= start >= 2 && last > 0xffff ? 2 : 1; // a character outside the BMP is two units
  }
  // The browser's own delete takes a whole Bengali cluster (হি) at once; this takes exactly
  // the code points chosen, so a wrong vowel sign can be put right alone.
  place(field, value.slice(0, start) + value.slice(end), start);
  announce(field, "deleteContentBackward");
  return true;
}

/**
 * What the field holds before its caret, to decide on capitals after a key. The caret is
 * taken to be at the end, where typing on the keys leaves it: asking WebKit where it is
 * costs a layout in every key's handler, and a wrong guess only means one tap on Shift.
 */
export function textBeforeCaret(field) {
  return field.value;
}
