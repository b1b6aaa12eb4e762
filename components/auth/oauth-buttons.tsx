'use client';

import { signIn } from 'next-auth/react';
import type { OAuthProviderSummary } from '@/lib/auth/oauth-providers';
import styles from './auth-form.module.css';

/** One button per configured OAuth provider; next-auth's client runs the redirect dance. */
export function OAuthButtons({ providers, callbackUrl, labels }: { providers: OAuthProviderSummary[]; callbackUrl: string; labels: Record<string, string> }) {
  return (
    <ul className={styles.oauthList}>
      {providers.map((provider) => (
        <li key={provider.id}>
          <button type="button" className={styles.oauthButton} onClick={() => void signIn(provider.id, { callbackUrl })}>
            {labels[provider.id]}
          </button>
        </li>
      ))}
    </ul>
  );
}
