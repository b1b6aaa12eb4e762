import type { StudentProgressRow } from '@/lib/data/assignments';
import type { Translator } from '@/lib/i18n/translate';
import { BarChart, type BarRow } from './bar-chart';

/**
 * A class's progress on one assignment: per student, the required work done (green) and still
 * left (grey), counted task by task so extra work on one task does not hide another.
 */
export function ClassProgressChart({ students, t }: { students: StudentProgressRow[]; t: Translator }) {
  if (students.length === 0 || students.every((s) => s.progress.tasks.length === 0)) return null;
  const rows: BarRow[] = students.map(({ userId, name, progress }) => {
    const done = progress.tasks.reduce((sum, task) => sum + Math.min(task.done, task.required), 0);
    const left = progress.tasks.reduce((sum, task) => sum + task.left, 0);
    return {
      key: userId,
      label: name,
      parts: [
        { key: 'done', label: t('classProgressDone'), value: done, color: '#2e7d32' },
        { key: 'left', label: t('classProgressLeft'), value: left, color: '#c9c3b8' },
      ],
      note: t('classProgressNote', { done, required: done + left, annotations: progress.annotations }),
    };
  });
  return <BarChart title={t('classProgressTitle')} rows={rows} legend tableHeadings={{ row: t('classProgressStudent'), value: t('chartData') }} />;
}
