import Link from 'next/link';
import { getViewer } from '@/lib/auth/viewer';
import type { GroupDetail } from '@/lib/data/groups';
import { getTeamVocabulary } from '@/lib/data/groups';
import { listTranscripts } from '@/lib/data/transcripts';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { TeamVocabularyPanel } from './team-vocabulary-panel';
import styles from './team-section.module.css';

export interface TeamSectionProps {
  group: GroupDetail;
  t: Translator;
}

/** The team-only part of a group's page: the tag vocabulary and a claim board per transcript. */
export async function TeamSection({ group, t }: TeamSectionProps) {
  const viewer = await getViewer();
  const [vocabulary, transcripts] = await Promise.all([viewer ? getTeamVocabulary(viewer, group.id) : null, listTranscripts()]);
  return (
    <>
      {vocabulary && <TeamVocabularyPanel vocabulary={vocabulary} canManage={group.myRole === 'owner' && !group.archivedAt} t={t} />}
      <section className={styles.section} aria-labelledby="team-boards-title">
        <h2 id="team-boards-title">{t('teamBoardsTitle')}</h2>
        <p className={styles.hint}>{t('teamBoardsIntro')}</p>
        {transcripts.length === 0 ? (
          <p className={styles.hint}>{t('teamBoardsEmpty')}</p>
        ) : (
          <ul className={styles.list}>
            {transcripts.map((transcript) => (
              <li key={transcript.slug} className={styles.item}>
                <Link href={`/groups/${encodeURIComponent(group.id)}/board/${encodeURIComponent(transcript.slug)}`} lang={CONTENT_LANG}>
                  {transcript.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
