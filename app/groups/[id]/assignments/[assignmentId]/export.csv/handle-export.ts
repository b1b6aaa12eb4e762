import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getAssignmentDashboard } from '@/lib/data/assignments';
import { toCsv } from '@/lib/export/csv';
import type { Translator } from '@/lib/i18n/translate';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The class's progress on one assignment as CSV, one row per current student, for the class's
 * teachers only; anyone else (signed out included) gets the same 404 as a missing assignment.
 */
export async function handleExportAssignment(viewer: Viewer | null, groupId: string, assignmentId: string, t: Translator): Promise<Response> {
  if (!viewer) return notFound();
  const dashboard = await getAssignmentDashboard(viewer, groupId, assignmentId);
  if (!dashboard) return notFound();
  const header = [
    t('assignmentCsvStudent'),
    t('assignmentCsvAnnotations'),
    t('assignmentCsvClaims'),
    t('assignmentCsvLinks'),
    t('assignmentCsvTasksDone'),
    t('assignmentCsvComplete'),
    t('assignmentCsvLastActivity'),
  ];
  const rows = dashboard.students.map(({ name, progress }) => [
    name,
    progress.annotations,
    progress.claims,
    progress.links,
    `${progress.tasks.filter((task) => task.left === 0).length}/${progress.tasks.length}`,
    progress.complete ? t('assignmentCsvYes') : t('assignmentCsvNo'),
    progress.lastActivity,
  ]);
  // The file name stays ASCII; the title is inside the file.
  const filename = `assignment-${dashboard.assignment.id}.csv`;
  return new Response(toCsv([header, ...rows]), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
