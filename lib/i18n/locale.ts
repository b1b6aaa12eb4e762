/** Interface languages. Content (transcripts, chronicles) is never translated, only the UI around it. */
export const LOCALES = ['zh', 'en'] as const;

/** One of the interface languages. */
export type Locale = (typeof LOCALES)[number];

/** Chinese first: most readers of Chinese transcripts read the interface in Chinese too. */
export const DEFAULT_LOCALE: Locale = 'zh';

/** Name of the cookie that remembers the reader's choice. */
export const LOCALE_COOKIE = 'locale';

/** True for a supported locale; use it to narrow cookie and form values. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tag for `lang` attributes and Intl formatters. */
export function languageTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}

/**
 * Language tag of the content. Every text in the corpus is Chinese; marking it lets screen
 * readers switch voice and browsers pick CJK fonts even when the interface is English.
 */
export const CONTENT_LANG = 'zh-CN';
