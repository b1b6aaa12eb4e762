'use client';

import { useActionState, type ReactNode } from 'react';
import type { TeamFormState } from '@/lib/actions/team-actions';
import styles from './team-section.module.css';

/**
 * A form posting to one of the form adapters of lib/actions/team-actions.ts: a plain POST
 * without JavaScript; with it, it stays on the page and shows the action's error in an alert.
 */
export function TeamActionForm({
  action,
  submitLabel,
  pendingLabel,
  label,
  className,
  children,
}: {
  action: (state: TeamFormState, form: FormData) => Promise<TeamFormState>;
  submitLabel: string;
  pendingLabel: string;
  /** Accessible name of the form. */
  label?: string;
  className?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} aria-label={label} aria-busy={pending} className={className ?? styles.form}>
      {children}
      <button type="submit" className={styles.button} disabled={pending}>
        {submitLabel}
      </button>
      {pending && (
        <span className={styles.hint} role="status">
          {pendingLabel}
        </span>
      )}
      {state.error && (
        <p role="alert" className={styles.error}>
          {state.error}
        </p>
      )}
    </form>
  );
}
