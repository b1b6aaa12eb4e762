import { describe, expect, it } from 'vitest';
import { findHostInHeader, findTitleInHeader, isPersonalName, organizationOf, splitTitledLabel } from './titles';

const SEED_SUMMARY =
  '国务院新闻办公室于2020年3月26日（星期四）上午10时举行新闻发布会，请外交部副部长罗照辉、科技部副部长徐南平、卫生健康委副主任曾益新、国际发展合作署副署长邓波清介绍中国关于抗击疫情的国际合作情况，并答记者问。';

describe('findTitleInHeader', () => {
  it.each([
    { description: 'first in the list, after 请', name: '罗照辉', header: SEED_SUMMARY, title: '外交部副部长' },
    { description: 'after another name and 、', name: '徐南平', header: SEED_SUMMARY, title: '科技部副部长' },
    { description: '副主任', name: '曾益新', header: SEED_SUMMARY, title: '卫生健康委副主任' },
    { description: 'last in the list', name: '邓波清', header: SEED_SUMMARY, title: '国际发展合作署副署长' },
    { description: 'a title in two parts joined by 、', name: '胡凯红', header: '由国务院新闻办新闻局副局长、新闻发言人胡凯红主持。', title: '国务院新闻办新闻局副局长、新闻发言人' },
    { description: 'an academic title', name: '钟南山', header: '请中国工程院院士钟南山介绍情况', title: '中国工程院院士' },
    { description: 'a name the header does not mention', name: '胡凯红', header: SEED_SUMMARY, title: null },
    { description: 'a name without a title before it', name: '张三', header: '张三、李四出席', title: null },
  ])('$description', ({ name, header, title }) => {
    expect(findTitleInHeader(name, header)).toBe(title);
  });
});

describe('organizationOf', () => {
  it.each([
    { description: 'ministry', title: '外交部副部长', organization: '外交部' },
    { description: 'commission', title: '卫生健康委副主任', organization: '卫生健康委' },
    { description: 'agency', title: '国际发展合作署副署长', organization: '国际发展合作署' },
    { description: 'first part of a two-part title', title: '国务院新闻办新闻局副局长、新闻发言人', organization: '国务院新闻办新闻局' },
    { description: 'only a position', title: '新闻发言人', organization: null },
    { description: 'no known position', title: '外交部', organization: null },
  ])('$description', ({ title, organization }) => {
    expect(organizationOf(title)).toBe(organization);
  });
});

describe('isPersonalName', () => {
  it.each([
    { description: 'three Han characters', text: '罗照辉', ok: true },
    { description: 'two Han characters', text: '王毅', ok: true },
    { description: 'a transliterated name', text: '谭德·塞', ok: true },
    { description: 'a role', text: '主持人', ok: false },
    { description: 'an outlet', text: '韩联社记者', ok: false },
    { description: 'a name plus a position', text: '罗部长', ok: false },
    { description: 'Latin letters', text: 'CGTN', ok: false },
    { description: 'too long', text: '中央广播电视总台', ok: false },
  ])('$description', ({ text, ok }) => {
    expect(isPersonalName(text)).toBe(ok);
  });
});

describe('splitTitledLabel', () => {
  it.each([
    { description: 'title then name', label: '外交部副部长罗照辉', split: { title: '外交部副部长', name: '罗照辉' } },
    { description: 'spokesperson', label: '外交部发言人华春莹', split: { title: '外交部发言人', name: '华春莹' } },
    { description: 'a bare name', label: '罗照辉', split: null },
    { description: 'a bare title', label: '外交部副部长', split: null },
  ])('$description', ({ label, split }) => {
    expect(splitTitledLabel(label)).toEqual(split);
  });
});

describe('findHostInHeader', () => {
  it.each([
    { description: 'title, name, 主持', header: '由国务院新闻办新闻局副局长、新闻发言人胡凯红主持。', host: { name: '胡凯红', title: '国务院新闻办新闻局副局长、新闻发言人' } },
    { description: 'a two-character name', header: '外交部发言人汪文斌主持例行记者会', host: { name: '汪文斌', title: '外交部发言人' } },
    { description: 'no one chairs', header: SEED_SUMMARY, host: null },
    { description: '主持 without a titled name before it', header: '会议由他主持。', host: null },
  ])('$description', ({ header, host }) => {
    expect(findHostInHeader(header)).toEqual(host);
  });
});
