import { TranscriptSharing, type SharingChoice } from '@/components/transcripts/transcript-sharing';
import { setTranscriptVisibilityFormAction } from '@/lib/actions/transcript-form-actions';
import { isInstanceEditor, type Viewer } from '@/lib/data/accounts';
import type { TranscriptAccess } from '@/lib/data/transcripts';
import { isolate } from '@/lib/format/isolate';
import type { Translator } from '@/lib/i18n/translate';

/**
 * The sharing control for whoever may change who reads the transcript: its owner (private or one
 * of their groups) and an instance editor (public too). Nothing for anyone else; the data layer
 * checks again on save (setTranscriptVisibility).
 */
export async function ReaderSharing({
  viewer,
  slug,
  access,
  groups,
  saved,
  t,
}: {
  viewer: Viewer | null;
  slug: string;
  access: TranscriptAccess;
  groups: { id: string; name: string }[];
  saved: boolean;
  t: Translator;
}) {
  if (!viewer) return null;
  const editor = await isInstanceEditor(viewer);
  // Only the owner shares; an ownerless transcript (the sample corpus) stays public, and an
  // editor publishes through the owner's control when the owner is an editor.
  if (!access.mine) return null;
  const choices: SharingChoice[] = [{ value: 'private', label: t('sharingPrivate') }];
  for (const group of groups) choices.push({ value: `group:${group.id}`, label: t('sharingGroup', { name: isolate(group.name) }) });
  if (editor || access.visibility === 'public') choices.push({ value: 'public', label: t('sharingPublic') });
  const current = access.visibility === 'group' && access.groupId ? `group:${access.groupId}` : access.visibility;
  if (!choices.some((choice) => choice.value === current)) choices.push({ value: current, label: current });
  return (
    <TranscriptSharing
      action={setTranscriptVisibilityFormAction}
      slug={slug}
      current={current}
      choices={choices}
      labels={{ title: t('sharingTitle'), select: t('sharingLabel'), save: t('sharingSave'), saved: t('sharingSaved') }}
      saved={saved}
    />
  );
}
