import Link from 'next/link';
import { UserText } from '@/components/ui/user-text';
import type { StudentProgressRow } from '@/lib/data/assignments';
import type { Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { describeInstant } from './assignment-text';
import styles from './assignments.module.css';

/** The teacher's table: one row per student with tasks done, counts, last activity and a link to their work. */
export function ProgressTable({
  students,
  workHref,
  locale,
  t,
}: {
  students: StudentProgressRow[];
  workHref: (userId: string) => string;
  locale: Locale;
  t: Translator;
}) {
  if (students.length === 0) return <p>{t('dashboardNoStudents')}</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('dashboardStudent')}</th>
            <th scope="col">{t('dashboardTasks')}</th>
            <th scope="col">{t('dashboardAnnotations')}</th>
            <th scope="col">{t('dashboardClaims')}</th>
            <th scope="col">{t('dashboardLinks')}</th>
            <th scope="col">{t('dashboardLastActivity')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('dashboardOpenWork')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {students.map(({ userId, name, progress }) => (
            <tr key={userId} data-student={name}>
              <th scope="row">
                <UserText>{name}</UserText>
              </th>
              <td>
                {progress.tasks.filter((task) => task.left === 0).length}/{progress.tasks.length}
                {progress.complete && <strong className={styles.done}> · {t('dashboardComplete')}</strong>}
              </td>
              <td>{progress.annotations}</td>
              <td>{progress.claims}</td>
              <td>{progress.links}</td>
              <td>{progress.lastActivity ? describeInstant(progress.lastActivity, locale) : t('dashboardNoActivity')}</td>
              <td>
                <Link href={workHref(userId)}>{t('dashboardOpenWork')}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
