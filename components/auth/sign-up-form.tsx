'use client';

import { useActionState } from 'react';
import { signUpAction } from '@/lib/actions/auth-actions';
import { AuthField } from './auth-field';
import type { ControlNames } from './control-names';
import { FormStatus } from './form-status';
import styles from './auth-form.module.css';

/** Name, email and a new password, posted to signUpAction; works without JavaScript too. */
export function SignUpForm({ callbackUrl, names, hints }: { callbackUrl: string; names: ControlNames; hints: { name: string; email: string; password: string } }) {
  const [state, formAction, pending] = useActionState(signUpAction, null);
  return (
    <form action={formAction} className={styles.form} aria-busy={pending}>
      <FormStatus state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <AuthField
        name="name"
        label={names.name}
        type="text"
        autoComplete="name"
        hint={hints.name}
        error={state?.fieldErrors?.name}
        defaultValue={state?.values.name}
      />
      <AuthField
        name="email"
        label={names.email}
        type="email"
        autoComplete="email"
        hint={hints.email}
        error={state?.fieldErrors?.email}
        defaultValue={state?.values.email}
      />
      <AuthField
        name="password"
        label={names.password}
        type="password"
        autoComplete="new-password"
        hint={hints.password}
        error={state?.fieldErrors?.password}
      />
      <button type="submit" className={styles.submit} disabled={pending}>
        {names.createAccount}
      </button>
    </form>
  );
}
