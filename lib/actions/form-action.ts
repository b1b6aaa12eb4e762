import 'server-only';
import type { AppErrorCode } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/dictionary';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { ActionFailure } from './validated-action';

/** A posted form's text fields by name (the first value of each; files are left out). */
export type FormFields = Partial<Record<string, string>>;

/**
 * What a form shows after a failed post: the message for its alert, the failure's code, a
 * message per field where the action gives them, and the fields to fill in again (never a
 * password) since React resets the form after a post.
 */
export type FormFailure = ActionFailure & { fieldErrors?: Record<string, string>; values: Record<string, string> };

/**
 * The one state type of every `useActionState` form: null before the first post and after a
 * post that worked and stayed on the page; else the failure to show.
 */
export type FormState = FormFailure | null;

/** A form action as `useActionState` calls it (and React runs it as a plain POST without JavaScript). */
export type FormActionHandler = (previous: FormState, form: FormData) => Promise<FormState>;

/** The form's text fields as a plain object; the first value wins, as FormData.get does. */
export function formFields(form: FormData): FormFields {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === 'string' && !Object.hasOwn(fields, name)) fields[name] = value;
  return fields;
}

/** How one form posts to one action. */
export interface FormActionOptions<I, T> {
  /** The fields as the action's input, unchecked: the action's zod schema validates it. */
  input: (fields: FormFields) => I;
  /** The write: a validatedAction (the write core), or the account forms' own steps. */
  run: (input: I) => Promise<{ ok: true; data: T } | (ActionFailure & { fieldErrors?: Record<string, string> })>;
  /** After a success: redirect, or resolve to null to stay on the page (the default). */
  success?: (data: T, fields: FormFields) => FormState | Promise<FormState>;
  /** Translated texts that replace the action's message for some codes. */
  messages?: Partial<Record<AppErrorCode | 'error', MessageKey>>;
  /** The fields the failure sends back to the form (default none). */
  keep?: (fields: FormFields) => Record<string, string>;
  /** After a failure: instead of returning it to the form (a plain post redirects with the code). */
  failure?: (failure: FormFailure, fields: FormFields) => FormState | Promise<FormState>;
}

/**
 * Turns a form post into a write: FormData → plain object → `input` → `run` (whose schema
 * validates) → `success`, or the failure as the shared FormState. The same handler serves
 * forms with and without JavaScript; `redirect` in `success` or `failure` ends the post.
 */
export function formAction<I, T>(options: FormActionOptions<I, T>): FormActionHandler {
  return async (_previous, form) => {
    const fields = formFields(form);
    const result = await options.run(options.input(fields));
    if (result.ok) return options.success ? options.success(result.data, fields) : null;
    const key = options.messages?.[result.code];
    const failure: FormFailure = {
      ...result,
      error: key ? (await getI18n()).t(key) : result.error,
      values: options.keep?.(fields) ?? {},
    };
    return options.failure ? options.failure(failure, fields) : failure;
  };
}

/** A form action for a plain `<form action>` that always redirects (no state to show). */
export function formPost(handler: FormActionHandler): (form: FormData) => Promise<void> {
  return async (form) => {
    await handler(null, form);
  };
}
