import Link from 'next/link';
import { UserText } from '@/components/ui/user-text';
import type { ReaderSpeaker } from '@/lib/data/transcripts';
import { speakerLabel } from '@/lib/format/speaker-label';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { MessageKey } from '@/lib/i18n/dictionary';
import type { Translator } from '@/lib/i18n/translate';
import type { SpeakerRole } from '@/lib/transcript';
import styles from './speaker-roster.module.css';

const ROLE_ORDER: SpeakerRole[] = ['host', 'official', 'journalist', 'other'];
const GROUP_TITLE: Record<SpeakerRole, MessageKey> = {
  host: 'groupHost',
  official: 'groupOfficial',
  journalist: 'groupJournalist',
  other: 'groupOther',
};

/**
 * Who speaks, grouped by role (host, officials, journalists): name with title or outlet and
 * the number of turns. Each name filters the transcript to that speaker.
 */
export function SpeakerRoster({
  speakers,
  filterHref,
  t,
}: {
  speakers: ReaderSpeaker[];
  filterHref: (label: string) => string;
  t: Translator;
}) {
  const groups = ROLE_ORDER.map((role) => ({ role, speakers: speakers.filter((s) => s.role === role) })).filter((g) => g.speakers.length > 0);
  return (
    <section aria-labelledby="roster-heading" className={styles.roster}>
      <h2 id="roster-heading">{t('rosterTitle')}</h2>
      <div className={styles.groups}>
        {groups.map((group) => (
          <section key={group.role} aria-labelledby={`roster-${group.role}`} className={styles.group} data-role={group.role}>
            <h3 id={`roster-${group.role}`} className={styles.groupHeading}>
              {t(GROUP_TITLE[group.role])} <span className={styles.count}>{group.speakers.length}</span>
            </h3>
            <div className={styles.clip}>
              <ul className={styles.list}>
                {group.speakers.map((speaker) => (
                  <RosterItem key={speaker.label} speaker={speaker} href={filterHref(speaker.label)} t={t} />
                ))}
              </ul>
            </div>
          </section>
        ))}
      </div>
    </section>
  );
}

function RosterItem({ speaker, href, t }: { speaker: ReaderSpeaker; href: string; t: Translator }) {
  const { primary, secondary } = speakerLabel(speaker);
  return (
    <li className={styles.item}>
      <Link href={href} className={styles.name} lang={CONTENT_LANG}>
        <UserText>{primary}</UserText>
      </Link>
      {secondary && (
        <span className={styles.secondary} lang={CONTENT_LANG}>
          <UserText>{secondary}</UserText>
        </span>
      )}
      <span className={`${styles.turns} tabular`}>{t('speakerTurns', { n: speaker.turnCount })}</span>
    </li>
  );
}
