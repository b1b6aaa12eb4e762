import type { GroupChoice } from '@/components/highlights/layer-context';
import type { Option } from '@/components/ui/option';
import { languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import type { CardControlLabels } from './panel-labels';

/** What every annotation card on a page shares: language, the viewer's state and control texts. */
export interface CardContext {
  t: Translator;
  locale: Locale;
  signedIn: boolean;
  controls: CardControlLabels;
  chronicleOptions: Option[];
  /** The viewer's active groups, offered as visibilities when editing (none when absent). */
  groups?: GroupChoice[];
  /** Groups the viewer owns or moderates: their annotations get Hide/Unhide. */
  moderatedGroupIds?: string[];
}

/** The day of an ISO instant, in the interface language (UTC: the viewer's zone is unknown here). */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}
