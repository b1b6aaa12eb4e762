import { describe, expect, it } from 'vitest';
import { snippet } from './snippet';
import { speakerLabel } from './speaker-label';

describe('snippet', () => {
  it.each([
    { description: 'short text unchanged', text: '谢谢主持人。', max: 10, expected: '谢谢主持人。' },
    { description: 'first paragraph only', text: '第一段。\n第二段。', max: 10, expected: '第一段。' },
    { description: 'cut with an ellipsis', text: '一二三四五六七八九十', max: 4, expected: '一二三四…' },
    { description: 'never splits a character outside the BMP', text: '𠀀𠀁𠀂𠀃', max: 2, expected: '𠀀𠀁…' },
    { description: 'skips leading blank lines', text: '\n  问题  \n', max: 10, expected: '问题' },
  ])('$description', ({ text, max, expected }) => {
    expect(snippet(text, max)).toBe(expected);
  });
});

describe('speakerLabel', () => {
  it.each([
    {
      description: 'official: name and title',
      speaker: { label: '罗照辉', name: '罗照辉', title: '外交部副部长', organization: '外交部' },
      expected: { primary: '罗照辉', secondary: '外交部副部长' },
    },
    {
      description: 'journalist: the label already names the outlet',
      speaker: { label: 'CGTN记者', name: null, title: null, organization: 'CGTN' },
      expected: { primary: 'CGTN记者', secondary: null },
    },
    {
      description: 'name without title or organisation',
      speaker: { label: '胡凯红', name: '胡凯红', title: null, organization: null },
      expected: { primary: '胡凯红', secondary: null },
    },
  ])('$description', ({ speaker, expected }) => {
    expect(speakerLabel(speaker)).toEqual(expected);
  });
});
