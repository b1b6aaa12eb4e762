import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AssignmentForm } from '@/components/assignments/assignment-form';
import { assignmentFormLabels } from '@/components/assignments/assignment-form-labels';
import styles from '@/components/assignments/assignments.module.css';
import { UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import { getGroupForViewer } from '@/lib/data/groups';
import { getTranscriptForReader, listTranscripts } from '@/lib/data/transcripts';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('assignmentNewTitle'), robots: { index: false } };
}

/** The new-assignment form, for teachers (owners) of an active class; anyone else gets a 404. */
export default async function NewAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer, { t }] = await Promise.all([params, getViewer(), getI18n()]);
  const group = viewer ? await getGroupForViewer(viewer, id) : null;
  if (!group || group.kind !== 'class' || group.myRole !== 'owner' || group.archivedAt) notFound();
  const transcripts = await listTranscripts(viewer);
  const first = transcripts[0] ? await getTranscriptForReader(viewer, transcripts[0].slug) : null;
  return (
    <div className={styles.page}>
      <p>
        <Link href={`/groups/${group.id}`}>← {t('dashboardBack')}</Link>
      </p>
      <h1>{t('assignmentNewTitle')}</h1>
      <p className={styles.muted}>
        <UserText>{group.name}</UserText>
      </p>
      <AssignmentForm
        mode={{ kind: 'create', groupId: group.id }}
        transcripts={transcripts.map(({ slug, title }) => ({ slug, title }))}
        speakers={first?.speakers.map((s) => s.label) ?? []}
        labels={assignmentFormLabels(t, 'create')}
      />
    </div>
  );
}
