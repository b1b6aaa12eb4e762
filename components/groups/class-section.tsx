import type { GroupDetail } from '@/lib/data/group-types';
import type { Translator } from '@/lib/i18n/translate';

export interface ClassSectionProps {
  group: GroupDetail;
  t: Translator;
}

/** The class-only part of a group's page. Placeholder: filled in by the class work. */
export async function ClassSection(props: ClassSectionProps) {
  void props;
  return null;
}
