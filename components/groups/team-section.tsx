import type { GroupDetail } from '@/lib/data/group-types';
import type { Translator } from '@/lib/i18n/translate';

export interface TeamSectionProps {
  group: GroupDetail;
  t: Translator;
}

/** The team-only part of a group's page. Placeholder: filled in by the team work. */
export async function TeamSection(props: TeamSectionProps) {
  void props;
  return null;
}
