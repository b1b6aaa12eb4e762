import type { AssignmentProgress } from '@/lib/assignments/types';
import type { Translator } from '@/lib/i18n/translate';
import { describeTask } from './assignment-text';
import styles from './assignments.module.css';

/** What is done and what is left of each required task, then one summary line. */
export function TaskList({ progress, t }: { progress: AssignmentProgress; t: Translator }) {
  if (progress.tasks.length === 0) return <p className={styles.muted}>{t('assignmentNoTasks')}</p>;
  const left = progress.tasks.filter((task) => task.left > 0).length;
  return (
    <div className={styles.tasks}>
      <ul>
        {progress.tasks.map((task) => (
          <li key={task.kind} data-task={task.kind} data-left={task.left}>
            {describeTask(task, t)} —{' '}
            <strong className={task.left ? styles.left : styles.done}>{task.left ? t('assignmentTaskLeft', { n: task.left }) : t('assignmentTaskDone')}</strong>
          </li>
        ))}
      </ul>
      <p className={progress.complete ? styles.done : styles.left}>
        {progress.complete ? t('assignmentAllDone') : t('assignmentLeftSummary', { n: left })}
      </p>
    </div>
  );
}
