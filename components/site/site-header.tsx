import Link from 'next/link';
import { AccountMenu } from '@/components/auth/account-menu';
import type { Viewer } from '@/lib/data/accounts';
import type { Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import styles from './site-header.module.css';

/**
 * The banner on every page: the app name, the main navigation, the account menu and the
 * language switch. `viewer` is the signed-in reader (the layout loads it), or null.
 */
export function SiteHeader({ viewer, locale, t }: { viewer: Pick<Viewer, 'name'> | null; locale: Locale; t: Translator }) {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          <span>{t('appName')}</span>
        </Link>
        <nav aria-label={t('mainNav')} className={styles.nav}>
          <NavLink href="/" className={styles.navLink}>
            {t('navTranscripts')}
          </NavLink>
          <NavLink href="/chronicle" className={styles.navLink}>
            {t('navChronicle')}
          </NavLink>
          <NavLink href="/search" className={styles.navLink}>
            {t('navSearch')}
          </NavLink>
          {viewer && (
            <>
              <NavLink href="/groups" className={styles.navLink}>
                {t('groupsNav')}
              </NavLink>
              <NavLink href="/assignments" className={styles.navLink}>
                {t('groupsNavAssignments')}
              </NavLink>
            </>
          )}
        </nav>
        <AccountMenu viewer={viewer} t={t} />
        <LanguageSwitch locale={locale} t={t} />
      </div>
    </header>
  );
}
