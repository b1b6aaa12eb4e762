import type { Dictionary, MessageKey, MessageValues } from './dictionary';
import { languageTag, type Locale } from './locale';
import { en } from './messages-en';
import { zh } from './messages-zh';

const DICTIONARIES: Record<Locale, Dictionary> = { zh, en };

/** Looks up a message and fills its `{name}` placeholders. */
export type Translator = (key: MessageKey, values?: MessageValues) => string;

/**
 * A translator for one locale. Plural messages pick their form from `values.n`; a placeholder
 * without a value stays visible as `{name}` so a missing argument shows up in review.
 */
export function createTranslator(locale: Locale): Translator {
  const dictionary = DICTIONARIES[locale];
  const plural = new Intl.PluralRules(languageTag(locale));
  return (key, values = {}) => {
    const message = dictionary[key];
    const text = typeof message === 'string' ? message : plural.select(Number(values.n ?? 0)) === 'one' ? message.one : message.other;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}
