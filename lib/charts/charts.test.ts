import { describe, expect, it } from 'vitest';
import { claimsBySpeaker } from './claims-by-speaker';
import { speakingShares } from './speaking-time';

describe('speakingShares', () => {
  const speakers = [
    { label: '主持人', role: 'host' as const },
    { label: '部长', role: 'official' as const },
    { label: '记者', role: 'journalist' as const },
  ];

  it('estimates each speaker\'s time from the text, bounded by the posting gaps, and counts characters', () => {
    const shares = speakingShares({
      heldAt: '2020-03-26T02:00:00Z',
      speakers,
      turns: [
        { speaker: '主持人', postedAt: '2020-03-26T02:01:00Z', text: '欢迎 各位' },
        // 12 characters (3 s at the rate) posted 10 minutes later: 3 s, not 10 minutes.
        { speaker: '记者', postedAt: '2020-03-26T02:11:00Z', text: '请问部长对这个问题怎么看𠮷' },
        // 800 characters (200 s) in a gap of 90 s: bounded by the gap.
        { speaker: '部长', postedAt: '2020-03-26T02:12:30Z', text: '答'.repeat(800) },
      ],
    });
    expect(shares.map((s) => [s.label, s.turns, s.characters, s.seconds])).toEqual([
      ['部长', 1, 800, 90],
      ['记者', 1, 13, 13 / 4],
      ['主持人', 1, 4, 1],
    ]);
  });

  it('estimates without any times too', () => {
    const untimed = speakingShares({ heldAt: null, speakers, turns: [
      { speaker: '主持人', postedAt: null, text: '短' },
      { speaker: '记者', postedAt: null, text: '长一些的问题' },
    ] });
    expect(untimed.map((s) => [s.label, s.seconds])).toEqual([['记者', 6 / 4], ['主持人', 1 / 4]]);
  });
});

describe('claimsBySpeaker', () => {
  it('counts claims per status for each speaker, most first', () => {
    const rows = claimsBySpeaker([
      { speaker: 'A', claim: { status: 'supported' } },
      { speaker: 'B', claim: { status: 'disputed' } },
      { speaker: 'B', claim: { status: 'disputed' } },
      { speaker: 'B', claim: { status: 'unverified' } },
    ]);
    expect(rows.map((r) => [r.label, r.total, r.counts.disputed, r.counts.supported])).toEqual([
      ['B', 3, 2, 0],
      ['A', 1, 0, 1],
    ]);
  });
});
