import { describe, expect, it } from 'vitest';
import { cleanPlainNote } from './plain-note';

describe('cleanPlainNote', () => {
  it.each([
    ['keeps tab and newline inside the note', 'a\tb\nc', 'a\tb\nc'],
    ['drops NUL, other C0 controls and DEL', 'a\u0000b\u0007c\u001bd\u007fe', 'abcde'],
    ['trims surrounding white space', '  note \n', 'note'],
    ['turns an empty note into null', ' \u0000 ', null],
    ['turns a missing note into null', undefined, null],
  ])('%s', (_label, input, expected) => {
    expect(cleanPlainNote(input)).toBe(expected);
  });
});
