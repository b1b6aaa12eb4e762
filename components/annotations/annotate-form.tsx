'use client';

import type { JSONContent } from '@tiptap/react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLayer } from '@/components/highlights/layer-context';
import type { Option } from '@/components/ui/option';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { createAnnotationAction, setClaimAction } from '@/lib/actions/annotation-actions';
import { isEmptyBody } from '@/lib/editor/body';
import { truncateCodePoints } from '@/lib/format/truncate';
import { ClaimFields, claimEvidence, emptyClaimDraft, type ClaimDraft } from './claim-fields';
import { fillMessage } from './fill-message';
import type { AnnotateFormLabels } from './labels';
import { LazyAnnotationEditor } from './lazy-editor';
import { parseTags } from './parse-tags';
import { VisibilitySelect, visibilityInput, type VisibilityChoice } from './visibility-select';
import styles from './annotation-forms.module.css';

/** The span being annotated; offsets are code points within the turn text. */
export interface AnnotateTarget {
  transcriptSlug: string;
  turnIndex: number;
  start: number;
  end: number;
  exact: string;
}

/**
 * A new note on a selected span: the rich-text editor (an empty body makes a highlight),
 * visibility (private by default, or one of the reader's groups), tags and, optionally, a claim
 * with type, status and evidence. While the reader works on a class assignment the note goes to
 * that class's group and carries the assignment's id.
 * A claim is created unverified and then moved to its status with the evidence, since only
 * setClaimAction records evidence with a status change. Loaded lazily by the annotation layer.
 */
export default function AnnotateForm({
  target,
  labels,
  chronicleOptions,
  onSaved,
  onCancel,
}: {
  target: AnnotateTarget;
  labels: AnnotateFormLabels;
  chronicleOptions: Option[];
  onSaved(id: string): void;
  onCancel(): void;
}) {
  const id = useId();
  const [doc, setDoc] = useState<JSONContent | null>(null);
  const layer = useLayer();
  const assignment = layer?.assignment ?? null;
  const groups = assignment ? [{ id: assignment.groupId, name: assignment.groupName }] : (layer?.groups ?? []);
  const [choice, setChoice] = useState<VisibilityChoice>(assignment ? `group:${assignment.groupId}` : 'private');
  const [tags, setTags] = useState('');
  const [claimOn, setClaimOn] = useState(false);
  const [claim, setClaim] = useState<ClaimDraft>(emptyClaimDraft());
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Set when the note is stored but its claim status is not yet: Save then retries the status.
  const [savedId, setSavedId] = useState<string | null>(null);

  const save = async () => {
    const evidence = claimOn ? claimEvidence(claim, labels.claimFields) : {};
    if ('error' in evidence) return setError(evidence.error);
    setPending(true);
    setError(null);
    let annotationId = savedId;
    if (!annotationId) {
      const created = await createAnnotationAction({
        ...target,
        body: doc && !isEmptyBody(doc) ? doc : null,
        ...(assignment ? { visibility: 'group' as const, groupId: assignment.groupId, assignmentId: assignment.id } : visibilityInput(choice)),
        tags: parseTags(tags),
        claim: claimOn ? { type: claim.type, status: 'unverified' } : null,
      });
      if (!created.ok) {
        setPending(false);
        return setError(created.error);
      }
      annotationId = created.data.id;
    }
    if (claimOn && claim.status !== 'unverified') {
      const changed = await setClaimAction({ id: annotationId, type: claim.type, status: claim.status, ...evidence });
      if (!changed.ok) {
        setSavedId(annotationId);
        setPending(false);
        return setError(fillMessage(labels.claimFailed, { error: changed.error }));
      }
    }
    setPending(false);
    onSaved(annotationId);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) void save();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !pending) {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      submit(event);
    }
  };

  return (
    <form className={styles.form} aria-labelledby={`${id}-title`} aria-busy={pending} onSubmit={submit} onKeyDown={onKeyDown}>
      <h3 id={`${id}-title`} className={styles.title}>
        {labels.title}
      </h3>
      {assignment && (
        <p className={styles.hint}>
          <UserMessage message={labels.forAssignment} values={{ title: assignment.title }} />
        </p>
      )}
      <blockquote className={styles.quote} lang="zh-CN" aria-label={labels.quote}>
        <UserText>{truncateCodePoints(target.exact, 140)}</UserText>
      </blockquote>
      <LazyAnnotationEditor onChange={setDoc} autoFocus labels={labels.editor} />
      <div className={styles.row}>
        <VisibilitySelect value={choice} onChange={setChoice} groups={groups} labels={labels} locked={assignment !== null} />
        <label className={styles.field}>
          <span>{labels.tags}</span>
          <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby={`${id}-tags-hint`} />
          <small id={`${id}-tags-hint`} className={styles.hint}>
            {labels.tagsHint}
          </small>
        </label>
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={claimOn} onChange={(e) => setClaimOn(e.target.checked)} />
        {labels.claim}
      </label>
      {claimOn && <ClaimFields idPrefix={id} value={claim} onChange={setClaim} labels={labels.claimFields} chronicleOptions={chronicleOptions} />}
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={pending} title={labels.shortcut}>
          {labels.save}
        </button>
        <button type="button" className={styles.secondary} disabled={pending} onClick={onCancel}>
          {labels.cancel}
        </button>
        {pending && <span className={styles.hint}>{labels.saving}</span>}
      </div>
    </form>
  );
}
