'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-action';
import styles from './transcript-sharing.module.css';

/** One choice of the sharing select: `private`, `public` or `group:<id>`. */
export interface SharingChoice {
  value: string;
  label: string;
}

/**
 * Who may read the transcript, for its owner (or an editor): keep it private, share it with one
 * of their groups, or (editors) make it public. A plain form post; with JavaScript the action's
 * error shows in place.
 */
export function TranscriptSharing({
  action,
  slug,
  current,
  choices,
  labels,
  saved,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  slug: string;
  current: string;
  choices: SharingChoice[];
  labels: { title: string; select: string; save: string; saved: string };
  saved: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-labelledby="sharing-title" aria-busy={pending} className={styles.form}>
      <h2 id="sharing-title" className={styles.title}>
        {labels.title}
      </h2>
      <input type="hidden" name="slug" value={slug} />
      <label htmlFor="sharing-access" className="visually-hidden">
        {labels.select}
      </label>
      <select id="sharing-access" name="access" defaultValue={current} className={styles.select}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <button type="submit" className={styles.button} disabled={pending}>
        {labels.save}
      </button>
      {saved && !state?.error && (
        <span role="status" className={styles.status}>
          {labels.saved}
        </span>
      )}
      {state?.error && (
        <p role="alert" className={styles.error}>
          {state.error}
        </p>
      )}
    </form>
  );
}
