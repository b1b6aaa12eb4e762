/**
 * Accessible names of the account form controls. They are English in every interface language,
 * as agreed for the whole app: end-to-end specs of every feature sign in through them
 * (`getByLabel('Email')`, `getByRole('button', { name: 'Sign in' })`). Each field shows a hint
 * in the interface language beside its label instead (messages `emailHint` and so on).
 */
export const CONTROL_NAMES = {
  name: 'Name',
  email: 'Email',
  password: 'Password',
  createAccount: 'Create account',
  signIn: 'Sign in',
  signOut: 'Sign out',
} as const;
