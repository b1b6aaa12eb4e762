import { describe, expect, it } from 'vitest';
import { codePointLength } from './code-points';
import { reanchor, type AnchorTurn, type ReanchorResult } from './reanchor';
import { buildAnchor } from './selectors';

const TURNS: AnchorTurn[] = [
  { index: 1, text: '各位记者朋友，大家上午好。欢迎出席今天的新闻发布会。' },
  { index: 2, text: '请问发言人，中方如何看待本次会谈的成果？\n有消息称双方将签署𠮷祥合作协议。' },
  { index: 3, text: '本次会谈坦诚、务实、富有成果。双方同意加强在经贸、人文等领域的交流与合作。😀' },
  { index: 4, text: '谢谢。' },
];

/** Anchor on the first occurrence of `quote` in turn `turnIndex` of TURNS (code points). */
function anchorOn(turnIndex: number, quote: string) {
  const text = TURNS.find((t) => t.index === turnIndex)?.text ?? '';
  const start = codePointLength(text.slice(0, text.indexOf(quote)));
  return { ...buildAnchor(text, start, start + codePointLength(quote)), turnIndex };
}

function edit(turnIndex: number, change: (text: string) => string): AnchorTurn[] {
  return TURNS.map((t) => (t.index === turnIndex ? { ...t, text: change(t.text) } : t));
}

describe('reanchor', () => {
  const quote = '双方同意加强在经贸、人文等领域的交流与合作';
  const original = anchorOn(3, quote);
  it.each<{ description: string; anchor: typeof original; turns: AnchorTurn[]; expected: Partial<ReanchorResult> }>([
    {
      description: 'stayed: text unchanged',
      anchor: original,
      turns: TURNS,
      expected: { status: 'stayed', turnIndex: 3, start: original.start, end: original.end, score: 1 },
    },
    {
      description: 'stayed: text after the quote changed',
      anchor: original,
      turns: edit(3, (t) => t.replace('😀', '（完）')),
      expected: { status: 'stayed', turnIndex: 3, start: original.start, end: original.end, score: 1 },
    },
    {
      description: 'stayed: astral characters before the quote (offsets in code points)',
      anchor: anchorOn(2, '合作协议'),
      turns: TURNS,
      expected: { status: 'stayed', turnIndex: 2, start: 32, end: 36 },
    },
    {
      description: 'moved within the turn after an insertion before it',
      anchor: original,
      turns: edit(3, (t) => '（记者追问）' + t),
      expected: { status: 'moved', turnIndex: 3, start: original.start + 6, end: original.end + 6 },
    },
    {
      description: 'stayed (fuzzy, same offsets) when one character inside the quote was replaced',
      anchor: original,
      turns: edit(3, (t) => t.replace('交流与合作', '交流和合作')),
      expected: { status: 'stayed', turnIndex: 3, start: original.start, end: original.end },
    },
    {
      description: 'moved within the turn with an insertion before and a small edit inside the quote',
      anchor: original,
      turns: edit(3, (t) => '答：' + t.replace('交流与合作', '交流和合作')),
      expected: { status: 'moved', turnIndex: 3, start: original.start + 2, end: original.end + 2 },
    },
    {
      description: 'moved to another turn (the sentence was re-attributed)',
      anchor: original,
      turns: edit(3, (t) => t.replace(quote, '')).map((t) => (t.index === 4 ? { ...t, text: '本次会谈坦诚、务实、富有成果。' + quote + '。谢谢。' } : t)),
      expected: { status: 'moved', turnIndex: 4, start: 15, end: 15 + codePointLength(quote) },
    },
    {
      description: 'moved to another turn when its own turn is gone',
      anchor: original,
      turns: TURNS.filter((t) => t.index !== 3).concat({ index: 5, text: TURNS[2]?.text ?? '' }),
      expected: { status: 'moved', turnIndex: 5, start: original.start, end: original.end },
    },
    {
      description: 'needs_review when the quote was deleted; offsets kept, clamped to the turn',
      anchor: original,
      turns: edit(3, () => '本次会谈富有成果。'),
      expected: { status: 'needs_review', turnIndex: 3, start: 9, end: 9 },
    },
    {
      description: 'needs_review keeps original offsets when they still fit',
      anchor: anchorOn(1, '欢迎出席'),
      turns: edit(1, (t) => t.replace('欢迎出席', '欢迎参加')),
      expected: { status: 'needs_review', turnIndex: 1, start: 13, end: 17 },
    },
    {
      description: 'needs_review when the exact quote survives but both sides of its context were rewritten elsewhere',
      anchor: anchorOn(4, '谢谢'),
      turns: edit(4, () => '').map((t) => (t.index === 1 ? { ...t, text: '主持人说谢谢大家' } : t)),
      expected: { status: 'needs_review', turnIndex: 4, start: 0, end: 0 },
    },
  ])('$description', ({ anchor, turns, expected }) => {
    const result = reanchor(anchor, turns);
    expect(result).toMatchObject(expected);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('prefers the nearer turn when two turns match equally', () => {
    const turns: AnchorTurn[] = [
      { index: 1, text: '同样的一句话在这里。' },
      { index: 5, text: '已删除' },
      { index: 6, text: '同样的一句话在这里。' },
    ];
    const anchor = { ...buildAnchor(turns[0]?.text ?? '', 0, 6), turnIndex: 5 };
    expect(reanchor(anchor, turns)).toMatchObject({ status: 'moved', turnIndex: 6 });
  });
});
