import type { SpeakerRole } from '@/lib/transcript';
import type { MessageKey } from '@/lib/i18n/dictionary';
import type { Translator } from '@/lib/i18n/translate';
import styles from './role-badge.module.css';

const ROLE_LABEL: Record<SpeakerRole, MessageKey> = {
  host: 'roleHost',
  official: 'roleOfficial',
  journalist: 'roleJournalist',
  other: 'roleOther',
};

/** The interface name of a speaker role (主持人 / Official …). */
export function roleLabel(role: SpeakerRole, t: Translator): string {
  return t(ROLE_LABEL[role]);
}

/** A small tag naming a speaker's role, tinted with the role's colour used across the reader. */
export function RoleBadge({ role, t }: { role: SpeakerRole; t: Translator }) {
  return (
    <span className={styles.badge} data-role={role}>
      {roleLabel(role, t)}
    </span>
  );
}
