import { describe, expect, it } from 'vitest';
import { buildLinkIndex } from './link-index';
import { suggestForTranscript, suggestLinks } from './suggest';
import type { LinkableEntry } from './types';

const HELD_AT = '2020-03-26T10:00:00+08:00';
const entry = (id: string, date: string | null, text: string): LinkableEntry => ({ id, date, text });

// Background entries give the IDF something to compare with: boilerplate recurs in all of them, as in a real chronicle.
const BACKGROUND = [
  entry('bg-1', '2020-03-10', '国务院联防联控机制新闻发布会通报疫情防控情况,要求加强国际合作,积极支持抗击疫情。'),
  entry('bg-2', '2020-03-11', '外交部发言人表示,中方愿同各方加强疫情防控国际合作,携手应对挑战。'),
  entry('bg-3', '2020-03-12', '国家卫生健康委介绍疫情防控工作进展,积极推进国际合作,共同应对挑战。'),
  entry('bg-4', '2020-03-13', '中方愿同各国携手抗击疫情,加强疫情防控国际合作,支持各方应对挑战。'),
];

describe('suggestLinks', () => {
  it('ranks an entry sharing an entity and a number above one sharing only common terms', () => {
    const donation = entry('donation', '2020-03-12', '中国已经宣布向世界卫生组织捐款2000万美元,支持抗击疫情。');
    const generic = entry('generic', '2020-03-25', '各方加强疫情防控国际合作,积极支持抗击疫情,携手应对挑战。');
    const index = buildLinkIndex([...BACKGROUND, generic, donation]);
    const turn = { index: 1, text: '我们向世卫组织提供了2000万美元捐款。国际社会应当加强疫情防控国际合作，积极支持各国抗击疫情，携手应对挑战。' };
    const suggestions = suggestLinks(index, turn, { heldAt: HELD_AT, k: 10 });
    const ids = suggestions.map((s) => s.entryId);
    expect(ids[0]).toBe('donation');
    expect(ids).toContain('generic'); // it does share terms, only weaker ones
    expect(suggestions[0]?.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'entity', value: '世界卫生组织' }),
        expect.objectContaining({ kind: 'number', value: '2000万美元' }),
      ]),
    );
  });

  it.each([
    { description: 'a turn', text: '二十国集团特别峰会今晚举行，意大利疫情严峻。' },
    { description: 'a turn with numbers and dates', text: '昨天我们向89个国家提供了援助，分4批实施。' },
  ])('explains the score: the reasons of $description add up to it', ({ text }) => {
    const index = buildLinkIndex([...BACKGROUND, entry('a', '2020-03-25', '中国已分4批对89个国家提供援助。'), entry('b', '2020-03-26', '二十国集团特别峰会举行。')]);
    const suggestions = suggestLinks(index, { index: 1, text }, { heldAt: HELD_AT });
    // Something to explain: an empty list would pass the loop below without checking anything.
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(suggestion.reasons.length).toBeGreaterThan(0);
      expect(suggestion.reasons.reduce((sum, r) => sum + r.weight, 0)).toBeCloseTo(suggestion.score, 10);
    }
  });

  it('lets a date cue confirm only entries that share its sentence', () => {
    const summit = entry('summit', '2020-03-26', '习近平出席二十国集团领导人应对新冠肺炎特别峰会。');
    const italy = entry('italy', '2020-03-26', '第三批抗疫医疗专家组抵达意大利。');
    const index = buildLinkIndex([...BACKGROUND, summit, italy]);
    const turn = { index: 1, text: '今天晚上习近平主席将出席二十国集团特别峰会。意大利的医疗专家组工作顺利。' };
    const suggestions = suggestLinks(index, turn, { heldAt: HELD_AT });
    const cues = (id: string) => suggestions.find((s) => s.entryId === id)?.reasons.filter((r) => r.value.includes('→'));
    expect(cues('summit')).toEqual([{ kind: 'date', value: '今天晚上 → 2020-03-26', weight: 1 }]);
    expect(cues('italy')).toEqual([]);
  });

  it.each([
    { description: 'the nearer of two equal entries ranks first', dates: ['2020-03-09', '2020-03-24'], first: 'e-2' },
    { description: 'an entry after the conference counts less than one as far before', dates: ['2020-03-24', '2020-03-28'], first: 'e-1' },
  ])('applies the proximity prior: $description', ({ dates, first }) => {
    const index = buildLinkIndex([...BACKGROUND, ...dates.map((date, i) => entry(`e-${i + 1}`, date, '塞尔维亚抗疫医疗专家组抵达。'))]);
    const [top] = suggestLinks(index, { index: 1, text: '塞尔维亚医疗专家组' }, { heldAt: HELD_AT });
    expect(top?.entryId).toBe(first);
  });

  it('without a conference time, uses neither date cues nor the proximity prior', () => {
    const index = buildLinkIndex([...BACKGROUND, entry('x', '2020-03-26', '塞尔维亚总统武契奇到机场迎接。')]);
    const [top] = suggestLinks(index, { index: 1, text: '今天武契奇总统到机场迎接。' }, { heldAt: null });
    expect(top?.entryId).toBe('x');
    expect(top?.reasons.filter((r) => r.kind === 'date')).toEqual([]);
  });

  it.each([
    { description: 'an entry sharing nothing, even on the same day', text: '谢谢主持人。', k: 5, expected: [] },
    { description: 'k limits the list', text: '疫情防控国际合作', k: 1, expected: 1 },
  ])('suggests nothing beyond the evidence: $description', ({ text, k, expected }) => {
    const index = buildLinkIndex([...BACKGROUND, entry('x', '2020-03-26', '塞尔维亚总统武契奇到机场迎接。')]);
    const suggestions = suggestLinks(index, { index: 1, text }, { heldAt: HELD_AT, k });
    if (Array.isArray(expected)) expect(suggestions).toEqual(expected);
    else expect(suggestions).toHaveLength(expected);
  });
});

