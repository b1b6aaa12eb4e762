import { describe, expect, it } from 'vitest';
import { buildRoster } from './roster';
import type { TranscriptSpeaker } from './types';

const SUMMARY =
  '国务院新闻办公室于2020年3月26日（星期四）上午10时举行新闻发布会，请外交部副部长罗照辉、科技部副部长徐南平介绍情况，并答记者问。';

const person = (label: string, over: Partial<TranscriptSpeaker>): TranscriptSpeaker => ({
  label,
  name: null,
  title: null,
  organization: null,
  role: 'other',
  ...over,
});

describe('buildRoster', () => {
  it.each([
    {
      description: 'seed roles: untitled first speaker who hands over is the host, header names are officials',
      labels: ['胡凯红', '罗照辉', '胡凯红', 'CGTN记者', '罗照辉', '徐南平', '胡凯红'],
      header: SUMMARY,
      roster: [
        person('胡凯红', { name: '胡凯红', role: 'host' }),
        person('罗照辉', { name: '罗照辉', title: '外交部副部长', organization: '外交部', role: 'official' }),
        person('CGTN记者', { organization: 'CGTN', role: 'journalist' }),
        person('徐南平', { name: '徐南平', title: '科技部副部长', organization: '科技部', role: 'official' }),
      ],
    },
    {
      description: 'one person under two labels: `主持人 袭艳春` then `袭艳春` are both the host',
      labels: ['主持人 袭艳春', '曾益新', '袭艳春', '新华社记者', '曾益新', '袭艳春'],
      header: '国务院新闻办公室2020年4月3日下午3时举行新闻发布会，请国家卫生健康委副主任曾益新介绍有关情况，并答记者问。',
      roster: [
        person('主持人 袭艳春', { name: '袭艳春', role: 'host' }),
        person('曾益新', { name: '曾益新', title: '国家卫生健康委副主任', organization: '国家卫生健康委', role: 'official' }),
        person('袭艳春', { name: '袭艳春', role: 'host' }),
        person('新华社记者', { organization: '新华社', role: 'journalist' }),
      ],
    },
    {
      description: 'journalist labels: outlet kept, a trailing name read',
      labels: ['中央广播电视总台央视记者', '新华社记者张三', '记者'],
      header: '',
      roster: [
        person('中央广播电视总台央视记者', { organization: '中央广播电视总台央视', role: 'journalist' }),
        person('新华社记者张三', { name: '张三', organization: '新华社', role: 'journalist' }),
        person('记者', { role: 'journalist' }),
      ],
    },
    {
      description: 'a 主持人 label is the host; titled labels are officials',
      labels: ['主持人', '外交部副部长罗照辉', '主持人'],
      header: '',
      roster: [
        person('主持人', { role: 'host' }),
        person('外交部副部长罗照辉', { name: '罗照辉', title: '外交部副部长', organization: '外交部', role: 'official' }),
      ],
    },
    {
      description: 'the header names the host with a title and 主持',
      labels: ['胡凯红', '罗照辉'],
      header: `${SUMMARY}由国务院新闻办新闻局副局长、新闻发言人胡凯红主持。`,
      roster: [
        person('胡凯红', { name: '胡凯红', title: '国务院新闻办新闻局副局长、新闻发言人', organization: '国务院新闻办新闻局', role: 'host' }),
        person('罗照辉', { name: '罗照辉', title: '外交部副部长', organization: '外交部', role: 'official' }),
      ],
    },
    {
      description: 'a speaker with one turn is not the host; unknown speakers are other',
      labels: ['王五', '罗照辉', '赵六', '罗照辉'],
      header: SUMMARY,
      roster: [
        person('王五', { name: '王五' }),
        person('罗照辉', { name: '罗照辉', title: '外交部副部长', organization: '外交部', role: 'official' }),
        person('赵六', { name: '赵六' }),
      ],
    },
    {
      description: 'the host may be the one who closes the event',
      labels: ['罗照辉', '主持嘉宾A', 'CGTN记者', '李四', '李四'],
      header: SUMMARY,
      roster: [
        person('罗照辉', { name: '罗照辉', title: '外交部副部长', organization: '外交部', role: 'official' }),
        person('主持嘉宾A', {}),
        person('CGTN记者', { organization: 'CGTN', role: 'journalist' }),
        person('李四', { name: '李四', role: 'host' }),
      ],
    },
    {
      description: 'a 主持人 label takes the title of the person the header says chairs',
      labels: ['主持人', '罗照辉'],
      header: `${SUMMARY}由国务院新闻办新闻局副局长、新闻发言人胡凯红主持。`,
      roster: [
        person('主持人', { title: '国务院新闻办新闻局副局长、新闻发言人', organization: '国务院新闻办新闻局', role: 'host' }),
        person('罗照辉', { name: '罗照辉', title: '外交部副部长', organization: '外交部', role: 'official' }),
      ],
    },
    {
      description: 'Traditional labels and a title standing alone: 記者 asks, 行政長官 answers',
      labels: ['行政長官', '記者', '行政長官'],
      header: '',
      roster: [person('行政長官', { title: '行政長官', role: 'official' }), person('記者', { role: 'journalist' })],
    },
    {
      description: 'outlets without 记者, and 追问, are journalists',
      labels: ['彭博社', '林海声', '追问'],
      header: '2023年6月2日外交部发言人林海声主持例行记者会',
      roster: [
        person('彭博社', { organization: '彭博社', role: 'journalist' }),
        person('林海声', { name: '林海声', title: '外交部发言人', organization: '外交部', role: 'host' }),
        person('追问', { role: 'journalist' }),
      ],
    },
    {
      description: 'a titled speaker who opens and closes the event chairs it, under both labels; who answers is an official',
      labels: ['国家疾控委新闻发言人 孟思远', '新华视讯记者', '董立恒', '孟思远'],
      header: '',
      roster: [
        person('国家疾控委新闻发言人 孟思远', { name: '孟思远', title: '国家疾控委新闻发言人', organization: '国家疾控委', role: 'host' }),
        person('新华视讯记者', { organization: '新华视讯', role: 'journalist' }),
        // No title, but speaks right after the question: answering it.
        person('董立恒', { name: '董立恒', role: 'official' }),
        person('孟思远', { name: '孟思远', title: '国家疾控委新闻发言人', organization: '国家疾控委', role: 'host' }),
      ],
    },
    {
      description: 'English labels: Q asks, titled speakers answer, the press secretary the header names chairs',
      labels: ['MS. HARLOW', 'SECRETARY MARLOWE', 'Q', 'Follow-up', 'A'],
      header: 'PRESS BRIEFING BY PRESS SECRETARY DANA HARLOW',
      roster: [
        person('MS. HARLOW', { name: 'Harlow', role: 'host' }),
        person('SECRETARY MARLOWE', { name: 'Marlowe', title: 'Secretary', role: 'official' }),
        person('Q', { role: 'journalist' }),
        person('Follow-up', { role: 'journalist' }),
        person('A', { role: 'official' }),
      ],
    },
    {
      description: 'Q&A transcripts: 问 asks, 答 answers',
      labels: ['问', '答', '问', '答'],
      header: '',
      roster: [person('问', { role: 'journalist' }), person('答', { role: 'official' })],
    },
  ])('$description', ({ labels, header, roster }) => {
    expect(buildRoster(labels, header)).toEqual(roster);
  });
});
