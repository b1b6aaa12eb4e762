import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify-lines';
import { toSourceLines } from './normalize-text';

const kinds = (raw: string) =>
  classifyLines(toSourceLines(raw)).lines.map((l) => (l.kind === 'artefact' ? `artefact:${l.reason}:${l.text}` : `${l.kind}:${l.text}`));

describe('classifyLines: artefacts', () => {
  it.each([
    { description: 'jump line from the previous page', raw: '◆a。\n(上接7版)', expected: ['entry:a。', 'artefact:page marker:(上接7版)'] },
    { description: 'full-width jump line to the next page', raw: '◆a。\n（下转8版）', expected: ['entry:a。', 'artefact:page marker:（下转8版）'] },
    { description: 'jump line glued to the end of an entry', raw: '◆深化交（下转8版）', expected: ['artefact:page marker:（下转8版）', 'entry:深化交'] },
    { description: 'bare page number', raw: '◆a。\n12', expected: ['entry:a。', 'artefact:page number:12'] },
    { description: 'dashed page number', raw: '◆a。\n- 12 -', expected: ['entry:a。', 'artefact:page number:- 12 -'] },
    { description: '第N页 page number', raw: '◆a。\n第 4 页', expected: ['entry:a。', 'artefact:page number:第 4 页'] },
    { description: 'title before the first entry', raw: '纪实\n◆a。', expected: ['artefact:document title:纪实', 'entry:a。'] },
    {
      description: 'repeated running header in the middle',
      raw: '纪实\n◆a\n纪实\nb。',
      expected: ['artefact:document title:纪实', 'entry:a', 'artefact:running header:纪实', 'text:b。'],
    },
    {
      description: 'a repeated header other than the title',
      raw: '纪实\n◆a。\n人民日报 第8版\n◆b。\n人民日报 第8版',
      expected: ['artefact:document title:纪实', 'entry:a。', 'artefact:running header:人民日报 第8版', 'entry:b。', 'artefact:running header:人民日报 第8版'],
    },
  ])('$description', ({ raw, expected }) => {
    expect(kinds(raw)).toEqual(expected);
  });

  it.each([
    { description: 'a single unpunctuated line after an entry is text', raw: '◆a\n流合作', expected: ['entry:a', 'text:流合作'] },
    { description: 'a punctuated line before the first entry is text', raw: '本文记录疫情。\n◆a。', expected: ['text:本文记录疫情。', 'entry:a。'] },
    { description: 'a date heading is not a page number', raw: '3月8日', expected: ['heading:3月8日'] },
    { description: 'the bullet and its space are removed', raw: '◆ a。\n● b。\n• c。\n■ d。', expected: ['entry:a。', 'entry:b。', 'entry:c。', 'entry:d。'] },
  ])('keeps content: $description', ({ raw, expected }) => {
    expect(kinds(raw)).toEqual(expected);
  });

  it('takes the first running header as the title', () => {
    expect(classifyLines(toSourceLines('\n\n纪实\n\n(上接7版)\n◆a。')).title).toBe('纪实');
    expect(classifyLines(toSourceLines('◆a。')).title).toBeNull();
  });
});
