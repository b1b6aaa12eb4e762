import Link from 'next/link';
import { UserMessage, UserText } from '@/components/ui/user-text';
import type { AssignmentContext } from '@/lib/assignments/types';
import type { Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { describeDue, describePassage } from './assignment-text';
import { TaskList } from './task-list';
import styles from './assignments.module.css';

/** A bar beside the passage's turns, so the reader sees where the assignment starts and ends. */
function passageTurnStyle(turnIndexes: readonly number[]): string {
  // Indexes are integers from the database, so the selector cannot carry anything else.
  return `${turnIndexes.map((index) => `#turn-${Math.trunc(index)}`).join(',')}{box-shadow:inset 4px 0 0 var(--accent)}`;
}

/**
 * The assignment a student is working on, above the reader's turns (`?assignment=id`): title,
 * class, passage with a link to its first turn, due date, instructions, and what is left to do.
 * Teachers see a link to the class's progress instead of their own tasks.
 */
export function AssignmentBanner({
  assignment,
  hrefForTurn,
  locale,
  t,
}: {
  assignment: AssignmentContext;
  hrefForTurn: (index: number) => string;
  locale: Locale;
  t: Translator;
}) {
  const first = assignment.turnIndexes[0];
  return (
    <section className={styles.banner} aria-labelledby="assignment-banner-title" data-assignment-id={assignment.id}>
      {assignment.turnIndexes.length > 0 && <style>{passageTurnStyle(assignment.turnIndexes)}</style>}
      <p className={styles.kicker}>
        {t('assignmentBannerLabel')} · <UserMessage message={t('assignmentClass')} values={{ name: assignment.groupName }} />
      </p>
      <h2 id="assignment-banner-title">
        <UserText>{assignment.title}</UserText>
      </h2>
      <p>
        <strong>{describePassage(assignment.passage, t)}</strong>
        {first !== undefined && (
          <>
            {' · '}
            <a href={hrefForTurn(first)}>{t('assignmentBannerGoTo', { turn: first })}</a>
          </>
        )}
        {' · '}
        {describeDue(assignment.dueAt, locale, t)}
      </p>
      {assignment.passage.kind === 'speaker' && assignment.turnIndexes.length > 0 && (
        <p className={styles.muted}>{t('assignmentBannerPassageTurns', { turns: assignment.turnIndexes.join(', ') })}</p>
      )}
      {assignment.instructions && (
        <p className={styles.instructions}>
          <UserText>{assignment.instructions}</UserText>
        </p>
      )}
      {assignment.progress ? <TaskList progress={assignment.progress} t={t} /> : null}
      {assignment.teaching ? (
        <p>
          <Link href={`/groups/${assignment.groupId}/assignments/${assignment.id}`}>{t('assignmentOpenDashboard')}</Link>
        </p>
      ) : (
        <p className={styles.muted}>
          <UserMessage message={t('assignmentBannerShared')} values={{ name: assignment.groupName }} /> {t('assignmentLinksRule')}
        </p>
      )}
    </section>
  );
}
