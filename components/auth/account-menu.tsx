import { getViewer } from '@/lib/auth/viewer';
import type { Translator } from '@/lib/i18n/translate';
import { AuthLinks } from './auth-links';
import { SignOutButton } from './sign-out-button';
import styles from './account-menu.module.css';

/** The header's account area: sign-in and sign-up links, or the reader's name and Sign out. */
export async function AccountMenu({ t }: { t: Translator }) {
  const viewer = await getViewer();
  return (
    <div className={styles.menu} role="group" aria-label={t('accountMenu')}>
      {viewer ? (
        <>
          <span className={styles.name} data-testid="viewer-name">
            {viewer.name}
          </span>
          <SignOutButton label={t('controlSignOut')} />
        </>
      ) : (
        <AuthLinks signInLabel={t('navSignIn')} signUpLabel={t('navSignUp')} />
      )}
    </div>
  );
}
