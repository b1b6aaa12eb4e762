import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './locale';
import { createTranslator, type Translator } from './translate';

/** The request's interface language and its translator. */
export interface I18n {
  locale: Locale;
  t: Translator;
}

/**
 * The reader's choice (the `locale` cookie set by the language switch), else the browser's
 * Accept-Language; read once per request (React's `cache`), so the layout and every server
 * component of a page agree without passing the translator down.
 */
export const getI18n = cache(async (): Promise<I18n> => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const value = cookieStore.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : negotiateLocale(headerStore.get('accept-language'));
  return { locale, t: createTranslator(locale) };
});
