import Link from 'next/link';
import { AssignmentCard } from '@/components/assignments/assignment-card';
import styles from '@/components/assignments/assignments.module.css';
import type { ClassAssignment } from '@/lib/data/assignments';
import type { GroupDetail } from '@/lib/data/groups';
import type { Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';

export interface ClassSectionProps {
  group: GroupDetail;
  /** The class's assignments as the viewer sees them (lib/data listClassAssignments). */
  assignments: readonly ClassAssignment[];
  locale: Locale;
  t: Translator;
}

/**
 * The class-only part of a group's page: its assignments (teachers: with the class's progress
 * and a "new assignment" link while the class is active; students: with what they have left).
 */
export function ClassSection({ group, assignments, locale, t }: ClassSectionProps) {
  const teaching = group.myRole === 'owner';
  return (
    <section aria-labelledby="class-assignments-title">
      <h2 id="class-assignments-title">{t('classSectionTitle')}</h2>
      {teaching && !group.archivedAt && (
        <p>
          <Link href={`/groups/${group.id}/assignments/new`}>{t('assignmentNewLink')}</Link>
        </p>
      )}
      {assignments.length === 0 ? (
        <p className={styles.muted}>{t('classSectionEmpty')}</p>
      ) : (
        <ul className={styles.list}>
          {assignments.map((assignment) => (
            <li key={assignment.id}>
              <AssignmentCard assignment={assignment} showClass={false} locale={locale} t={t}>
                {assignment.classProgress && (
                  <p>{t('classSectionProgress', { n: assignment.classProgress.students, done: assignment.classProgress.complete })}</p>
                )}
              </AssignmentCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
