import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AssignmentForm } from '@/components/assignments/assignment-form';
import { assignmentFormLabels } from '@/components/assignments/assignment-form-labels';
import styles from '@/components/assignments/assignments.module.css';
import { UserText } from '@/components/ui/user-text';
import { assignmentFormValues } from '@/lib/actions/assignment-form-data';
import { getViewer } from '@/lib/auth/viewer';
import { getAssignmentForViewer } from '@/lib/data/assignments';
import { getTranscriptForReader, listTranscripts } from '@/lib/data/transcripts';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('assignmentEditTitle'), robots: { index: false } };
}

/** Changes to an active assignment, for the teachers of its class; anyone else gets a 404. */
export default async function EditAssignmentPage({ params }: { params: Promise<{ id: string; assignmentId: string }> }) {
  const [{ id, assignmentId }, viewer, { t }] = await Promise.all([params, getViewer(), getI18n()]);
  const assignment = viewer ? await getAssignmentForViewer(viewer, assignmentId) : null;
  if (!assignment || !assignment.teaching || assignment.groupId !== id || assignment.archivedAt) notFound();
  const [transcripts, transcript] = await Promise.all([listTranscripts(viewer), getTranscriptForReader(viewer, assignment.transcriptSlug)]);
  const dashboard = `/groups/${encodeURIComponent(id)}/assignments/${encodeURIComponent(assignment.id)}`;
  return (
    <div className={styles.page}>
      <p>
        <Link href={dashboard}>← {t('studentWorkBack')}</Link>
      </p>
      <h1>{t('assignmentEditTitle')}</h1>
      <p className={styles.muted}>
        <UserText>{assignment.groupName}</UserText>
      </p>
      <AssignmentForm
        mode={{ kind: 'edit', assignmentId: assignment.id, initial: assignmentFormValues(assignment) }}
        transcripts={transcripts.map(({ slug, title }) => ({ slug, title }))}
        speakers={transcript?.speakers.map((s) => s.label) ?? []}
        labels={assignmentFormLabels(t, 'edit')}
      />
    </div>
  );
}
