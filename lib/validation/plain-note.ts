/**
 * A free-text note as stored: control characters removed (tab and newline kept: they are
 * the note's layout; the others are invisible, and U+0000 cannot be stored), trimmed, and
 * empty → null. Length limits stay with each caller's schema and message.
 */
export function cleanPlainNote(note: string | null | undefined): string | null {
  return note?.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim() || null;
}
