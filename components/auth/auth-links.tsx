'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './account-menu.module.css';

/**
 * Sign-in and sign-up links that bring the reader back to the page they were on. A client
 * component because only the browser knows the path without a proxy.
 */
export function AuthLinks({ signInLabel, signUpLabel }: { signInLabel: string; signUpLabel: string }) {
  const pathname = usePathname();
  const back = pathname === '/' || /^\/sign(in|up)\b/.test(pathname) ? '' : `?callbackUrl=${encodeURIComponent(pathname)}`;
  return (
    <>
      <Link href={`/signin${back}`} className={styles.link}>
        {signInLabel}
      </Link>
      <Link href={`/signup${back}`} className={`${styles.link} ${styles.primary}`}>
        {signUpLabel}
      </Link>
    </>
  );
}
