import 'server-only';
import { cache } from 'react';
import { getViewer } from '@/lib/auth/viewer';
import { listLinkGroupChoices } from '@/lib/data/links';
import type { LinkGroupChoice } from '@/lib/data/links';

/**
 * The signed-in viewer's active groups for the link forms' visibility select, loaded once per
 * request (React `cache`) however many turns render forms; signed out, none.
 */
export const loadViewerLinkGroups = cache(async (): Promise<LinkGroupChoice[]> => {
  const viewer = await getViewer();
  return viewer ? listLinkGroupChoices(viewer) : [];
});
