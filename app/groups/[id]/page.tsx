import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { BannedMembers } from '@/components/groups/banned-members';
import { ClassSection } from '@/components/groups/class-section';
import { GroupInvite, GroupManage } from '@/components/groups/group-admin';
import { groupKindLabel, groupRoleLabel, moderates } from '@/components/groups/group-labels';
import { GroupMembers } from '@/components/groups/group-members';
import styles from '@/components/groups/groups.module.css';
import { TeamSection } from '@/components/groups/team-section';
import { UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import type { Viewer } from '@/lib/data/accounts';
import { listClassAssignments } from '@/lib/data/assignments';
import { getGroupForViewer, getTeamVocabulary, listBannedMembers, type GroupDetail } from '@/lib/data/groups';
import { listTranscripts } from '@/lib/data/transcripts';
import { isolate } from '@/lib/format/isolate';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

interface GroupPageProps {
  params: Promise<{ id: string }>;
}

// Metadata and page share one query per request; null for anyone who is not a current member.
const loadGroup = cache(async (id: string) => {
  const viewer = await getViewer();
  return viewer ? { viewer, group: await getGroupForViewer(viewer, id) } : null;
});

/** What the team's or the class's own section shows: vocabulary and boards, or assignments. */
async function loadKindSection(viewer: Viewer, group: GroupDetail) {
  if (group.kind === 'team') {
    const [vocabulary, transcripts] = await Promise.all([getTeamVocabulary(viewer, group.id), listTranscripts(viewer)]);
    return { kind: 'team' as const, vocabulary, transcripts };
  }
  return { kind: 'class' as const, assignments: await listClassAssignments(viewer, group.id) };
}

export async function generateMetadata({ params }: GroupPageProps): Promise<Metadata> {
  const [loaded, { t }] = await Promise.all([loadGroup((await params).id), getI18n()]);
  const name = loaded?.group?.name;
  return { title: name === undefined ? t('notFoundTitle') : isolate(name), robots: { index: false } };
}

/**
 * One group for its current members: members and roles, the join code for owners and
 * moderators, the members they removed (with "Let back in"), the team's or the class's own
 * section, then the owners' tools and Leave.
 * Everyone else gets a 404, exactly as for a group that does not exist.
 */
export default async function GroupPage({ params }: GroupPageProps) {
  const [loaded, { locale, t }] = await Promise.all([loadGroup((await params).id), getI18n()]);
  const group = loaded?.group;
  if (!loaded || !group) notFound();
  // Removed members only for those who may let them back in (the query checks it too).
  const [section, banned] = await Promise.all([
    loadKindSection(loaded.viewer, group),
    moderates(group.myRole) ? listBannedMembers(loaded.viewer, group.id) : [],
  ]);
  return (
    <div className={styles.page}>
      <p>
        <Link href="/groups">← {t('groupsBack')}</Link>
      </p>
      <h1>
        <UserText>{group.name}</UserText>
      </h1>
      <p className={styles.inviteRow}>
        <span className={styles.badge}>{groupKindLabel(group.kind, t)}</span>
        <span className={styles.meta}>{t('groupsMyRole', { role: groupRoleLabel(group.myRole, group.kind, t) })}</span>
        {group.archivedAt && <span className={styles.badge}>{t('groupsArchived')}</span>}
      </p>
      {group.archivedAt && <p role="note">{t('groupsArchivedNotice')}</p>}
      <GroupInvite group={group} t={t} />
      <GroupMembers group={group} viewerId={loaded.viewer.id} t={t} />
      <BannedMembers groupId={group.id} banned={banned} locale={locale} t={t} />
      {section.kind === 'team' ? (
        <TeamSection group={group} vocabulary={section.vocabulary} transcripts={section.transcripts} t={t} />
      ) : (
        <ClassSection group={group} assignments={section.assignments} locale={locale} t={t} />
      )}
      <GroupManage group={group} t={t} />
    </div>
  );
}
