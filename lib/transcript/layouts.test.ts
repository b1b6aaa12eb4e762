import { describe, expect, it } from 'vitest';
import { readHeader } from './header';
import { detectLayout } from './layouts';
import { splitLines } from './lines';

const SUMMARY = '国务院新闻办公室于2020年3月26日上午10时举行新闻发布会，请外交部副部长罗照辉介绍情况，并答记者问。';

function detect(text: string) {
  const lines = splitLines(text);
  const found = detectLayout(lines, readHeader(lines, '+08:00'));
  return { layout: found.layout.id, turns: found.turns.map((t) => `${t.label}|${t.paragraphs.join('/')}`), errors: found.errors };
}

describe('detectLayout', () => {
  it.each([
    {
      description: 'speaker lines closed by timestamps',
      text: `${SUMMARY}\n以下为文字实录：\n胡凯红:\n欢迎。\n2020-03-26 10:01:21\n罗照辉:\n谢谢。\n2020-03-26 10:02:00`,
      layout: 'speaker-line-timed',
      turns: ['胡凯红|欢迎。', '罗照辉|谢谢。'],
    },
    {
      description: 'inline tags closed by times of day',
      text: `${SUMMARY}\n以下为文字实录：\n胡凯红：欢迎。\n[10:01]\n罗照辉：谢谢。\n还有一句。\n[10:02]`,
      layout: 'inline-tag-timed',
      turns: ['胡凯红|欢迎。', '罗照辉|谢谢。/还有一句。'],
    },
    {
      description: 'untimed speaker lines: a one-off bracketed label counts, a one-off colon sentence does not',
      text: `${SUMMARY}\n胡凯红:\n欢迎。\n【王五】\n主要有三点：\n一是合作。\n胡凯红:\n谢谢。`,
      layout: 'speaker-line-untimed',
      turns: ['胡凯红|欢迎。', '王五|主要有三点：/一是合作。', '胡凯红|谢谢。'],
    },
    {
      description: 'untimed inline tags: roles and header names vouch for labels, speech verbs stay text',
      text: `${SUMMARY}\n\n主持人：欢迎。\n新华社记者：请问进展如何？\n罗照辉：进展顺利。\n他说：合作很重要。\n背景：两国合作多年。\n主持人：谢谢。`,
      layout: 'inline-tag-untimed',
      turns: ['主持人|欢迎。', '新华社记者|请问进展如何？', '罗照辉|进展顺利。/他说：合作很重要。/背景：两国合作多年。', '主持人|谢谢。'],
    },
    {
      description: 'a time inside a sentence is not a time line',
      text: `以下为文字实录：\n【胡凯红】\n会议10:00开始。\n【罗照辉】\n谢谢。\n【胡凯红】\n散会。`,
      layout: 'speaker-line-untimed',
      turns: ['胡凯红|会议10:00开始。', '罗照辉|谢谢。', '胡凯红|散会。'],
    },
  ])('$description', ({ text, layout, turns }) => {
    const found = detect(text);
    expect(found).toEqual({ layout, turns, errors: [] });
  });
});
