import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { assignmentReaderHref } from '@/components/assignments/assignment-card';
import { describeDue, describePassage } from '@/components/assignments/assignment-text';
import styles from '@/components/assignments/assignments.module.css';
import { ProgressTable } from '@/components/assignments/progress-table';
import { ClassProgressChart } from '@/components/charts/class-progress-chart';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { archiveAssignmentFormAction } from '@/lib/actions/assignment-actions';
import { getViewer } from '@/lib/auth/viewer';
import { getAssignmentDashboard } from '@/lib/data/assignments';
import { isolate } from '@/lib/format/isolate';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

interface DashboardPageProps {
  params: Promise<{ id: string; assignmentId: string }>;
}

// Metadata and page share one query per request; null for anyone but the class's teachers.
const loadDashboard = cache(async (groupId: string, assignmentId: string) => {
  const viewer = await getViewer();
  return viewer ? getAssignmentDashboard(viewer, groupId, assignmentId) : null;
});

export async function generateMetadata({ params }: DashboardPageProps): Promise<Metadata> {
  const { id, assignmentId } = await params;
  const [dashboard, { t }] = await Promise.all([loadDashboard(id, assignmentId), getI18n()]);
  return { title: dashboard ? t('dashboardTitle', { title: isolate(dashboard.assignment.title) }) : t('notFoundTitle'), robots: { index: false } };
}

/**
 * The teacher's dashboard for one assignment: per-student progress, links to each student's
 * work, the CSV export and archiving. Anyone else gets a 404, as for a missing assignment.
 */
export default async function AssignmentDashboardPage({ params }: DashboardPageProps) {
  const { id, assignmentId } = await params;
  const [dashboard, { locale, t }] = await Promise.all([loadDashboard(id, assignmentId), getI18n()]);
  if (!dashboard) notFound();
  const { assignment } = dashboard;
  const base = `/groups/${encodeURIComponent(id)}/assignments/${encodeURIComponent(assignment.id)}`;
  return (
    <div className={styles.page}>
      <p>
        <Link href={`/groups/${encodeURIComponent(id)}`}>← {t('dashboardBack')}</Link>
      </p>
      <h1>
        <UserMessage message={t('dashboardTitle')} values={{ title: assignment.title }} />
      </h1>
      <p className={styles.muted}>
        <UserMessage message={t('assignmentClass')} values={{ name: assignment.groupName }} /> ·{' '}
        <UserMessage message={t('assignmentTranscript')} values={{ title: assignment.transcriptTitle }} /> ·{' '}
        {describePassage(assignment.passage, t)} · {describeDue(assignment.dueAt, locale, t)}
        {assignment.archivedAt && <strong> · {t('assignmentArchived')}</strong>}
      </p>
      {assignment.instructions && (
        <p className={styles.instructions}>
          <UserText>{assignment.instructions}</UserText>
        </p>
      )}
      {assignment.hideClassmatesUntilDue && <p className={styles.muted}>{t('assignmentHiddenNote')}</p>}
      <ClassProgressChart students={dashboard.students} t={t} />
      <ProgressTable students={dashboard.students} workHref={(userId) => `${base}/students/${encodeURIComponent(userId)}`} locale={locale} t={t} />
      <div className={styles.actions}>
        <a href={`${base}/export.csv`} download>
          {t('dashboardExport')}
        </a>
        <Link href={assignmentReaderHref(assignment)}>{t('assignmentOpenReader')}</Link>
        {!assignment.archivedAt && <Link href={`${base}/edit`}>{t('assignmentEdit')}</Link>}
        {!assignment.archivedAt && (
          <form action={archiveAssignmentFormAction}>
            <input type="hidden" name="assignmentId" value={assignment.id} />
            <button type="submit">{t('assignmentArchive')}</button>
          </form>
        )}
      </div>
    </div>
  );
}
