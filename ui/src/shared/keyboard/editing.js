// Putting a key's text into a field, and taking the last character out, as typing would:
// at the caret (over any selection), within maxlength, followed by an `input` event that
// bubbles, so everything that listens to typing (the idle clock, the staff session clock,
// the form's own listeners) sees on-screen keys exactly as it sees a physical keyboard.
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
  const { start, end } = selection(field) || { start: value.length, end: value.length };
  const max = field.maxLength;
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
  place(field, value.slice(0, start) + value.slice(end), start);
  announce(field, "deleteContentBackward");
  return true;
}

/** What the field holds before its caret (to decide on capitals). */
export function textBeforeCaret(field) {
  const s = selection(field);
  return s ? field.value.slice(0, s.start) : field.value;
}
