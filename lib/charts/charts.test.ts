import { describe, expect, it } from 'vitest';
import { claimsBySpeaker } from './claims-by-speaker';
import { speakingShares } from './speaking-time';

describe('speakingShares', () => {
  const speakers = [
    { label: '主持人', role: 'host' as const },
    { label: '部长', role: 'official' as const },
    { label: '记者', role: 'journalist' as const },
  ];

  it('times each turn from the previous timestamp (the first from the start) and counts characters', () => {
    const shares = speakingShares({
      heldAt: '2020-03-26T02:00:00Z',
      speakers,
      turns: [
        { speaker: '主持人', postedAt: '2020-03-26T02:01:00Z', text: '欢迎 各位' },
        { speaker: '部长', postedAt: '2020-03-26T02:11:00Z', text: '介绍情况𠮷' },
        { speaker: '记者', postedAt: '2020-03-26T02:12:30Z', text: '提问' },
        { speaker: '部长', postedAt: '2020-03-26T02:15:30Z', text: '回答' },
      ],
    });
    expect(shares.map((s) => [s.label, s.turns, s.characters, s.seconds])).toEqual([
      ['部长', 2, 7, 780],
      ['记者', 1, 2, 90],
      ['主持人', 1, 4, 60],
    ]);
  });

  it('skips breaks longer than half an hour and falls back to characters without any times', () => {
    const withBreak = speakingShares({ heldAt: null, speakers, turns: [
      { speaker: '主持人', postedAt: '2020-03-26T02:00:00Z', text: '一' },
      { speaker: '部长', postedAt: '2020-03-26T03:00:00Z', text: '二' },
    ] });
    expect(withBreak.map((s) => s.seconds)).toEqual([null, null]);
    const untimed = speakingShares({ heldAt: null, speakers, turns: [
      { speaker: '主持人', postedAt: null, text: '短' },
      { speaker: '记者', postedAt: null, text: '长一些的问题' },
    ] });
    expect(untimed.map((s) => s.label)).toEqual(['记者', '主持人']);
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
