// Which turn a news sentence reports. A small made-up conference (three officials, a host, a
// journalist) and one-sentence articles; each row names the turn its news sentence must map to
// (or null). To add a case, add a row. The real sample is tested in tests/coverage-data.test.ts.
import { describe, expect, it } from 'vitest';
import { matchCoverage, type CoverageTurn } from './match';
import { groupByParagraph } from './compare';

const TURNS: CoverageTurn[] = [
  { index: 1, text: '女士们、先生们，大家上午好！欢迎出席今天的新闻发布会。', speakerNames: ['胡凯红'] },
  { index: 2, text: '目前已分4批组织实施对89个国家和4个国际组织的抗疫援助，现正在制订第5批援助实施方案。谢谢。', speakerNames: ['邓波清'] },
  { index: 3, text: '我们通过远程视频的方式与100多个国家和地区举办了近30场技术交流会议。', speakerNames: ['曾益新'] },
  { index: 4, text: '请问中国向哪些国家提供了抗疫援助？', speakerNames: ['澳门日报记者'] },
  { index: 5, text: '我们向意大利派出了抗疫医疗专家组，提供防控和诊疗指导。', speakerNames: ['曾益新'] },
  { index: 6, text: '我们向意大利派出了抗疫医疗专家组，提供防控和诊疗指导。', speakerNames: ['罗照辉'] },
];

const reported = (news: string) => {
  const passages = matchCoverage(TURNS, [{ slug: 'n', title: 't', paragraphs: [{ position: 1, text: news }] }]);
  return passages.map((p) => p.turnIndex);
};

describe('matchCoverage', () => {
  it.each([
    { description: 'a near-verbatim report, numbers in words', news: '我国已分四批对八十九个国家和四个国际组织实施抗疫援助。', turns: [2] },
    { description: 'an attribution added in front', news: '曾益新表示,通过远程视频的方式与100多个国家和地区举办了近30场技术交流会议。', turns: [3] },
    { description: 'Traditional characters', news: '通過遠程視頻的方式與100多個國家和地區舉辦了近30場技術交流會議。', turns: [3] },
    { description: 'a sentence about something else', news: '重庆向国外友好城市捐赠了第一批防疫物资。', turns: [] },
    { description: 'too short to attribute', news: '谢谢。', turns: [] },
    { description: 'the same words from two speakers: the one the paragraph names wins', news: '罗照辉说,我们向意大利派出了抗疫医疗专家组。', turns: [6] },
    { description: 'the same words, nobody named: both turns', news: '我们向意大利派出了抗疫医疗专家组，提供防控和诊疗指导。', turns: [5, 6] },
  ])('$description', ({ news, turns }) => {
    expect(reported(news).sort()).toEqual(turns);
  });

  it('pairs the news sentence with the turn sentence, with offsets into both texts', () => {
    const [passage] = matchCoverage(TURNS, [{ slug: 'n', title: 't', paragraphs: [{ position: 3, text: '据介绍,中国已对89个国家和4个国际组织实施抗疫援助。' }] }]);
    expect(passage).toMatchObject({ turnIndex: 2, documentSlug: 'n', paragraphPosition: 3 });
    expect(passage!.turnSentence.text).toBe(TURNS[1]!.text.slice(passage!.turnSentence.start, passage!.turnSentence.end));
    expect(passage!.turnSentence.text).toContain('89个国家');
    expect(passage!.newsSentence.text).toBe('据介绍,中国已对89个国家和4个国际组织实施抗疫援助。');
  });

  it('a higher threshold drops weaker reports', () => {
    const news = [{ slug: 'n', title: 't', paragraphs: [{ position: 1, text: '据介绍,中国已对89个国家实施援助。' }] }];
    expect(matchCoverage(TURNS, news, { threshold: 0.2 }).length).toBe(1);
    expect(matchCoverage(TURNS, news).length).toBe(0); // the default (0.45) finds it too weak
    expect(matchCoverage(TURNS, news, { threshold: 5 }).length).toBe(0);
  });

  it('groups passages by paragraph, turns best first', () => {
    const groups = groupByParagraph(
      matchCoverage(TURNS, [
        { slug: 'n', title: 't', paragraphs: [{ position: 1, text: '已分4批对89个国家和4个国际组织实施援助。举办了近30场技术交流会议,与100多个国家和地区交流。' }] },
      ]),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.turns.map((t) => t.turnIndex).sort()).toEqual([2, 3]);
  });
});
