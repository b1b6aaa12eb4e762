'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';
import { createAssignmentFormAction, updateAssignmentFormAction } from '@/lib/actions/assignment-actions';
import { DEFAULT_OFFSET_MINUTES, localInputFromIso } from '@/lib/actions/assignment-form-data';
import type { FormState } from '@/lib/actions/form-action';
import { isolate } from '@/lib/format/isolate';
import styles from './assignments.module.css';

/** Every text the form shows, translated on the server. */
export type AssignmentFormLabels = Record<
  | 'title'
  | 'transcript'
  | 'instructions'
  | 'passageKind'
  | 'kindTurnRange'
  | 'kindSpeaker'
  | 'kindSpan'
  | 'fromTurn'
  | 'toTurn'
  | 'speaker'
  | 'spanTurn'
  | 'spanQuote'
  | 'spanStart'
  | 'spanEnd'
  | 'dueAt'
  | 'minAnnotations'
  | 'minClaims'
  | 'minLinks'
  | 'hide'
  | 'submit'
  | 'error',
  string
>;

const INITIAL: FormState = null;

const noChanges = () => () => undefined;
/** Minutes east of UTC in the browser, as the action expects; unknown ('') on the server. */
const browserOffset = () => String(-new Date().getTimezoneOffset());

/** A new assignment in a class, or changes to an existing one (with its current fields). */
export type AssignmentFormMode = { kind: 'create'; groupId: string } | { kind: 'edit'; assignmentId: string; initial: Record<string, string> };

/**
 * The assignment form: a plain form post through useActionState (works without JavaScript);
 * on success the action redirects to the assignment's dashboard. With JavaScript only the
 * chosen passage kind's fields show, and the due time is read in the browser's zone.
 */
export function AssignmentForm({
  mode,
  transcripts,
  speakers,
  labels,
}: {
  mode: AssignmentFormMode;
  transcripts: { slug: string; title: string }[];
  speakers: string[];
  labels: AssignmentFormLabels;
}) {
  const [state, formAction, pending] = useActionState(mode.kind === 'create' ? createAssignmentFormAction : updateAssignmentFormAction, INITIAL);
  const [kind, setKind] = useState<string | null>(null);
  const offset = useSyncExternalStore(noChanges, browserOffset, () => '');
  const hydrated = useSyncExternalStore(noChanges, () => true, () => false);
  const initial = mode.kind === 'edit' ? mode.initial : {};
  const values = state?.values ?? {
    ...initial,
    dueAt: initial.dueAt ? localInputFromIso(initial.dueAt, offset === '' ? DEFAULT_OFFSET_MINUTES : Number(offset)) : '',
  };
  // Without JavaScript every passage field shows; with it, only the chosen kind's.
  const chosen = kind ?? values.passageKind ?? (hydrated ? 'turn_range' : null);
  const shows = (k: string) => chosen === null || chosen === k;
  const value = (name: string, fallback = '') => values[name] ?? fallback;
  return (
    <form action={formAction} className={styles.form}>
      {state?.error && (
        <p role="alert" className={styles.error}>
          {labels.error.replace('{message}', state.error)}
        </p>
      )}
      {mode.kind === 'create' ? (
        <input type="hidden" name="groupId" value={mode.groupId} />
      ) : (
        <input type="hidden" name="assignmentId" value={mode.assignmentId} />
      )}
      <input type="hidden" name="timezoneOffset" value={offset} />
      <label>
        {labels.title}
        <input name="title" required maxLength={200} defaultValue={value('title')} />
      </label>
      <label>
        {labels.transcript}
        <select name="transcriptSlug" required defaultValue={value('transcriptSlug', transcripts[0]?.slug)}>
          {transcripts.map((tr) => (
            <option key={tr.slug} value={tr.slug}>
              {isolate(tr.title)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{labels.passageKind}</legend>
        {(
          [
            ['turn_range', labels.kindTurnRange],
            ['speaker', labels.kindSpeaker],
            ['span', labels.kindSpan],
          ] as const
        ).map(([option, label]) => (
          <label key={option} className={styles.inline}>
            <input type="radio" name="passageKind" value={option} checked={option === (chosen ?? 'turn_range')} onChange={() => setKind(option)} />
            {label}
          </label>
        ))}
        {shows('turn_range') && (
          <div className={styles.actions}>
            <label>
              {labels.fromTurn}
              <input name="fromTurn" type="number" min={0} inputMode="numeric" defaultValue={value('fromTurn')} />
            </label>
            <label>
              {labels.toTurn}
              <input name="toTurn" type="number" min={0} inputMode="numeric" defaultValue={value('toTurn')} />
            </label>
          </div>
        )}
        {shows('speaker') && (
          <label>
            {labels.speaker}
            <input name="speakerLabel" list="assignment-speakers" defaultValue={value('speakerLabel')} />
            <datalist id="assignment-speakers">
              {speakers.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </label>
        )}
        {shows('span') && (
          <div className={styles.form}>
            <label>
              {labels.spanTurn}
              <input name="spanTurn" type="number" min={0} inputMode="numeric" defaultValue={value('spanTurn')} />
            </label>
            <label>
              {labels.spanQuote}
              <input name="spanQuote" defaultValue={value('spanQuote')} />
            </label>
            <div className={styles.actions}>
              <label>
                {labels.spanStart}
                <input name="spanStart" type="number" min={0} inputMode="numeric" defaultValue={value('spanStart')} />
              </label>
              <label>
                {labels.spanEnd}
                <input name="spanEnd" type="number" min={0} inputMode="numeric" defaultValue={value('spanEnd')} />
              </label>
            </div>
          </div>
        )}
      </fieldset>
      <label>
        {labels.instructions}
        <textarea name="instructions" rows={4} maxLength={5000} defaultValue={value('instructions')} />
      </label>
      <label>
        {labels.dueAt}
        <input name="dueAt" type="datetime-local" defaultValue={value('dueAt')} />
      </label>
      <div className={styles.actions}>
        <label>
          {labels.minAnnotations}
          <input name="minAnnotations" type="number" min={0} max={100} defaultValue={value('minAnnotations', '1')} />
        </label>
        <label>
          {labels.minClaims}
          <input name="minClaims" type="number" min={0} max={100} defaultValue={value('minClaims', '0')} />
        </label>
        <label>
          {labels.minLinks}
          <input name="minLinks" type="number" min={0} max={100} defaultValue={value('minLinks', '0')} />
        </label>
      </div>
      <label className={styles.inline}>
        <input name="hideClassmatesUntilDue" type="checkbox" defaultChecked={values.hideClassmatesUntilDue === 'on'} />
        {labels.hide}
      </label>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
