import Link from 'next/link';
import { UserText } from '@/components/ui/user-text';
import type { GroupDetail, TeamVocabulary } from '@/lib/data/groups';
import type { TranscriptSummary } from '@/lib/data/transcripts';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { TeamVocabularyPanel } from './team-vocabulary-panel';
import styles from './team-section.module.css';

export interface TeamSectionProps {
  group: GroupDetail;
  /** The team's tag vocabulary; null shows no vocabulary panel. */
  vocabulary: TeamVocabulary | null;
  /** Every transcript, each with a link to the team's claim board for it. */
  transcripts: readonly Pick<TranscriptSummary, 'slug' | 'title'>[];
  t: Translator;
}

/**
 * The team-only part of a group's page: the tag vocabulary and a claim board per transcript
 * (the page loads both).
 */
export function TeamSection({ group, vocabulary, transcripts, t }: TeamSectionProps) {
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
                  <UserText>{transcript.title}</UserText>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
