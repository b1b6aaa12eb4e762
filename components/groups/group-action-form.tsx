'use client';

import { useActionState, type ReactNode } from 'react';
import type { FormState } from '@/lib/actions/form-action';
import styles from './groups.module.css';

/**
 * A form posting to a formAction (lib/actions/form-action.ts): works without JavaScript (a plain
 * POST) and, with it, stays on the page and shows the action's error in an alert.
 */
export function GroupActionForm({
  action,
  submitLabel,
  pendingLabel,
  label,
  danger = false,
  className,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel: string;
  /** Accessible name of the form (forms with a heading use it). */
  label?: string;
  danger?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={label} aria-busy={pending} className={className ?? styles.form}>
      {children}
      <button type="submit" className={danger ? `${styles.button} ${styles.danger}` : styles.button} disabled={pending}>
        {submitLabel}
      </button>
      {pending && (
        <span className={styles.hint} role="status">
          {pendingLabel}
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
