import { signOutAction } from '@/lib/actions/auth-actions';
import styles from './account-menu.module.css';

/** A form posting to signOutAction, so signing out works without JavaScript. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction} className={styles.signOut}>
      <button type="submit" className={styles.signOutButton}>
        {label}
      </button>
    </form>
  );
}
