import { describe, expect, it } from 'vitest';
import { FSI, PDI, isolate } from './isolate';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';

describe('isolate', () => {
  it.each([
    { description: 'plain text wrapped in FSI … PDI', text: 'Alice', expected: `${FSI}Alice${PDI}` },
    { description: 'empty text', text: '', expected: `${FSI}${PDI}` },
    { description: 'a right-to-left override stays inside (its PDI closes it)', text: `${RLO}evil`, expected: `${FSI}${RLO}evil${PDI}` },
    { description: 'override and its PDF kept as written', text: `a${RLO}b${PDF}c`, expected: `${FSI}a${RLO}b${PDF}c${PDI}` },
    { description: 'a stray PDI cannot close our isolate early', text: `${PDI}${RLO}evil`, expected: `${FSI}${RLO}evil${PDI}` },
    { description: 'an unclosed isolate is closed before ours', text: `${RLI}evil`, expected: `${FSI}${RLI}evil${PDI}${PDI}` },
    { description: 'balanced isolates kept', text: `a${RLI}b${PDI}c`, expected: `${FSI}a${RLI}b${PDI}c${PDI}` },
    { description: 'Hebrew or Arabic text isolated as is', text: 'שלום', expected: `${FSI}שלום${PDI}` },
  ])('$description', ({ text, expected }) => {
    expect(isolate(text)).toBe(expected);
  });

  it('leaves the isolate marks balanced whatever the input', () => {
    for (const text of [`${PDI}${PDI}${RLI}`, `${RLI}${RLI}x${PDI}`, `${FSI}${PDI}${PDI}${FSI}`]) {
      let depth = 0;
      for (const ch of isolate(text)) {
        if (ch === PDI) depth -= 1;
        else if ('\u2066\u2067\u2068'.includes(ch)) depth += 1;
        expect(depth, JSON.stringify(text)).toBeGreaterThanOrEqual(0);
      }
      expect(depth, JSON.stringify(text)).toBe(0);
    }
  });
});
