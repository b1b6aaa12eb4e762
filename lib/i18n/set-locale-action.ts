'use server';

import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from './locale';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Form action of the language switch. Setting a cookie in a server action makes Next render
 * the current page again in the same round trip, so no redirect is needed, and without
 * JavaScript the form still works as a plain POST. Unknown values are ignored.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax' });
}
