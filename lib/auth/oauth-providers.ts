import 'server-only';
import type { Account, Profile } from 'next-auth';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import type { Provider } from 'next-auth/providers/index';

/** An OAuth provider the sign-in page offers: next-auth's id and the name on its button. */
export interface OAuthProviderSummary {
  id: 'github' | 'google';
  name: string;
}

/**
 * The OAuth providers whose credentials are configured: GitHub with GITHUB_ID and
 * GITHUB_SECRET, Google with GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET. None by default.
 */
export function oauthProviders(env: NodeJS.ProcessEnv = process.env): Provider[] {
  const providers: Provider[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

/** The configured OAuth providers, for the sign-in page's buttons. */
export function listOAuthProviders(env: NodeJS.ProcessEnv = process.env): OAuthProviderSummary[] {
  return oauthProviders(env).map((provider) => ({ id: provider.id as OAuthProviderSummary['id'], name: provider.name }));
}

/**
 * True when the provider vouches that the signer-in owns `email`. Accounts are matched by
 * email, so an unverified address would let anyone who types a victim's email at the provider
 * into the victim's Rostrum account.
 */
export async function providerVerifiedEmail(account: Account, profile: Profile | undefined, email: string): Promise<boolean> {
  if (account.provider === 'google') {
    return (profile as { email_verified?: unknown } | undefined)?.email_verified === true;
  }
  if (account.provider === 'github' && account.access_token) {
    // GitHub's profile email may be unverified; its emails endpoint says which ones are verified.
    const response = await fetch('https://api.github.com/user/emails', {
      headers: { Authorization: `Bearer ${account.access_token}`, Accept: 'application/vnd.github+json' },
    });
    if (!response.ok) return false;
    const emails = (await response.json()) as { email: string; verified: boolean }[];
    return emails.some((entry) => entry.verified && entry.email.trim().toLowerCase() === email);
  }
  return false;
}
