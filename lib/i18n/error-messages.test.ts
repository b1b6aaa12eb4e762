import { describe, expect, it } from 'vitest';
import { localizeErrorMessage } from './error-messages';

describe('localizeErrorMessage', () => {
  it.each([
    ['Not found', '找不到，或你没有权限查看'],
    ['Tag "疫情" is not in the team\'s vocabulary', '标签“疫情”不在团队的标签表里'],
    ["turn 9 is outside the assignment's passage", '第 9 段不在作业范围内'],
    ['Evidence is required for status supported; create the claim, then add evidence', '这个核查状态需要证据：请先添加证据'],
    ['annotation 2: turn 9 is outside the assignment\'s passage', '第 2 条批注：第 9 段不在作业范围内'],
    ['A join code has 10 characters', '加入码是 10 个字符'],
  ])('%s → %s', (english, chinese) => {
    expect(localizeErrorMessage(english, 'zh')).toBe(chinese);
  });

  it('keeps English for English readers and a Chinese lead-in for unknown details', () => {
    expect(localizeErrorMessage('Not found', 'en')).toBe('Not found');
    expect(localizeErrorMessage('offsets 3..9 are outside the text (0..5)', 'zh')).toBe('输入有误：offsets 3..9 are outside the text (0..5)');
  });
});
