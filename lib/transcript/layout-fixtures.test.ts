/**
 * Synthetic transcripts in the layouts of real sources (fixtures/layouts, see fixtures/README.md):
 * each must give exactly these turns, speakers, roles, times and exchanges, explain the whole
 * body (coverage 1), and keep the page's chrome out of every turn. One row per fixture; a
 * regression shows up as a changed row. Turns are written `speaker/role@HH:MM` (time when known),
 * speakers `label/role/title`, exchanges `question>answer,answer`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';
import type { ParsedTranscript } from './types';

const read = (name: string) => readFileSync(new URL(`./fixtures/layouts/${name}`, import.meta.url), 'utf8');

function parseOk(raw: string): ParsedTranscript {
  const result = parseTranscript(raw);
  if (!result.ok) throw new Error(`expected a parse, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

const ROWS = [
  {
    description: 'English briefing: capitals speaker lines, bare Q questions, a zone after the start time, END line',
    file: 'english-caps.txt',
    meta: { layout: 'english-speakers', title: "PRESS BRIEFING BY PRESS SECRETARY DANA HARLOW AND SECRETARY OF LABOR GRANT MARLOWE", heldAt: "2023-03-09T13:05:00-05:00", heldOn: "2023-03-09", language: 'en' },
    speakers: ["MS. HARLOW/host","SECRETARY MARLOWE/official/Secretary","Q/journalist"],
    turns: ["MS. HARLOW/host","SECRETARY MARLOWE/official","Q/journalist","SECRETARY MARLOWE/official","Q/journalist","SECRETARY MARLOWE/official","MS. HARLOW/host","Q/journalist","MS. HARLOW/host","Q/journalist","MS. HARLOW/host"],
    absent: ['END', '1:42'],
    exchanges: '3>4 5>6 8>9 10>11',
  },
  {
    description: 'English Q:/A:/Follow-up: with YAML front matter and markdown headings',
    file: 'english-qa.md',
    meta: { layout: 'question-answer', title: "Ministry of External Affairs Weekly Briefing", heldAt: null, heldOn: "2023-02-09", language: 'en' },
    speakers: ["Q/journalist","A/official","Follow-up/journalist"],
    turns: ["Q/journalist","A/official","Q/journalist","A/official","Follow-up/journalist","A/official"],
    absent: ['---', '# Ministry', 'Questions and answers'],
    exchanges: '1>2 3>4 5>6',
  },
  {
    description: 'English Q./A./Follow-up: in plain text, the spokesperson named in the title line, an unlabelled two-paragraph opening is theirs',
    file: 'english-qa-spokesperson.txt',
    meta: { layout: 'question-answer', title: "Regular Press Conference by Spokesperson Chen Yuhang", heldAt: null, heldOn: "2023-09-12", language: 'en' },
    speakers: ["Chen Yuhang/host","Q/journalist","Follow-up/journalist"],
    turns: ["Chen Yuhang/host","Q/journalist","Chen Yuhang/host","Q/journalist","Chen Yuhang/host","Follow-up/journalist","Chen Yuhang/host"],
    absent: ['Home', 'Print', 'September 12'],
    exchanges: '2>3 4>5 6>7',
  },
  {
    description: 'English MS ORTIZ:/QUESTION: with the spokesperson in the title line and a closing notice',
    file: 'english-state.txt',
    meta: { layout: 'english-speakers', title: "Department Press Briefing - Lena Ortiz, Department Spokesperson", heldAt: null, heldOn: "2023-02-21", language: 'en' },
    speakers: ["MS ORTIZ/host","QUESTION/journalist"],
    turns: ["MS ORTIZ/host","QUESTION/journalist","MS ORTIZ/host","QUESTION/journalist","MS ORTIZ/host","QUESTION/journalist","MS ORTIZ/host","MS ORTIZ/host"],
    absent: ['concluded'],
    exchanges: '2>3 4>5 6>7',
  },
  {
    description: 'Hong Kong release in Simplified: 记者/政务司司长, release date and site links after the last answer',
    file: 'hk-release-simplified.txt',
    meta: { layout: 'inline-tag-untimed', title: "政务司司长出席活动后会见传媒谈话内容", heldAt: null, heldOn: "2023-11-03", language: 'zh' },
    speakers: ["记者/journalist","政务司司长/official/政务司司长"],
    turns: ["记者/journalist","政务司司长/official","记者/journalist","政务司司长/official"],
    absent: ['列印此页', '寄给朋友', '今日新闻', '香港时间'],
    exchanges: '1>2 3>4',
  },
  {
    description: 'Hong Kong release in Traditional: 記者/行政長官, a notice, 完 and the release time end it',
    file: 'hk-release-traditional.txt',
    meta: { layout: 'inline-tag-untimed', title: "行政長官於行政會議前會見傳媒開場發言及答問內容（只有中文）", heldAt: null, heldOn: "2023-03-14", language: 'zh' },
    speakers: ["行政長官/official/行政長官","記者/journalist"],
    turns: ["行政長官/official","記者/journalist","行政長官/official","記者/journalist","行政長官/official"],
    absent: ['請同時參閱', '香港時間', '完'],
    exchanges: '2>3 4>5',
  },
  {
    description: 'live text: the time line before the speaker line, title and name on it, a salutation inside a turn',
    file: 'live-lead-time.txt',
    meta: { layout: 'speaker-line-lead-timed', title: "国家疾控委新闻发布会文字直播", heldAt: "2023-04-18T15:00:00+08:00", heldOn: "2023-04-18", language: 'zh' },
    speakers: ["国家疾控委新闻发言人 孟思远/host/国家疾控委新闻发言人","国家疾控委传染病防控司副司长 董立恒/official/国家疾控委传染病防控司副司长","新华视讯记者/journalist","董立恒/official/国家疾控委传染病防控司副司长","孟思远/host/国家疾控委新闻发言人"],
    turns: ["国家疾控委新闻发言人 孟思远/host@15:00","国家疾控委传染病防控司副司长 董立恒/official@15:03","新华视讯记者/journalist@15:10","董立恒/official@15:11","孟思远/host@15:15"],
    absent: ['15:03'],
    exchanges: '3>4',
  },
  {
    description: 'live text whose title line carries the date: heldAt from the summary sentence (下午2时30分), breadcrumb and posting time left out',
    file: 'live-dated-title.txt',
    meta: { layout: 'speaker-line-lead-timed', title: "国家医疗保障局2023年6月8日新闻发布会文字直播", heldAt: "2023-06-08T14:30:00+08:00", heldOn: "2023-06-08", language: 'zh' },
    speakers: ["国家医保局新闻发言人 程立言/host/国家医保局新闻发言人","国家医保局医药价格和招标采购司副司长 江晓帆/official/国家医保局医药价格和招标采购司副司长","中国医药报记者/journalist","江晓帆/official/国家医保局医药价格和招标采购司副司长","程立言/host/国家医保局新闻发言人"],
    turns: ["国家医保局新闻发言人 程立言/host@14:30","国家医保局医药价格和招标采购司副司长 江晓帆/official@14:33","中国医药报记者/journalist@14:40","江晓帆/official@14:41","程立言/host@14:47"],
    absent: ['首页', '17:05', '14:33'],
    exchanges: '3>4',
  },
  {
    description: 'Foreign Ministry briefing: 问/答/追问, the spokesperson answers and opens, a rule line ends it',
    file: 'mfa-regular.txt',
    meta: { layout: 'question-answer', title: "外交部发言人林海声主持例行记者会", heldAt: null, heldOn: "2023-05-12", language: 'zh' },
    speakers: ["林海声/host/外交部发言人","问/journalist","追问/journalist"],
    turns: ["林海声/host","问/journalist","林海声/host","问/journalist","林海声/host","追问/journalist","林海声/host","问/journalist","林海声/host"],
    absent: ['外交部发言人办公室', '*****'],
    exchanges: '2>3 4>5 6>7 8>9',
  },
  {
    description: 'Foreign Ministry repost: 会后，有记者问及 / 林海声表示 reported turns, （完）',
    file: 'mfa-reported.txt',
    meta: { layout: 'question-answer', title: "外交部发言人林海声主持例行记者会", heldAt: null, heldOn: "2023-06-07", language: 'zh' },
    speakers: ["问/journalist","林海声/host/外交部发言人","记者/journalist"],
    turns: ["问/journalist","林海声/host","问/journalist","林海声/host","记者/journalist","林海声/host"],
    absent: ['会后', '表示，', '（完）'],
    exchanges: '1>2 3>4 5>6',
  },
  {
    description: '答记者问 item: one question and one answer is a whole transcript; print links after it',
    file: 'mfa-single-qa.txt',
    meta: { layout: 'question-answer', title: "外交部发言人周文澜就北岸国家议会通过涉华决议答记者问", heldAt: null, heldOn: null, language: 'zh' },
    speakers: ["问/journalist","周文澜/official/外交部发言人"],
    turns: ["问/journalist","周文澜/official"],
    absent: ['打印', '关闭'],
    exchanges: '1>2',
  },
  {
    description: 'a site section after 发言人 (breadcrumb `首页 » … » 发言人谈话`) names no spokesperson: the answers stay 答',
    file: 'spokesperson-section.txt',
    meta: { layout: 'question-answer', title: "国家能源局新闻发言人就今夏电力迎峰度夏答记者问", heldAt: null, heldOn: "2023-07-11", language: 'zh' },
    speakers: ["问/journalist","答/official"],
    turns: ["问/journalist","答/official","问/journalist","答/official"],
    absent: ['首页', '发言人谈话', '打印'],
    exchanges: '1>2 3>4',
  },
  {
    description: 'official transcript: colonless 主持人 / title / name lines, bare journalist lines, names alone later',
    file: 'official-blocks.txt',
    meta: { layout: 'label-blocks', title: "国务院新闻办公室新闻发布会", heldAt: "2023-09-21T10:00:00+08:00", heldOn: "2023-09-21", language: 'zh' },
    speakers: ["许清和/host/国务院新闻办公室新闻局副局长、新闻发言人","秦远航/official/生态环境部副部长","中央广播电视总台央视记者/journalist"],
    turns: ["许清和/host","秦远航/official","中央广播电视总台央视记者/journalist","秦远航/official","许清和/host"],
    absent: ['生态环境部副部长\n'],
    exchanges: '3>4',
  },
  {
    description: 'outlet labels inline, the spokesperson chairs and answers, unlabelled opening announcement',
    file: 'outlet-inline.txt',
    meta: { layout: 'inline-tag-untimed', title: "外交部发言人林海声主持例行记者会", heldAt: null, heldOn: "2023-06-02", language: 'zh' },
    speakers: ["林海声/host/外交部发言人","东方晨报记者/journalist","环球视点社记者/journalist","北方日报记者/journalist"],
    turns: ["林海声/host","东方晨报记者/journalist","林海声/host","环球视点社记者/journalist","林海声/host","北方日报记者/journalist","林海声/host"],
    absent: ['2023年6月2日'],
    exchanges: '2>3 4>5 6>7',
  },
  {
    description: 'times closing paragraphs ([15:01]), . and *** separators, （完）',
    file: 'trailing-times.txt',
    meta: { layout: 'inline-tag-timed', title: "国务院新闻办公室新闻发布会：暑期运输保障情况", heldAt: "2023-07-06T15:00:00+08:00", heldOn: "2023-07-06", language: 'zh' },
    speakers: ["许清和/host","韩志诚/official/交通运输部副部长","北方日报记者/journalist"],
    turns: ["许清和/host@15:01","韩志诚/official@15:12","北方日报记者/journalist@15:20","韩志诚/official@15:24","许清和/host@15:30"],
    absent: ['[15:', '（完）'],
    exchanges: '3>4',
  },
  {
    description: 'times closing every paragraph (（15:02）), a turn going on after its time, outlets starting with numerals (21世纪经济报道, 36氪, 三联生活周刊), no marker, the title line and the date of the summary',
    file: 'trailing-times-outlets.txt',
    meta: { layout: 'inline-tag-timed', title: "商务部例行新闻发布会（2023年11月2日）", heldAt: null, heldOn: "2023-11-02", language: 'zh' },
    speakers: ["商务部新闻发言人 何雅宁/host/商务部新闻发言人","21世纪经济报道记者/journalist","何雅宁/host/新闻发言人","36氪记者/journalist","三联生活周刊记者/journalist"],
    turns: ["商务部新闻发言人 何雅宁/host@15:04","21世纪经济报道记者/journalist@15:05","何雅宁/host@15:09","36氪记者/journalist@15:11","何雅宁/host@15:13","三联生活周刊记者/journalist@15:15","何雅宁/host@15:20"],
    absent: ['（15:', '首页', '发布时间'],
    exchanges: '2>3 4>5 6>7',
  },
];

describe('layout fixtures', () => {
  it.each(ROWS)('$description ($file)', ({ file, meta, speakers, turns, absent, exchanges }) => {
    const parsed = parseOk(read(file));
    expect({ layout: parsed.layout, title: parsed.title, heldAt: parsed.heldAt, heldOn: parsed.heldOn, language: parsed.language }).toEqual(meta);
    expect(parsed.speakers.map((s) => [s.label, s.role, s.title].filter(Boolean).join('/'))).toEqual(speakers);
    expect(parsed.turns.map((t) => `${t.speaker}/${t.role}${t.postedAt ? `@${t.postedAt.slice(11, 16)}` : ''}`)).toEqual(turns);
    expect(parsed.exchanges.map((e) => `${e.question}>${e.answers.join(',')}`).join(' ')).toBe(exchanges);
    expect(parsed.coverage).toBe(1);
    for (const text of absent) expect(parsed.turns.filter((t) => t.text.includes(text)).map((t) => t.index), text).toEqual([]);
  });
});

describe('layout fixture details', () => {
  const turnsOf = (file: string) => parseOk(read(file)).turns;

  it('the spokesperson of a briefing is named from the header, never "答", and a date stays out of the title', () => {
    const parsed = parseOk(read('mfa-regular.txt'));
    expect(parsed.speakers[0]).toEqual({ label: '林海声', name: '林海声', title: '外交部发言人', organization: '外交部', role: 'host' });
    expect(parsed.turns[0]?.text.split('\n')).toHaveLength(2);
    expect(parsed.turns[2]?.text.endsWith('迈上新台阶。')).toBe(true);
  });

  it('reported turns keep what was said, not the reporting words', () => {
    const turns = turnsOf('mfa-reported.txt');
    expect(turns[4]?.text).toBe('据报道，西林国总统将于下月访华。你能否证实？');
    expect(turns[5]?.text).toBe('中方欢迎西林国总统访华。关于具体访问安排，我们将适时发布消息。');
  });

  it('a salutation inside a turn is text, and a title line plus a name line are one speaker', () => {
    const turns = turnsOf('official-blocks.txt');
    expect(turns[1]?.text.startsWith('各位媒体朋友：\n大家上午好。')).toBe(true);
    expect(turnsOf('live-lead-time.txt')[0]?.text.startsWith('各位媒体朋友：\n大家下午好！')).toBe(true);
  });

  it('a time closing a paragraph is the turn time, not text', () => {
    expect(turnsOf('trailing-times.txt')[0]?.text).toBe('女士们、先生们，大家下午好！欢迎出席国务院新闻办新闻发布会。首先，有请韩志诚先生做介绍。');
  });

  it('paragraphs of one turn each closed by a time stay one turn, without their times', () => {
    const turns = turnsOf('trailing-times-outlets.txt');
    expect(turns[0]?.text.split('\n')).toHaveLength(3);
    expect(turns[0]?.text.endsWith('下面，我愿意回答大家的提问。')).toBe(true);
    expect(turns[6]?.text).toBe('我们将推动老字号企业守正创新，支持老字号与电商平台开展合作。\n今天的发布会就到这里，谢谢大家。');
  });

  it('an English spokesperson opens with the unlabelled paragraphs before the first question', () => {
    const turns = turnsOf('english-qa-spokesperson.txt');
    expect(turns[0]?.text.split('\n')).toHaveLength(2);
    expect(turns[0]?.text.startsWith('Good afternoon.')).toBe(true);
  });

  it('Traditional labels keep their script', () => {
    const parsed = parseOk(read('hk-release-traditional.txt'));
    expect(parsed.speakers.map((s) => s.label)).toEqual(['行政長官', '記者']);
    expect(parsed.timezone).toBe('Asia/Shanghai');
  });

  it('an English briefing reads its zone from the header', () => {
    expect(parseOk(read('english-caps.txt')).timezone).toBe('UTC-05:00');
  });
});
