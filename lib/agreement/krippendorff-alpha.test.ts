import { describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal } from './krippendorff-alpha';

const _ = null;

describe('krippendorffAlphaNominal', () => {
  it("reproduces Krippendorff's 4-coder nominal example with missing values (α = 0.743)", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 12 units,
    // coders A–D as rows; transposed here to one row per unit.
    const coders = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const units = coders[0]!.map((_, u) => coders.map((row) => row[u]));
    const result = krippendorffAlphaNominal(units);
    expect(result.alpha).toBeCloseTo(0.743, 3);
    expect(result).toMatchObject({ units: 11, values: 40 }); // unit 12 has one value: not pairable
  });

  it("reproduces Krippendorff's two-coder binary example (α = 0.095)", () => {
    // Krippendorff (2011), example A: two observers, ten units, no missing values.
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const result = krippendorffAlphaNominal(a.map((value, u) => [value, b[u]]));
    expect(result.alpha).toBeCloseTo(0.095, 3);
    expect(result).toMatchObject({ units: 10, values: 20 });
  });

  const edgeCases: { description: string; units: (string | null)[][]; alpha: number | null; units_: number; values: number }[] = [
    { description: 'no units at all', units: [], alpha: null, units_: 0, values: 0 },
    { description: 'only single-coder units: nothing to pair', units: [['a', null], [null, 'b']], alpha: null, units_: 0, values: 0 },
    { description: 'perfect agreement over several categories', units: [['a', 'a'], ['b', 'b', 'b'], ['c', null, 'c']], alpha: 1, units_: 3, values: 7 },
    { description: 'perfect agreement on one category only', units: [['a', 'a'], ['a', 'a']], alpha: 1, units_: 2, values: 4 },
    { description: 'systematic disagreement is below zero', units: [['a', 'b'], ['b', 'a']], alpha: -0.5, units_: 2, values: 4 },
  ];
  it.each(edgeCases)('$description', ({ units, alpha, units_, values }) => {
    const result = krippendorffAlphaNominal(units);
    if (alpha === null) expect(result.alpha).toBeNull();
    else expect(result.alpha).toBeCloseTo(alpha, 10);
    expect(result).toMatchObject({ units: units_, values });
  });
});
