import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseChronicle } from '@/lib/chronicle';
import { parseTranscript } from '@/lib/transcript';
import { compareWithBaseline, type GoldSet } from './evaluate';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

const gold = JSON.parse(read('lib/linking/gold/scio-2020-03-26.json')) as GoldSet;
const transcript = parseTranscript(read(gold.transcript));
const chronicle = parseChronicle(read(gold.chronicle), { fileName: gold.chronicle });
if (!transcript.ok || !chronicle.ok) throw new Error('the sample files no longer parse');
const { turns, heldAt } = transcript.value;
const { entries } = chronicle.value;

describe('gold/scio-2020-03-26.json', () => {
  it('judges at least 15 substantive turns with existing entries and grades 1 or 2', () => {
    const ids = new Set(entries.map((e) => e.id));
    const roleOf = new Map(turns.map((t) => [t.index, t.role]));
    expect(gold.turns.length).toBeGreaterThanOrEqual(15);
    for (const { index, relevant } of gold.turns) {
      expect(roleOf.get(index), `turn ${index}`).not.toBe('host');
      expect(Object.keys(relevant).length, `turn ${index}`).toBeGreaterThan(0);
      for (const [id, grade] of Object.entries(relevant)) {
        expect(ids.has(id), `turn ${index}: ${id}`).toBe(true);
        expect([1, 2], `turn ${index}: ${id}`).toContain(grade);
      }
    }
  });
});

describe('the engine on the sample', () => {
  const { engine, baseline } = compareWithBaseline(gold, turns, entries, heldAt);

  it('reaches nDCG@5 ≥ 0.8', () => {
    expect(engine.ndcgAt5).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    { description: 'nDCG@5', metric: 'ndcgAt5' as const },
    { description: 'P@1', metric: 'precisionAt1' as const },
    { description: 'recall@10', metric: 'recallAt10' as const },
  ])('beats the keyword baseline on $description', ({ metric }) => {
    expect(engine[metric]).toBeGreaterThan(baseline[metric] + 0.05);
  });
});
