'use server';

import { redirect } from 'next/navigation';
import { formAction } from './form-action';
import { setTranscriptVisibilityAction } from './transcript-actions';

/**
 * The reader's sharing form (useActionState; a plain POST without JavaScript): `access` is
 * `private`, `public` or `group:<id>`; afterwards the reader opens again with the new setting.
 */
export const setTranscriptVisibilityFormAction = formAction({
  input: (f) => {
    const access = f.access ?? '';
    const group = access.startsWith('group:') ? access.slice('group:'.length) : undefined;
    return { slug: f.slug ?? '', visibility: (group ? 'group' : access) as 'private' | 'public' | 'group', ...(group ? { groupId: group } : {}) };
  },
  run: setTranscriptVisibilityAction,
  messages: { error: 'teamErrorGeneric', not_found: 'teamErrorNotFound' },
  success: (result) => redirect(`/transcripts/${encodeURIComponent(result.slug)}?shared=1`),
});
