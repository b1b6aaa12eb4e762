import type { Metadata } from 'next';
import Link from 'next/link';
import { AssignmentCard } from '@/components/assignments/assignment-card';
import styles from '@/components/assignments/assignments.module.css';
import { getViewer } from '@/lib/auth/viewer';
import { listMyAssignments } from '@/lib/data/assignments';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('assignmentsTitle'), robots: { index: false } };
}

/**
 * "My assignments": the active assignments of the viewer's classes with what is left to do
 * (and, for teachers, the ones they set, with their dashboards). Signed out: a sign-in link.
 */
export default async function AssignmentsPage() {
  const [viewer, { locale, t }] = await Promise.all([getViewer(), getI18n()]);
  if (!viewer) {
    return (
      <div className={styles.page}>
        <h1>{t('assignmentsTitle')}</h1>
        <p>
          {t('groupsSignInPrompt')} <Link href="/signin?callbackUrl=%2Fassignments">{t('groupsSignInLink')}</Link>
        </p>
      </div>
    );
  }
  const assignments = await listMyAssignments(viewer);
  const toDo = assignments.filter((a) => !a.teaching);
  const teaching = assignments.filter((a) => a.teaching);
  const list = (items: typeof assignments) => (
    <ul className={styles.list}>
      {items.map((assignment) => (
        <li key={assignment.id}>
          <AssignmentCard assignment={assignment} showClass locale={locale} t={t} />
        </li>
      ))}
    </ul>
  );
  return (
    <div className={styles.page}>
      <h1>{t('assignmentsTitle')}</h1>
      <p className="page-intro">{t('assignmentsIntro')}</p>
      {assignments.length === 0 && <p>{t('assignmentsEmpty')}</p>}
      {toDo.length > 0 && (
        <section aria-labelledby="assignments-to-do">
          <h2 id="assignments-to-do">{t('assignmentsToDoTitle')}</h2>
          {list(toDo)}
        </section>
      )}
      {teaching.length > 0 && (
        <section aria-labelledby="assignments-teaching">
          <h2 id="assignments-teaching">{t('assignmentsTeachingTitle')}</h2>
          {list(teaching)}
        </section>
      )}
    </div>
  );
}
