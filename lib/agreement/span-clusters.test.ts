import { describe, expect, it } from 'vitest';
import { bestMatchingSpan, clusterSpans } from './span-clusters';
import { isSameSpan, spanOverlap } from './span-overlap';

const span = (start: number, end: number, turnIndex = 1, id = `${turnIndex}:${start}-${end}`) => ({ id, turnIndex, start, end });

describe('the same-span rule (intersection ≥ half the union)', () => {
  const rows: { description: string; a: ReturnType<typeof span>; b: ReturnType<typeof span>; overlap: number; same: boolean }[] = [
    { description: 'identical spans', a: span(0, 10), b: span(0, 10), overlap: 1, same: true },
    { description: 'one character shorter at the start', a: span(0, 10), b: span(2, 10), overlap: 0.8, same: true },
    { description: 'exactly half: counts', a: span(0, 10), b: span(0, 5), overlap: 0.5, same: true },
    { description: 'shifted by half: a third', a: span(0, 10), b: span(5, 15), overlap: 5 / 15, same: false },
    { description: 'a phrase inside a long sentence', a: span(0, 40), b: span(10, 20), overlap: 0.25, same: false },
    { description: 'touching spans share nothing', a: span(0, 10), b: span(10, 20), overlap: 0, same: false },
    { description: 'same offsets on another turn', a: span(0, 10, 1), b: span(0, 10, 2), overlap: 0, same: false },
  ];
  it.each(rows)('$description', ({ a, b, overlap, same }) => {
    expect(spanOverlap(a, b)).toBeCloseTo(overlap, 10);
    expect(spanOverlap(b, a)).toBeCloseTo(overlap, 10);
    expect(isSameSpan(a, b)).toBe(same);
  });
});

describe('clusterSpans', () => {
  it('groups same spans, keeps different ones apart and reports the union, in reading order', () => {
    const items = [span(30, 40, 2), span(0, 10), span(1, 10), span(50, 60), span(31, 40, 2), span(0, 10, 3)];
    const clusters = clusterSpans(items);
    expect(clusters.map((c) => [c.turnIndex, c.start, c.end, c.items.length])).toEqual([
      [1, 0, 10, 2],
      [1, 50, 60, 1],
      [2, 30, 40, 2],
      [3, 0, 10, 1],
    ]);
  });

  it('does not depend on the order of its input (single linkage)', () => {
    const items = [span(0, 10), span(3, 12), span(6, 14)]; // the ends overlap only through the middle
    const forward = clusterSpans(items).map((c) => [c.start, c.end, c.items.length]);
    const backward = clusterSpans([...items].reverse()).map((c) => [c.start, c.end, c.items.length]);
    expect(forward).toEqual([[0, 14, 3]]);
    expect(backward).toEqual(forward);
  });
});

describe('bestMatchingSpan', () => {
  it('picks the candidate with the largest overlap that is the same span, or none', () => {
    const decisions = [span(0, 6, 1, 'half'), span(0, 9, 1, 'close'), span(0, 10, 2, 'other turn')];
    expect(bestMatchingSpan(span(0, 10), decisions)?.id).toBe('close');
    expect(bestMatchingSpan(span(20, 30), decisions)).toBeNull();
  });
});
