import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { upsertOAuthUser } from '@/lib/data/accounts';
import { signInInputSchema } from '@/lib/validation/auth';
import { authenticateWithPassword } from './authenticate';
import { resolveAuthSecret } from './auth-secret';
import { clientAddress } from './client-address';
import { oauthProviders, providerVerifiedEmail } from './oauth-providers';
import { fromTokenPayload, toTokenPayload } from './session-claims';

/** Name of the session cookie; fixed, so it does not depend on how next-auth guesses the URL. */
export const SESSION_COOKIE_NAME = 'rostrum.session-token';

/** How long a session lasts after signing in, in seconds (30 days). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** True when NEXTAUTH_URL says the site is served over HTTPS (session cookies get `Secure`). */
export const configuredForHttps = () => process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;

let options: NextAuthOptions | undefined;

/**
 * next-auth's configuration: JWT sessions holding only the user id (`sub`) and session version
 * (`sv`), the password provider, and GitHub/Google when configured. Built on first use, so
 * `next build` needs no secret. The session callback exposes the claims only; getViewer()
 * (viewer.ts) checks them against the database on every request.
 */
export function getAuthOptions(): NextAuthOptions {
  trustRequestHostWithoutAuthUrl();
  options ??= {
    secret: resolveAuthSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE_NAME,
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: configuredForHttps() },
      },
    },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [passwordProvider(), ...oauthProviders()],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.type === 'credentials') return true;
        const email = user.email?.trim().toLowerCase();
        return Boolean(email) && (await providerVerifiedEmail(account, profile, email!));
      },
      async jwt({ token, user, account }) {
        if (!user || !account) return token; // an existing session: keep its claims as they are
        if (account.type === 'credentials') {
          return toTokenPayload({ userId: user.id, sessionVersion: (user as { sessionVersion?: number }).sessionVersion ?? -1 });
        }
        // OAuth: the provider's user id means nothing here; the account is the row with this email.
        const email = user.email!.trim().toLowerCase();
        const row = await upsertOAuthUser({ email, name: user.name?.trim().slice(0, 100) || email });
        return toTokenPayload({ userId: row.id, sessionVersion: row.sessionVersion });
      },
      session({ session, token }) {
        const shaped = { expires: session.expires, claims: fromTokenPayload(token) };
        return shaped;
      },
    },
  };
  return options;
}

/**
 * next-auth's Credentials provider over the same authenticateWithPassword() the sign-in form
 * uses, so `/api/auth/callback/credentials` is throttled and answers exactly like the form.
 */
function passwordProvider() {
  return CredentialsProvider({
    name: 'Email',
    credentials: {
      email: { label: 'Email', type: 'email' },
      password: { label: 'Password', type: 'password' },
    },
    async authorize(credentials, request) {
      const input = signInInputSchema.safeParse(credentials ?? {});
      if (!input.success) return null;
      const headers = new Headers(request.headers as Record<string, string>);
      const outcome = await authenticateWithPassword({ ...input.data, address: clientAddress(headers) });
      if (outcome.ok) return outcome.user;
      // next-auth passes a thrown message on as `?error=`; null reads as CredentialsSignin.
      if (outcome.reason === 'rate_limited') throw new Error(`rate_limited:${outcome.retryAfterSeconds}`);
      return null;
    },
  });
}

/**
 * Without NEXTAUTH_URL, next-auth v4 would build its redirects on http://localhost:3000 whatever
 * address serves the app; AUTH_TRUST_HOST makes it use the address of the request instead
 * (Host / X-Forwarded-Host and the scheme, as Next passes them on). With NEXTAUTH_URL set,
 * that wins, as before.
 */
export function trustRequestHostWithoutAuthUrl(env: Record<string, string | undefined> = process.env): void {
  if (!env.NEXTAUTH_URL) env.AUTH_TRUST_HOST ??= '1';
}
