// The pure rules of assignments: which selections lie in a passage, how progress is counted,
// how CSV cells are written and how the form's due time is read. Table-driven: add a row.
import { describe, expect, it } from 'vitest';
import { dueAtFromForm, localInputFromIso } from '@/lib/actions/assignment-form-data';
import { csvCell, toCsv } from '@/lib/export/csv';
import { passageContains, passageTurnIndexes } from '@/lib/assignments/passage';
import { computeProgress, type ProgressAnnotation, type ProgressJudgment } from '@/lib/assignments/progress';
import type { AssignmentPassage } from '@/lib/assignments/types';

const none = { fromTurn: null, toTurn: null, speakerLabel: null, spanStart: null, spanEnd: null };
const RANGE: AssignmentPassage = { ...none, kind: 'turn_range', fromTurn: 10, toTurn: 14 };
const SPEAKER: AssignmentPassage = { ...none, kind: 'speaker', speakerLabel: '罗照辉' };
const SPAN: AssignmentPassage = { ...none, kind: 'span', fromTurn: 3, toTurn: 3, spanStart: 5, spanEnd: 20 };

describe('passageContains', () => {
  it.each([
    ['first turn of a range', RANGE, 10, '胡凯红', 0, 4, true],
    ['last turn of a range', RANGE, 14, '胡凯红', 0, 4, true],
    ['turn before a range', RANGE, 9, '胡凯红', 0, 4, false],
    ['turn after a range', RANGE, 15, '胡凯红', 0, 4, false],
    ["the speaker's turn", SPEAKER, 7, '罗照辉', 0, 4, true],
    ["someone else's turn", SPEAKER, 7, '胡凯红', 0, 4, false],
    ['inside the span', SPAN, 3, 'x', 5, 20, true],
    ['starting before the span', SPAN, 3, 'x', 4, 10, false],
    ['ending after the span', SPAN, 3, 'x', 6, 21, false],
    ["another turn than the span's", SPAN, 4, 'x', 5, 20, false],
  ] as const)('%s', (_case, passage, index, speaker, start, end, expected) => {
    expect(passageContains(passage, { index, speaker }, start, end)).toBe(expected);
  });

  it('lists the turns a passage covers in order', () => {
    const turns = [12, 9, 10, 14, 15, 11, 13].map((index) => ({ index, speaker: index % 2 ? '罗照辉' : '胡凯红' }));
    expect(passageTurnIndexes(RANGE, turns)).toEqual([10, 11, 12, 13, 14]);
    expect(passageTurnIndexes(SPEAKER, turns)).toEqual([9, 11, 13, 15]);
  });
});

