import type { AnnotationSummary } from '@/lib/data/annotations';
import { isolate } from '@/lib/format/isolate';
import { truncateCodePoints } from '@/lib/format/truncate';
import type { Translator } from '@/lib/i18n/translate';
import type { TurnHighlight } from './turn-text';

/** Code points of the note quoted in a highlight's description. */
const SNIPPET = 80;

/**
 * The highlights to draw, grouped by turn. Tombstones and annotations whose quote a correction
 * moved out of reach (`needs_review`) are left out: their offsets no longer point at their words.
 */
export function highlightsByTurn(annotations: AnnotationSummary[], t: Translator): Map<number, TurnHighlight[]> {
  const byTurn = new Map<number, TurnHighlight[]>();
  for (const a of annotations) {
    if (a.deleted || a.anchorStatus !== 'anchored') continue;
    // The description is text only (aria-describedby reads it): isolate what people wrote.
    const name = isolate(a.author?.name ?? '');
    const text = a.bodyText.replace(/\s+/g, ' ').trim();
    const description = text
      ? t('annotationNoteBy', { name, text: isolate(truncateCodePoints(text, SNIPPET)) })
      : t('annotationHighlightBy', { name });
    const list = byTurn.get(a.turnIndex) ?? [];
    list.push({ id: a.id, start: a.start, end: a.end, mine: a.isMine, visibility: a.visibility, claim: a.claim !== null, description });
    byTurn.set(a.turnIndex, list);
  }
  return byTurn;
}

/**
 * Tags and authors found on the annotations, for the filter form's suggestions and choices;
 * author names are sorted, then isolated for their `<option>`.
 */
export function filterChoices(annotations: AnnotationSummary[]): { tags: string[]; authors: { value: string; label: string }[] } {
  const tags = new Set<string>();
  const authors = new Map<string, string>();
  for (const a of annotations) {
    a.tags.forEach((tag) => tags.add(tag));
    if (a.author) authors.set(a.author.id, a.author.name);
  }
  return {
    tags: [...tags].sort((x, y) => x.localeCompare(y)),
    authors: [...authors]
      .sort(([, x], [, y]) => x.localeCompare(y))
      .map(([value, label]) => ({ value, label: isolate(label) })),
  };
}
