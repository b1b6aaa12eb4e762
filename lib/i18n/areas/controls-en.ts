import type { Message } from '../dictionary';
import type { controlsZh } from './controls-zh';

/** English names of the account and annotation controls. */
export const controlsEn: Record<keyof typeof controlsZh, Message> = {
  controlName: 'Name',
  controlEmail: 'Email',
  controlPassword: 'Password',
  controlCreateAccount: 'Create account',
  controlSignIn: 'Sign in',
  controlSignOut: 'Sign out',
  controlAnnotate: 'Annotate',
  controlHighlight: 'Highlight',
  controlEditor: 'Annotation',
  controlSave: 'Save',
};
