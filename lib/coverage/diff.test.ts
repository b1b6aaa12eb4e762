// What a news sentence changed in the turn sentence it reports. Each row shows both sides with
// the marks inline: [-left out-], [+added+], {changed number}. To add a case, add a row.
import { describe, expect, it } from 'vitest';
import { diffPassage, type DiffSegment } from './diff';

const show = (segments: DiffSegment[]) =>
  segments.map(({ kind, text }) => (kind === 'same' ? text : kind === 'omitted' ? `[-${text}-]` : kind === 'added' ? `[+${text}+]` : `{${text}}`)).join('');

describe('diffPassage', () => {
  it.each([
    {
      description: 'identical apart from punctuation: nothing marked',
      turn: '全人类只有精诚团结，才能共克时艰；',
      news: '全人类只有精诚团结,才能共克时艰;',
      turnShown: '全人类只有精诚团结，才能共克时艰；',
      newsShown: '全人类只有精诚团结,才能共克时艰;',
      changes: [],
    },
    {
      description: '89 and 八十九, 第5批 and 第五批 are equal; 4批 and 五批 differ',
      turn: '已分4批组织实施对89个国家的援助，正在制订第5批方案。',
      news: '已分五批组织实施对八十九个国家的援助,正在制订第五批方案。',
      turnShown: '已分{4批}组织实施对89个国家的援助，正在制订第5批方案。',
      newsShown: '已分{五批}组织实施对八十九个国家的援助,正在制订第五批方案。',
      changes: [{ turn: '4批', news: '五批' }],
    },
    {
      description: 'an attribution the news adds, a word it leaves out',
      turn: '目前已分4批组织实施。',
      news: '邓波清表示,已分4批组织实施。',
      turnShown: '[-目前-]已分4批组织实施。',
      newsShown: '[+邓波清表示+],已分4批组织实施。',
      changes: [],
    },
    {
      description: 'a replaced word shows on both sides',
      turn: '这次峰会是疫情暴发以来的首场活动。',
      news: '这次峰会是疫情发生以来的首场活动。',
      turnShown: '这次峰会是疫情[-暴发-]以来的首场活动。',
      newsShown: '这次峰会是疫情[+发生+]以来的首场活动。',
      changes: [],
    },
    {
      description: 'a lone shared character between two changes is not a match',
      turn: '提供物资的援助',
      news: '捐赠装备的援助',
      turnShown: '[-提供物资-]的援助',
      newsShown: '[+捐赠装备+]的援助',
      changes: [],
    },
    {
      description: 'numbers with different units are words added and left out, not a change',
      turn: '举办了30场会议',
      news: '举办了30次会议',
      turnShown: '举办了[-30场-]会议',
      newsShown: '举办了[+30次+]会议',
      changes: [],
    },
    {
      description: 'Traditional characters in the news equal Simplified ones in the turn',
      turn: '向乌克兰专家提供帮助',
      news: '向烏克蘭專家提供幫助',
      turnShown: '向乌克兰专家提供帮助',
      newsShown: '向烏克蘭專家提供幫助',
      changes: [],
    },
  ])('$description', ({ turn, news, turnShown, newsShown, changes }) => {
    const diff = diffPassage(turn, news);
    expect(show(diff.turn)).toBe(turnShown);
    expect(show(diff.news)).toBe(newsShown);
    expect(diff.numberChanges).toEqual(changes);
    // Segments always rebuild the original sentences.
    expect(diff.turn.map((s) => s.text).join('')).toBe(turn);
    expect(diff.news.map((s) => s.text).join('')).toBe(news);
  });
});
