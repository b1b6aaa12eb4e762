'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/actions/form-action';
import styles from './auth-form.module.css';

/**
 * The form-level message of an account form. It takes focus when a new attempt fails, so
 * keyboard and screen-reader users land on what went wrong instead of a reset form.
 */
export function FormStatus({ state }: { state: FormState }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (!state) return null;
  return (
    <p ref={ref} role="alert" tabIndex={-1} className={styles.formError}>
      {state.error}
    </p>
  );
}
