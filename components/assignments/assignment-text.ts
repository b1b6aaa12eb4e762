import type { AssignmentPassage, TaskProgress } from '@/lib/assignments/types';
import { formatEventDateTime } from '@/lib/format/format-time';
import { isolate } from '@/lib/format/isolate';
import { languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';

/** Due dates show in Beijing time with the offset, as the corpus does: `… 18:00 GMT+8`. */
const DUE_ZONE = 'Asia/Shanghai';

/**
 * The passage in words: "turns 10–14", "every turn of 罗照辉", "a selected span of turn 3"; the
 * speaker label (from an import) isolated, as this is text only.
 */
export function describePassage(passage: AssignmentPassage, t: Translator): string {
  if (passage.kind === 'speaker') return t('assignmentPassageSpeaker', { speaker: isolate(passage.speakerLabel ?? '') });
  if (passage.kind === 'span') return t('assignmentPassageSpan', { turn: passage.fromTurn ?? '' });
  const single = passage.fromTurn === passage.toTurn;
  return t('assignmentPassageRange', { n: single ? 1 : 2, from: passage.fromTurn ?? '', to: passage.toTurn ?? '' });
}

/** "Due …" or "No due date". */
export function describeDue(dueAt: string | null, locale: Locale, t: Translator): string {
  return dueAt ? t('assignmentDue', { date: formatEventDateTime(dueAt, DUE_ZONE, languageTag(locale)) }) : t('assignmentNoDue');
}

/** One task as a line: "At least 2 annotations: 1 done" (plural by the required count). */
export function describeTask(task: TaskProgress, t: Translator): string {
  const key = task.kind === 'annotations' ? 'assignmentTaskAnnotations' : task.kind === 'claims' ? 'assignmentTaskClaims' : 'assignmentTaskLinks';
  return t(key, { n: task.required, done: task.done });
}

/** A date and time for tables (last activity), in Beijing time with the offset. */
export function describeInstant(iso: string, locale: Locale): string {
  return formatEventDateTime(iso, DUE_ZONE, languageTag(locale));
}
