import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from './locale';
import { createTranslator, type Translator } from './translate';

/** The request's interface language and its translator. */
export interface I18n {
  locale: Locale;
  t: Translator;
}

/**
 * Reads the `locale` cookie once per request (React's `cache`), so the layout and every
 * server component of a page agree without passing the translator down.
 */
export const getI18n = cache(async (): Promise<I18n> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return { locale, t: createTranslator(locale) };
});
