import type { Metadata } from 'next';
import { controlNames } from '@/components/auth/control-names';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthPanel } from '@/components/auth/auth-panel';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { listOAuthProviders } from '@/lib/auth/oauth-providers';
import { getViewer } from '@/lib/auth/viewer';
import { getI18n } from '@/lib/i18n/get-i18n';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('signInTitle'), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Sign in with email and password (or a configured OAuth provider). `callbackUrl` says where to
 * go afterwards; `error` is set when next-auth sends a failed OAuth sign-in back here.
 */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const { t } = await getI18n();
  const providers = listOAuthProviders();
  const back = callbackUrl === '/' ? '' : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthPanel
      title={t('signInTitle')}
      intro={t('signInIntro')}
      footer={
        <>
          {t('noAccountYet')} <Link href={`/signup${back}`}>{t('createAccountLink')}</Link>
        </>
      }
    >
      {params.error ? <p role="alert">{t('oauthFailed')}</p> : null}
      <SignInForm callbackUrl={callbackUrl} names={controlNames(t)} hints={{ email: t('emailHint'), password: t('passwordHint') }} />
      {providers.length > 0 ? (
        <>
          <h2 className="visually-hidden">{t('oauthTitle')}</h2>
          <OAuthButtons
            providers={providers}
            callbackUrl={callbackUrl}
            labels={Object.fromEntries(providers.map((p) => [p.id, t('oauthContinue', { provider: p.name })]))}
          />
        </>
      ) : null}
    </AuthPanel>
  );
}
