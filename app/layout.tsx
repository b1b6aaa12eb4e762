import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site/site-header';
import { getViewer } from '@/lib/auth/viewer';
import { getI18n } from '@/lib/i18n/get-i18n';
import { languageTag } from '@/lib/i18n/locale';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t('appName'), template: `%s · ${t('appName')}` }, description: t('appTagline') };
}

export const viewport: Viewport = { themeColor: '#faf8f4' };

/** The frame of every page; `lang` follows the interface language chosen in the cookie. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, viewer] = await Promise.all([getI18n(), getViewer()]);
  return (
    <html lang={languageTag(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <SiteHeader viewer={viewer} locale={locale} t={t} />
        <main id="main" tabIndex={-1}>
          <div className="container">{children}</div>
        </main>
        <footer className="site-footer">
          <div className="container">{t('footerNote')}</div>
        </footer>
      </body>
    </html>
  );
}