describe('suggestForTranscript', () => {
  // Both entries share the answer's own words equally; only the question says which country.
  const cambodia = entry('cambodia', '2020-03-17', '向柬埔寨捐赠的检测试剂运抵。');
  const pakistan = entry('pakistan', '2020-03-17', '向巴基斯坦捐赠的检测试剂运抵。');
  const turns = [
    { index: 1, role: 'journalist', text: '中国向巴基斯坦提供了哪些援助？' },
    { index: 2, role: 'official', text: '我们捐赠了检测试剂和呼吸机。' },
  ];

  it('links an answer with its question as context, and names the turn in the reasons', () => {
    const [, answer] = suggestForTranscript(turns, [...BACKGROUND, cambodia, pakistan], { heldAt: HELD_AT });
    expect(answer?.suggestions[0]?.entryId).toBe('pakistan');
    expect(answer?.suggestions[0]?.reasons).toContainEqual(expect.objectContaining({ kind: 'entity', value: '巴基斯坦 (turn 1)' }));
  });

  it('without roles, links each turn on its own (ties in chronicle order)', () => {
    const withoutRoles = turns.map(({ index, text }) => ({ index, text }));
    const [, answer] = suggestForTranscript(withoutRoles, [...BACKGROUND, cambodia, pakistan], { heldAt: HELD_AT });
    expect(answer?.suggestions[0]?.entryId).toBe('cambodia');
  });
});

describe('reason labels (for the interface to word them in its language)', () => {
  it('labels summed-up terms, context turns and the distance in days as data, not English text alone', async () => {
    const { suggestForTranscript } = await import('./suggest');
    const entries = [
      { id: 'e1', date: '2020-03-21', text: '巴基斯坦 外长 通电话 抗击 疫情 合作 物资 援助 医疗 专家 团队 口罩 防护服 呼吸机' },
      { id: 'e2', date: '2020-03-26', text: '二十国集团 领导人 特别峰会' },
    ];
    const turns = [
      { index: 1, speaker: '记者', role: 'journalist' as const, text: '请问中方如何看待与巴基斯坦的抗疫合作？' },
      { index: 2, speaker: '部长', role: 'official' as const, text: '中方向巴基斯坦提供了口罩、防护服、呼吸机等医疗物资，并派出医疗专家团队，抗击疫情合作援助。' },
    ];
    const result = suggestForTranscript(turns, entries, { heldAt: '2020-03-26T10:00:00+08:00', k: 3 });
    const reasons = result.flatMap((turn) => turn.suggestions.flatMap((s) => s.reasons));
    expect(reasons.some((r) => r.label?.type === 'proximity' && r.label.days === -5)).toBe(true);
    expect(reasons.some((r) => r.label?.type === 'context' && typeof r.label.turn === 'number')).toBe(true);
    for (const r of reasons.filter((x) => x.label?.type === 'more-terms')) expect(r.value).toMatch(/^\+\d+ more terms$/);
  });
});
