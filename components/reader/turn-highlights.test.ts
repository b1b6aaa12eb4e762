import { describe, expect, it } from 'vitest';
import type { AnnotationSummary } from '@/lib/data/annotations';
import { createTranslator } from '@/lib/i18n/translate';
import { highlightsByTurn } from './turn-highlights';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const t = createTranslator('en');

const note = (bodyText: string, name = 'Ann') =>
  ({ id: 'a1', turnIndex: 2, start: 0, end: 3, anchorStatus: 'anchored', deleted: false, isMine: false, visibility: 'public', claim: null, author: { id: 'u1', name }, bodyText }) as AnnotationSummary;

const describeNote = (bodyText: string, name?: string) => highlightsByTurn([note(bodyText, name)], t).get(2)?.[0]?.description ?? '';

describe('highlightsByTurn descriptions ("Note by …")', () => {
  it.each([
    { description: '𠮷 straddling the 80th code point', text: `${'x'.repeat(79)}𠮷𠮷 tail` },
    { description: 'an emoji straddling the cut', text: `${'y'.repeat(79)}😀😀😀` },
    { description: 'only characters outside the BMP', text: '𠮷'.repeat(120) },
  ])('never emits a lone surrogate: $description', ({ text }) => {
    const described = describeNote(text);
    expect(described).not.toMatch(LONE_SURROGATE);
    expect(described).toContain('…');
  });

  it('counts code points: 80 of 𠮷 are kept whole', () => {
    expect(describeNote('𠮷'.repeat(81))).toContain(`${'𠮷'.repeat(80)}…`);
  });

  it('isolates the author name inside the sentence', () => {
    expect(describeNote('note', '\u202Eevil')).toContain('\u2068\u202Eevil\u2069');
  });
});
