import { signOutAction } from '@/lib/actions/auth-actions';
import { CONTROL_NAMES } from './control-names';
import styles from './account-menu.module.css';

/** A form posting to signOutAction, so signing out works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOutAction} className={styles.signOut}>
      <button type="submit" className={styles.signOutButton} lang="en">
        {CONTROL_NAMES.signOut}
      </button>
    </form>
  );
}
