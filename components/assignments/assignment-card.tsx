import Link from 'next/link';
import type { ReactNode } from 'react';
import { UserMessage, UserText } from '@/components/ui/user-text';
import type { AssignmentProgress, AssignmentSummary } from '@/lib/assignments/types';
import type { Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { describeDue, describePassage } from './assignment-text';
import { TaskList } from './task-list';
import styles from './assignments.module.css';

/** Where the reader opens an assignment: its transcript at the passage's first turn. */
export function assignmentReaderHref(assignment: Pick<AssignmentSummary, 'id' | 'transcriptSlug' | 'passage'>): string {
  const first = assignment.passage.kind === 'speaker' ? null : assignment.passage.fromTurn;
  return `/transcripts/${encodeURIComponent(assignment.transcriptSlug)}?assignment=${encodeURIComponent(assignment.id)}${first === null ? '#turns' : `#turn-${first}`}`;
}

/**
 * One assignment in a list: title, class, transcript, passage, due date, the student's tasks
 * (when `progress` is given), and links to the reader and, for teachers, the dashboard.
 */
export function AssignmentCard({
  assignment,
  showClass,
  locale,
  t,
  children,
}: {
  assignment: AssignmentSummary & { progress: AssignmentProgress | null };
  showClass: boolean;
  locale: Locale;
  t: Translator;
  children?: ReactNode;
}) {
  return (
    <article className={styles.card} aria-labelledby={`assignment-${assignment.id}`} data-assignment-id={assignment.id}>
      <h3 id={`assignment-${assignment.id}`}>
        <UserText>{assignment.title}</UserText>
      </h3>
      <p className={styles.muted}>
        {showClass && (
          <>
            <UserMessage message={t('assignmentClass')} values={{ name: assignment.groupName }} /> ·{' '}
          </>
        )}
        <UserMessage message={t('assignmentTranscript')} values={{ title: assignment.transcriptTitle }} /> · {describePassage(assignment.passage, t)}
      </p>
      <p>
        {describeDue(assignment.dueAt, locale, t)}
        {assignment.overdue && <strong className={styles.left}> · {t('assignmentOverdue')}</strong>}
        {assignment.archivedAt && <strong> · {t('assignmentArchived')}</strong>}
      </p>
      {assignment.progress && <TaskList progress={assignment.progress} t={t} />}
      {children}
      <p className={styles.actions}>
        {!assignment.archivedAt && <Link href={assignmentReaderHref(assignment)}>{t('assignmentOpenReader')}</Link>}
        {assignment.teaching && <Link href={`/groups/${assignment.groupId}/assignments/${assignment.id}`}>{t('assignmentOpenDashboard')}</Link>}
      </p>
    </article>
  );
}
