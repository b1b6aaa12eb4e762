'use client';

import { useSyncExternalStore } from 'react';
import { hardeningEn } from '@/lib/i18n/areas/hardening-en';
import { hardeningZh } from '@/lib/i18n/areas/hardening-zh';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/locale';

/** The texts an error page shows; nothing about the error itself ever reaches the page. */
export interface ErrorPageText {
  title: string;
  body: string;
  retry: string;
  home: string;
  /** BCP 47 tag of these texts, for a `lang` attribute. */
  lang: string;
}

const TEXT: Record<Locale, ErrorPageText> = {
  zh: { title: hardeningZh.hardeningErrorTitle, body: hardeningZh.hardeningErrorBody, retry: hardeningZh.hardeningErrorRetry, home: hardeningZh.hardeningErrorHome, lang: 'zh-CN' },
  en: {
    title: String(hardeningEn.hardeningErrorTitle),
    body: String(hardeningEn.hardeningErrorBody),
    retry: String(hardeningEn.hardeningErrorRetry),
    home: String(hardeningEn.hardeningErrorHome),
    lang: 'en',
  },
};

/** The reader's interface language from the same cookie the server reads (get-i18n.ts). */
function localeFromCookie(): Locale {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  const value = entry?.slice(LOCALE_COOKIE.length + 1);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const subscribe = () => () => undefined;

/**
 * The error pages' texts in the reader's language. Error boundaries are client components that
 * may render when the server could not, so they take only the hardening area's few strings
 * (not the whole dictionary) and read the language cookie in the browser; the server's first
 * render uses the default language.
 */
export function useErrorPageText(): ErrorPageText {
  const locale = useSyncExternalStore(subscribe, localeFromCookie, () => DEFAULT_LOCALE);
  return TEXT[locale];
}
