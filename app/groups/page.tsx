import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateGroupForm, JoinByCodeForm } from '@/components/groups/group-entry-forms';
import { GroupList } from '@/components/groups/group-list';
import styles from '@/components/groups/groups.module.css';
import { getViewer } from '@/lib/auth/viewer';
import { listMyGroups } from '@/lib/data/groups';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('groupsTitle'), robots: { index: false } };
}

/** The viewer's teams and classes, with forms to create one or join one by code. */
export default async function GroupsPage() {
  const [viewer, { t }] = await Promise.all([getViewer(), getI18n()]);
  if (!viewer) {
    return (
      <div className={styles.page}>
        <h1>{t('groupsTitle')}</h1>
        <p>
          {t('groupsSignInPrompt')} <Link href="/signin?callbackUrl=%2Fgroups">{t('groupsSignInLink')}</Link>
        </p>
      </div>
    );
  }
  const groups = await listMyGroups(viewer);
  return (
    <div className={styles.page}>
      <h1>{t('groupsTitle')}</h1>
      <p className="page-intro">{t('groupsIntro')}</p>
      <section className={styles.section} aria-labelledby="my-groups-title">
        <h2 id="my-groups-title">{t('groupsMine')}</h2>
        <GroupList groups={groups} t={t} />
      </section>
      <CreateGroupForm t={t} />
      <JoinByCodeForm t={t} />
    </div>
  );
}