describe('computeProgress', () => {
  const created = new Date('2026-01-01T00:00:00Z');
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  const assignment = { passage: RANGE, createdAt: created, minAnnotations: 2, minClaims: 1, minLinks: 1 };
  const note = (over: Partial<ProgressAnnotation>): ProgressAnnotation => ({ turnIndex: 10, speaker: 'x', start: 0, end: 2, hasClaim: false, deleted: false, updatedAt: at(2), ...over });
  const judgment = (over: Partial<ProgressJudgment>): ProgressJudgment => ({ turnIndex: 11, confirmed: true, sharedWithClass: true, updatedAt: at(3), ...over });
  const passageTurns = new Set([10, 11, 12, 13, 14]);

  it('counts nothing for a student without work', () => {
    expect(computeProgress(assignment, passageTurns, [], [])).toEqual({
      annotations: 0,
      claims: 0,
      links: 0,
      complete: false,
      lastActivity: null,
      tasks: [
        { kind: 'annotations', done: 0, required: 2, left: 2 },
        { kind: 'claims', done: 0, required: 1, left: 1 },
        { kind: 'links', done: 0, required: 1, left: 1 },
      ],
    });
  });

  it.each([
    ['a note in the passage', [note({})], [], { annotations: 1, claims: 0, links: 0 }],
    ['a claim in the passage', [note({ hasClaim: true })], [], { annotations: 1, claims: 1, links: 0 }],
    ['a deleted note', [note({ deleted: true, hasClaim: true })], [], { annotations: 0, claims: 0, links: 0 }],
    ['a note outside the (narrowed) passage', [note({ turnIndex: 20 })], [], { annotations: 0, claims: 0, links: 0 }],
    ['a shared confirmation on a passage turn', [], [judgment({})], { annotations: 0, claims: 0, links: 1 }],
    ['a rejection', [], [judgment({ confirmed: false })], { annotations: 0, claims: 0, links: 0 }],
    ['a private confirmation', [], [judgment({ sharedWithClass: false })], { annotations: 0, claims: 0, links: 0 }],
    ['a confirmation outside the passage', [], [judgment({ turnIndex: 9 })], { annotations: 0, claims: 0, links: 0 }],
    ['a confirmation from before the assignment', [], [judgment({ updatedAt: at(-3) })], { annotations: 0, claims: 0, links: 0 }],
  ] as const)('%s', (_case, annotations, judgments, expected) => {
    expect(computeProgress(assignment, passageTurns, annotations, judgments)).toMatchObject(expected);
  });

  it('is complete when every required task is met, with the latest counted change as last activity', () => {
    const progress = computeProgress(assignment, passageTurns, [note({ hasClaim: true }), note({ updatedAt: at(9) }), note({ deleted: true, updatedAt: at(20) })], [judgment({})]);
    expect(progress).toMatchObject({ annotations: 2, claims: 1, links: 1, complete: true, lastActivity: at(9).toISOString() });
    expect(progress.tasks.every((task) => task.left === 0)).toBe(true);
  });

  it('lists only required tasks, and more work than required leaves nothing negative', () => {
    const progress = computeProgress({ ...assignment, minClaims: 0, minLinks: 0, minAnnotations: 1 }, passageTurns, [note({}), note({})], []);
    expect(progress.tasks).toEqual([{ kind: 'annotations', done: 2, required: 1, left: 0 }]);
    expect(computeProgress({ ...assignment, minAnnotations: 0, minClaims: 0, minLinks: 0 }, passageTurns, [], []).complete).toBe(true);
  });
});

describe('CSV', () => {
  it.each([
    ['plain text', '张三', '张三'],
    ['a number', 3, '3'],
    ['null', null, ''],
    ['a comma', 'a,b', '"a,b"'],
    ['quotes', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'a\nb', '"a\nb"'],
    ['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a plus', '+1', "'+1"],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
  ] as const)('writes %s', (_case, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('starts with a byte order mark and ends rows with CRLF', () => {
    expect(toCsv([['a', 1], ['b', null]])).toBe('\uFEFFa,1\r\nb,\r\n');
  });
});

describe('dueAtFromForm', () => {
  it.each([
    ['Beijing time', '2026-12-01T18:00', 480, '2026-12-01T10:00:00.000Z'],
    ['UTC', '2026-12-01T18:00', 0, '2026-12-01T18:00:00.000Z'],
    ['west of UTC', '2026-12-01T18:00', -300, '2026-12-01T23:00:00.000Z'],
  ])('reads %s', (_case, local, offset, expected) => {
    expect(dueAtFromForm(local, offset)).toBe(expected);
  });

  it('leaves an empty value as no due date and an unreadable one for the schema to refuse', () => {
    expect(dueAtFromForm('', 480)).toBeNull();
    expect(dueAtFromForm('tomorrow', 480)).toBe('tomorrow');
  });

  it.each([480, 0, -300, 330])('round-trips through the edit form at offset %i', (offset) => {
    const local = localInputFromIso('2026-12-01T10:00:00.000Z', offset);
    expect(dueAtFromForm(local, offset)).toBe('2026-12-01T10:00:00.000Z');
  });
});
