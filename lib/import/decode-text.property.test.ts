// decodeText on random bytes (fast-check, bounded runs): it never throws, and whatever it
// returns as text holds no NUL and parses or is refused without throwing either.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '@/lib/transcript';
import { decodeText } from './decode-text';

describe('decodeText on random bytes', () => {
  it.each([
    { description: 'any bytes', bytes: fc.uint8Array({ maxLength: 3000 }) },
    { description: 'bytes behind a UTF-16 BOM', bytes: fc.uint8Array({ maxLength: 3000 }).map((b) => new Uint8Array([0xff, 0xfe, ...b])) },
    { description: 'high bytes (GBK-like)', bytes: fc.uint8Array({ minLength: 1, maxLength: 3000 }).map((b) => b.map((x) => x | 0x80)) },
  ])('$description: never throws, never returns a NUL', ({ bytes }) => {
    fc.assert(
      fc.property(bytes, fc.constantFrom(undefined, 'upload.html', 'upload.txt'), (input, fileName) => {
        const decoded = decodeText(input, { fileName });
        if (!decoded.ok) return;
        expect(decoded.value.text.includes('\u0000')).toBe(false);
        parseTranscript(decoded.value.text);
      }),
      { numRuns: 150 },
    );
  });
});
