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

/**
 * The interface language a browser asks for in `Accept-Language`: the supported language with
 * the highest q-value (`zh-TW`, `zh-Hant` and `zh` all mean Chinese; `en-GB` English), ties in
 * the order given; DEFAULT_LOCALE when nothing matches or the header is missing.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of acceptLanguage.split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!isLocale(primary) || !Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale: primary, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
