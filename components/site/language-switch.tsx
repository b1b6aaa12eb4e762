import { setLocaleAction } from '@/lib/i18n/set-locale-action';
import { languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import styles from './site-header.module.css';

/**
 * Switches the interface between Chinese and English: a form posting to a server action, so
 * it works before (and without) JavaScript. The button names the other language in that
 * language, the way readers look for it.
 */
export function LanguageSwitch({ locale, t }: { locale: Locale; t: Translator }) {
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  return (
    <form action={setLocaleAction} className={styles.languageSwitch} aria-label={t('languageSwitch')}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" lang={languageTag(other)} className={styles.languageButton}>
        {t('switchToOther')}
      </button>
    </form>
  );
}
