import type { Metadata } from 'next';
import Link from 'next/link';
import { GroupActionForm } from '@/components/groups/group-action-form';
import { groupKindLabel } from '@/components/groups/group-labels';
import styles from '@/components/groups/groups.module.css';
import { UserMessage } from '@/components/ui/user-text';
import { joinGroupFormAction } from '@/lib/actions/group-form-actions';
import { getViewer } from '@/lib/auth/viewer';
import { getJoinPreview, isBannedFromGroup } from '@/lib/data/groups';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

interface JoinPageProps {
  params: Promise<{ code: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // A join link is a secret: keep it out of search results and other sites' referrers. Not
  // 'no-referrer': that makes the browser send `Origin: null` with the Join form's plain POST
  // (no JavaScript), which the server-action origin check refuses.
  return { title: t('groupsJoinPageTitle'), robots: { index: false }, referrer: 'same-origin' };
}

/**
 * Where a join link leads. Signed out: sign-in and sign-up links that come back here. Signed
 * in: what the code opens and a Join button (a POST; visiting the link never joins), or a
 * clear message for a code that was replaced, a group that was archived, or a reader whom an
 * owner or moderator removed (until they are let back in).
 */
export default async function JoinPage({ params }: JoinPageProps) {
  const [{ code }, viewer, { t }] = await Promise.all([params, getViewer(), getI18n()]);
  const back = encodeURIComponent(`/join/${encodeURIComponent(code)}`);
  if (!viewer) {
    return (
      <div className={styles.page}>
        <h1>{t('groupsJoinPageTitle')}</h1>
        <p>{t('groupsJoinSignedOut')}</p>
        <p className={styles.inviteRow}>
          <Link href={`/signin?callbackUrl=${back}`}>{t('groupsSignInLink')}</Link>
          <Link href={`/signup?callbackUrl=${back}`}>{t('groupsJoinSignUp')}</Link>
        </p>
      </div>
    );
  }
  const preview = await getJoinPreview(viewer, code);
  // Someone an owner or moderator removed is refused until let back in: say so instead of Join.
  const banned = preview !== null && !preview.isMember && (await isBannedFromGroup(viewer, preview.groupId));
  return (
    <div className={styles.page}>
      <h1>{t('groupsJoinPageTitle')}</h1>
      {!preview ? (
        <p role="alert">{t('groupsJoinInvalid')}</p>
      ) : banned ? (
        <p role="alert">{t('groupsJoinBanned')}</p>
      ) : preview.isMember ? (
        <p>
          <UserMessage message={t('groupsAlreadyMember')} values={{ name: preview.name }} />{' '}
          <Link href={`/groups/${encodeURIComponent(preview.groupId)}`}>{t('groupsOpenGroup')}</Link>
        </p>
      ) : (
        <section className={styles.section} aria-labelledby="join-invite">
          <h2 id="join-invite">
            <UserMessage message={t('groupsJoinInvite', { kind: groupKindLabel(preview.kind, t) })} values={{ name: preview.name }} />
          </h2>
          <p>{t('groupsJoinExplain')}</p>
          <GroupActionForm action={joinGroupFormAction} submitLabel={t('groupsJoinSubmit')} pendingLabel={t('groupsPending')}>
            <input type="hidden" name="code" value={code} />
          </GroupActionForm>
        </section>
      )}
    </div>
  );
}
