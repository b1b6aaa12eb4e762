import 'server-only';
import type { z } from 'zod';
import { requireViewer } from '@/lib/auth/viewer';
import type { Viewer } from '@/lib/data/accounts';
import { consumeRateLimit } from '@/lib/data/accounts';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import { getI18n } from '@/lib/i18n/get-i18n';
import { localizeErrorMessage } from '@/lib/i18n/error-messages';
import { DEFAULT_LOCALE as FALLBACK_LOCALE, type Locale } from '@/lib/i18n/locale';
import { createTranslator, type Translator } from '@/lib/i18n/translate';
import { rateLimitKeys, rateLimitRules } from '@/lib/security/rate-limit-rules';

/** What every server action returns; `error` is a message a user may read. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code: AppErrorCode | 'error' };

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

/**
 * Wraps a server action: validate the input with `schema`, require a signed-in viewer, count
 * the write against the viewer's limit (rateLimitRules().writes, shared by every instance through
 * PostgreSQL; over it answers `rate_limited` and runs nothing), run `work` (data layer, then
 * revalidatePath), and turn AppErrors into `{ ok: false, error }`. Any other error is logged
 * and reported without detail, so nothing internal leaks.
 */
export function validatedAction<Schema extends z.ZodType, T>(
  schema: Schema,
  work: (input: z.output<Schema>, viewer: Viewer) => Promise<T>,
): (input: z.input<Schema>) => Promise<ActionResult<T>> {
  return async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: describeIssue(parsed.error, await requestLocale()), code: 'invalid' };
    try {
      const viewer = await requireViewer();
      const limit = await consumeRateLimit(rateLimitKeys.writes(viewer.id), rateLimitRules().writes);
      if (!limit.allowed) {
        const t = await translator();
        return { ok: false, error: t('hardeningRateLimited', { n: limit.retryAfterSeconds }), code: 'rate_limited' };
      }
      return { ok: true, data: await work(parsed.data, viewer) };
    } catch (error) {
      if (isAppError(error)) return { ok: false, error: localized(error.message, await requestLocale()), code: error.code };
      console.error(error);
      return { ok: false, error: localized('Something went wrong; try again', await requestLocale()), code: 'error' };
    }
  };
}
