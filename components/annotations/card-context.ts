import { languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import type { Option } from './labels';
import type { CardControlLabels } from './panel-labels';

/** What every annotation card on a page shares: language, the viewer's state and control texts. */
export interface CardContext {
  t: Translator;
  locale: Locale;
  signedIn: boolean;
  controls: CardControlLabels;
  chronicleOptions: Option[];
}

/** The day of an ISO instant, in the interface language (UTC: the viewer's zone is unknown here). */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}
