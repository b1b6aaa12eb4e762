'use client';

import { useActionState } from 'react';
import { signInAction } from '@/lib/actions/auth-actions';
import { AuthField } from './auth-field';
import type { ControlNames } from './control-names';
import { FormStatus } from './form-status';
import styles from './auth-form.module.css';

/**
 * Email and password, posted to signInAction. Works without JavaScript too: React renders the
 * action as a plain form post and the page comes back with the same state.
 */
export function SignInForm({ callbackUrl, names, hints }: { callbackUrl: string; names: ControlNames; hints: { email: string; password: string } }) {
  const [state, formAction, pending] = useActionState(signInAction, null);
  return (
    <form action={formAction} className={styles.form} aria-busy={pending}>
      <FormStatus state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <AuthField
        name="email"
        label={names.email}
        type="email"
        autoComplete="username"
        hint={hints.email}
        error={state?.fieldErrors?.email}
        defaultValue={state?.values.email}
      />
      <AuthField
        name="password"
        label={names.password}
        type="password"
        autoComplete="current-password"
        hint={hints.password}
        error={state?.fieldErrors?.password}
      />
      <button type="submit" className={styles.submit} disabled={pending}>
        {names.signIn}
      </button>
    </form>
  );
}
