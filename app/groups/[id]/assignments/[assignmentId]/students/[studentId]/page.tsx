import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { describeInstant, describePassage } from '@/components/assignments/assignment-text';
import styles from '@/components/assignments/assignments.module.css';
import { TaskList } from '@/components/assignments/task-list';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import { getStudentWork } from '@/lib/data/assignments';
import { isolate } from '@/lib/format/isolate';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';

export const dynamic = 'force-dynamic';

interface StudentWorkPageProps {
  params: Promise<{ id: string; assignmentId: string; studentId: string }>;
}

// Metadata and page share one query per request; null for anyone but the class's teachers.
const loadWork = cache(async (groupId: string, assignmentId: string, studentId: string) => {
  const viewer = await getViewer();
  return viewer ? getStudentWork(viewer, groupId, assignmentId, studentId) : null;
});

export async function generateMetadata({ params }: StudentWorkPageProps): Promise<Metadata> {
  const { id, assignmentId, studentId } = await params;
  const [work, { t }] = await Promise.all([loadWork(id, assignmentId, studentId), getI18n()]);
  return { title: work ? t('studentWorkTitle', { name: isolate(work.student.name), title: isolate(work.assignment.title) }) : t('notFoundTitle'), robots: { index: false } };
}

/**
 * One student's work on an assignment, for the class's teachers: their progress and the
 * annotations they wrote for it (shared with the class by construction), each linking to its
 * page. Anyone else gets a 404.
 */
export default async function StudentWorkPage({ params }: StudentWorkPageProps) {
  const { id, assignmentId, studentId } = await params;
  const [work, { locale, t }] = await Promise.all([loadWork(id, assignmentId, studentId), getI18n()]);
  if (!work) notFound();
  const { assignment } = work;
  return (
    <div className={styles.page}>
      <p>
        <Link href={`/groups/${encodeURIComponent(id)}/assignments/${encodeURIComponent(assignment.id)}`}>← {t('studentWorkBack')}</Link>
      </p>
      <h1>
        <UserMessage message={t('studentWorkTitle')} values={{ name: work.student.name, title: assignment.title }} />
      </h1>
      <p className={styles.muted}>{describePassage(assignment.passage, t)}</p>
      <TaskList progress={work.progress} t={t} />
      {work.annotations.length === 0 ? (
        <p>{t('studentWorkEmpty')}</p>
      ) : (
        <ol className={styles.list}>
          {work.annotations.map((a) => (
            <li key={a.id} className={styles.card}>
              <p className={styles.muted}>
                <Link href={`/annotations/${encodeURIComponent(a.id)}`}>{t('studentWorkTurn', { turn: a.turnIndex })}</Link> · {describeInstant(a.updatedAt, locale)}
                {a.claimType && <strong> · {t('studentWorkClaim')}</strong>}
              </p>
              <blockquote className={styles.quote} lang={CONTENT_LANG}>
                <UserText>{a.exact}</UserText>
              </blockquote>
              {a.bodyText && (
                <p className={styles.instructions}>
                  <UserText>{a.bodyText}</UserText>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
