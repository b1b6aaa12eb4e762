'use client';

import type { JSONContent } from '@tiptap/react';
import { useId, useState, type FormEvent } from 'react';
import type { GroupChoice } from '@/components/highlights/layer-context';
import { updateAnnotationAction } from '@/lib/actions/annotation-actions';
import { isEmptyBody } from '@/lib/editor/body';
import type { AnnotationVisibility } from '@/lib/validation/annotations';
import { LazyAnnotationEditor } from './lazy-editor';
import type { CardControlLabels } from './panel-labels';
import { parseTags } from './parse-tags';
import { useAnnotationAction } from './use-annotation-action';
import { VisibilitySelect, visibilityChoice, visibilityInput } from './visibility-select';
import styles from './annotation-forms.module.css';

/** What the edit form starts from: the card's annotation as the reader sees it. */
export interface EditableAnnotation {
  id: string;
  revision: number;
  visibility: AnnotationVisibility;
  /** The group that may read it (`group` visibility). */
  group: GroupChoice | null;
  tags: string[];
  /** Server-rendered, sanitised HTML of the body; null for a highlight. */
  bodyHtml: string | null;
}

/**
 * Edits the reader's own annotation: body, visibility (private, public or one of `groups`) and
 * tags, sent with the revision the form started from (a concurrent edit comes back as a conflict
 * message). The body and the visibility are only sent when they changed (so a note in an
 * archived group keeps its group); emptying the body turns the note into a highlight.
 */
export function AnnotationEditForm({
  annotation,
  groups,
  labels,
  onDone,
}: {
  annotation: EditableAnnotation;
  groups: GroupChoice[];
  labels: CardControlLabels;
  onDone(): void;
}) {
  const id = useId();
  const [doc, setDoc] = useState<JSONContent | undefined>(undefined);
  const initial = visibilityChoice(annotation.visibility, annotation.group?.id);
  const [choice, setChoice] = useState(initial);
  // The current group stays a choice even when it is archived or no longer the reader's.
  const choices = annotation.group && !groups.some((g) => g.id === annotation.group?.id) ? [annotation.group, ...groups] : groups;
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const { run, pending, error } = useAnnotationAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = doc === undefined ? undefined : isEmptyBody(doc) ? null : doc;
    const visibility = choice === initial ? {} : visibilityInput(choice);
    const done = await run(() => updateAnnotationAction({ id: annotation.id, body, ...visibility, tags: parseTags(tags), expectedRevision: annotation.revision }));
    if (done) onDone();
  };

  return (
    <form className={styles.inline} onSubmit={submit} aria-busy={pending}>
      <LazyAnnotationEditor
        // The data layer hands out the body as sanitised HTML only; tiptap parses HTML content
        // with the same schema, so the editor starts from exactly what the card shows.
        initialContent={(annotation.bodyHtml ?? undefined) as JSONContent | undefined}
        onChange={setDoc}
        autoFocus
        labels={labels.editor}
      />
      <div className={styles.row}>
        <VisibilitySelect value={choice} onChange={setChoice} groups={choices} labels={labels} />
        <label className={styles.field}>
          <span>{labels.tags}</span>
          <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby={`${id}-hint`} />
          <small id={`${id}-hint`} className={styles.hint}>
            {labels.tagsHint}
          </small>
        </label>
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={pending}>
          {labels.update}
        </button>
        <button type="button" className={styles.secondary} onClick={onDone} disabled={pending}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
