import 'server-only';
import type { z } from 'zod';
import { getViewer } from '@/lib/auth/viewer';
import type { Viewer } from '@/lib/data/accounts';
import { AppError, type AppErrorCode } from '@/lib/errors';
import { getI18n } from '@/lib/i18n/get-i18n';
import { localizeErrorMessage } from '@/lib/i18n/error-messages';
import { DEFAULT_LOCALE as FALLBACK_LOCALE, type Locale } from '@/lib/i18n/locale';
import { createTranslator, type Translator } from '@/lib/i18n/translate';
import { runWrite, type WriteRefusal } from './write-core';

/** A server action's failure; `error` is a message a user may read. */
export type ActionFailure = { ok: false; error: string; code: AppErrorCode | 'error' };

/** What every server action returns. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** The first problem zod found, as `field: message` (English) or the message alone, translated. */
function describeIssue(error: z.ZodError, locale: Locale | null): string {
  const issue = error.issues[0];
  if (!issue) return localized('The input is not valid', locale);
  if (locale && locale !== 'en') return localized(issue.message, locale);
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** The request's interface language, or null outside a request (CLIs and tests keep English). */
async function requestLocale(): Promise<Locale | null> {
  try {
    return (await getI18n()).locale;
  } catch {
    return null;
  }
}

const localized = (message: string, locale: Locale | null) => (locale ? localizeErrorMessage(message, locale) : message);

/** The request's translator; outside a request (CLIs, tests) the default language's. */
async function translator(): Promise<Translator> {
  try {
    return (await getI18n()).t;
  } catch {
    return createTranslator(FALLBACK_LOCALE);
  }
}

/** A refusal of the write core as the message the action's caller shows, in the reader's language. */
async function describeRefusal(refusal: WriteRefusal): Promise<ActionFailure> {
  switch (refusal.reason) {
    case 'invalid_input':
      return { ok: false, error: describeIssue(refusal.issues, await requestLocale()), code: 'invalid' };
    case 'rate_limited': {
      const t = await translator();
      return { ok: false, error: t('hardeningRateLimited', { n: refusal.retryAfterSeconds }), code: 'rate_limited' };
    }
    case 'signed_out':
    case 'refused':
    case 'unreadable_body': {
      const error = refusal.reason === 'refused' ? refusal.error : new AppError(refusal.reason === 'signed_out' ? 'unauthenticated' : 'invalid');
      return { ok: false, error: localized(error.message, await requestLocale()), code: error.code };
    }
  }
}

/**
 * Wraps a server action around the write core (runWrite): validate the input with `schema`,
 * require a signed-in viewer, count the write against the viewer's limit
 * (rateLimitRules().writes; over it answers `rate_limited` and runs nothing), run `work` (data
 * layer, then revalidatePath), and turn refusals into `{ ok: false, error }`. Any other error
 * is logged and reported without detail, so nothing internal leaks.
 */
export function validatedAction<Schema extends z.ZodType, T>(
  schema: Schema,
  work: (input: z.output<Schema>, viewer: Viewer) => Promise<T>,
): (input: z.input<Schema>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const outcome = await runWrite(schema, work, { input: { value: input }, viewer: getViewer });
      return outcome.ok ? outcome : await describeRefusal(outcome);
    } catch (error) {
      console.error(error);
      return { ok: false, error: localized('Something went wrong; try again', await requestLocale()), code: 'error' };
    }
  };
}
