import Link from 'next/link';
import { getI18n } from '@/lib/i18n/get-i18n';

/** Shown for unknown addresses and for transcripts that do not exist (`notFound()`). */
export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="not-found">
      <p className="not-found-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </div>
  );
}
