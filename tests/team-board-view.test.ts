// The claim board's assembly without a database: spans, the decision kept for each, filters and
// orders. Rows describe claims as (who, turn, start, end, status, type, when).
import { describe, expect, it } from 'vitest';
import { assembleBoard, filterAndSortSpans, type PlacedClaim, type PlacedDecision } from '@/lib/agreement/claim-board-view';
import type { ClaimStatusName, ClaimTypeName } from '@/lib/validation/annotations';

const TEXT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
let next = 0;
function claim(who: string, turnIndex: number, start: number, end: number, status: ClaimStatusName, createdAt: string, type: ClaimTypeName = 'statistic', speaker = `S${turnIndex}`): PlacedClaim {
  return {
    id: `c${next++}`,
    turnIndex,
    speaker,
    author: { id: who, name: who },
    isMine: false,
    type,
    status,
    start,
    end,
    exact: TEXT.slice(start, end),
    evidenceCount: 0,
    noteExcerpt: '',
    hidden: false,
    createdAt,
  };
}
const decision = (turnIndex: number, start: number, end: number, status: ClaimStatusName, decidedAt: string): PlacedDecision => ({
  turnIndex,
  start,
  end,
  status,
  type: 'statistic',
  note: null,
  decidedBy: { id: 'o', name: 'Owner' },
  decidedAt,
});

describe('assembleBoard', () => {
  it('pieces the union quote together and marks superseded claims', () => {
    const { spans } = assembleBoard([claim('a', 1, 0, 8, 'supported', '1'), claim('b', 1, 2, 10, 'supported', '2'), claim('a', 1, 1, 9, 'disputed', '3')], []);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 0, end: 10, quote: 'ABCDEFGHIJ', coders: 2, disagreement: true, newestAt: '3' });
    expect(spans[0]!.claims.map((c) => [c.author.id, c.status, c.latest])).toEqual([
      ['a', 'supported', false],
      ['b', 'supported', true],
      ['a', 'disputed', true],
    ]);
  });

  it('attaches the best-overlapping decision (the newest on a tie) and ignores decisions elsewhere', () => {
    const claims = [claim('a', 1, 0, 10, 'supported', '1'), claim('b', 1, 0, 10, 'disputed', '2'), claim('a', 2, 0, 10, 'supported', '3')];
    const decisions = [decision(1, 0, 10, 'false_claim', '9'), decision(1, 0, 10, 'supported', '8'), decision(1, 0, 6, 'needs_context', '10'), decision(3, 0, 10, 'supported', '7')];
    const { spans } = assembleBoard(claims, decisions); // newest first, as the query orders them
    expect(spans.map((s) => s.decision?.status ?? null)).toEqual(['false_claim', null]);
  });
});

describe('filterAndSortSpans', () => {
  const { spans } = assembleBoard(
    [
      claim('a', 3, 0, 5, 'false_claim', '2026-01-03', 'statistic', 'Host'),
      claim('a', 1, 0, 5, 'supported', '2026-01-01', 'attribution', 'Official'),
      claim('b', 1, 0, 5, 'disputed', '2026-01-02', 'attribution', 'Official'),
      claim('a', 2, 0, 5, 'unverified', '2026-01-04', 'statistic', 'Official'),
    ],
    [],
  );
  const turns = (query: Parameters<typeof filterAndSortSpans>[1]) => filterAndSortSpans(spans, query).map((s) => s.turnIndex);
  const rows: { description: string; query: Parameters<typeof filterAndSortSpans>[1]; turns: number[] }[] = [
    { description: 'turn order by default', query: {}, turns: [1, 2, 3] },
    { description: 'status order (latest claim), then turn', query: { sort: 'status' }, turns: [2, 1, 3] },
    { description: 'newest claim first', query: { sort: 'newest' }, turns: [2, 3, 1] },
    { description: 'a status any claim of the span has', query: { claimStatus: 'supported' }, turns: [1] },
    { description: 'a type', query: { claimType: 'statistic' }, turns: [2, 3] },
    { description: 'a speaker', query: { speaker: 'Host' }, turns: [3] },
    { description: 'disagreements only', query: { disagreements: true }, turns: [1] },
  ];
  it.each(rows)('$description', ({ query, turns: expected }) => {
    expect(turns(query)).toEqual(expected);
  });
});
