/** U+2068 FIRST STRONG ISOLATE: starts an isolate whose direction comes from its own text. */
export const FSI = '\u2068';
/** U+2069 POP DIRECTIONAL ISOLATE: ends the isolate FSI started. */
export const PDI = '\u2069';

// LRI, RLI, FSI open an isolate; PDI closes the innermost open one.
const ISOLATE_MARKS = /[\u2066-\u2069]/g;

/**
 * A user-supplied value ready to sit inside a sentence that is only text: an interface message
 * (`t('groupsRemoveName', { name: isolate(name) })`), an `aria-label`, a `title`, an `<option>`
 * or SVG text, where a `<bdi>` element cannot go. The value is wrapped in FSI … PDI, so a
 * right-to-left override (U+202E) or simply right-to-left letters in it cannot reorder the
 * words around it: the Unicode bidi algorithm closes every embedding and override the value
 * opens at its PDI. Isolate marks inside the value are balanced first (a stray PDI dropped,
 * an unclosed isolate closed), so the value cannot end our isolate early or keep it open.
 */
export function isolate(text: string): string {
  let open = 0;
  const balanced = text.replace(ISOLATE_MARKS, (mark) => {
    if (mark !== PDI) {
      open += 1;
      return mark;
    }
    if (open === 0) return '';
    open -= 1;
    return mark;
  });
  return `${FSI}${balanced}${PDI.repeat(open)}${PDI}`;
}
