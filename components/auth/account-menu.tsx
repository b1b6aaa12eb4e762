import { UserText } from '@/components/ui/user-text';
import type { Viewer } from '@/lib/data/accounts';
import type { Translator } from '@/lib/i18n/translate';
import { AuthLinks } from './auth-links';
import { SignOutButton } from './sign-out-button';
import styles from './account-menu.module.css';

/** The header's account area: sign-in and sign-up links, or the signed-in reader's name and Sign out. */
export function AccountMenu({ viewer, t }: { viewer: Pick<Viewer, 'name'> | null; t: Translator }) {
  return (
    <div className={styles.menu} role="group" aria-label={t('accountMenu')}>
      {viewer ? (
        <>
          <span className={styles.name} data-testid="viewer-name">
            <UserText>{viewer.name}</UserText>
          </span>
          <SignOutButton label={t('controlSignOut')} />
        </>
      ) : (
        <AuthLinks signInLabel={t('navSignIn')} signUpLabel={t('navSignUp')} />
      )}
    </div>
  );
}
