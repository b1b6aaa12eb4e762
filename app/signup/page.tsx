import type { Metadata } from 'next';
import { controlNames } from '@/components/auth/control-names';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthPanel } from '@/components/auth/auth-panel';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { getViewer } from '@/lib/auth/viewer';
import { getI18n } from '@/lib/i18n/get-i18n';
import { AUTH_LIMITS } from '@/lib/validation/auth';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('signUpTitle'), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Create an account; the new reader is signed in and sent to `callbackUrl` (or home). */
export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const { t } = await getI18n();
  const back = callbackUrl === '/' ? '' : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthPanel
      title={t('signUpTitle')}
      intro={t('signUpIntro')}
      footer={
        <>
          {t('haveAccount')} <Link href={`/signin${back}`}>{t('signInLink')}</Link>
        </>
      }
    >
      <SignUpForm
        callbackUrl={callbackUrl}
        names={controlNames(t)}
        hints={{ name: t('nameHint', AUTH_LIMITS), email: t('emailHint'), password: t('newPasswordHint', AUTH_LIMITS) }}
      />
    </AuthPanel>
  );
}
