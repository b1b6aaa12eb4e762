import type { Translator } from '@/lib/i18n/translate';

/** Names of the account form controls in the reader's language (end-to-end specs drive them by these names). */
export function controlNames(t: Translator) {
  return {
    name: t('controlName'),
    email: t('controlEmail'),
    password: t('controlPassword'),
    createAccount: t('controlCreateAccount'),
    signIn: t('controlSignIn'),
    signOut: t('controlSignOut'),
  };
}

export type ControlNames = ReturnType<typeof controlNames>;
