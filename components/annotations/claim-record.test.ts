import { describe, expect, it } from 'vitest';
import type { EvidenceView } from '@/lib/data/annotations';
import { isolate } from '@/lib/format/isolate';
import { evidenceOptionLabel } from './claim-record';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const chronicleEvidence = (text: string) =>
  ({ id: 'e1', kind: 'chronicle_entry', url: null, newsParagraph: null, chronicleEntry: { id: 'c1', date: null, text } }) as unknown as EvidenceView;

describe('evidenceOptionLabel', () => {
  it.each([
    { description: '𠮷 across the 60th code point', text: `${'a'.repeat(59)}𠮷𠮷𠮷` },
    { description: 'an emoji across the cut', text: `${'b'.repeat(59)}👍👍` },
  ])('cuts between characters: $description', ({ text }) => {
    const label = evidenceOptionLabel(chronicleEvidence(text));
    expect(label).not.toMatch(LONE_SURROGATE);
    expect(label).toContain('…');
  });

  it('keeps 60 code points, isolated for its <option>', () => {
    expect(evidenceOptionLabel(chronicleEvidence('𠮷'.repeat(61)))).toBe(isolate(`${'𠮷'.repeat(60)}…`));
  });
});
