import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { memberGroupWhere } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/**
 * The one rule for who may read a link judgment (a confirmation or rejection with its note),
 * the same as for annotations: signed out, public ones; signed in, public ones, the viewer's
 * own of any visibility (a judgment has no thread of the group's replies to leak), and `group` ones of groups the viewer currently belongs to (membership
 * is read in the query, so removal revokes at once; archived groups stay readable to members).
 * Never someone else's private one, whatever the viewer's role in any group. Judgments are read
 * only through a link visibleLinkWhere lets through, which checks the transcript.
 */
export function visibleJudgmentWhere(viewer: Viewer | null): Prisma.LinkJudgmentWhereInput {
  if (!viewer) return { visibility: 'public' };
  return { OR: [{ visibility: 'public' }, { userId: viewer.id }, { visibility: 'group', group: memberGroupWhere(viewer) }] };
}

/**
 * Manual links whose own visibility lets the viewer see them: public ones, the viewer's own
 * (while they still judge it), and `group` ones of groups the viewer currently belongs to.
 */
export function manualLinkVisibleWhere(viewer: Viewer | null): Prisma.TurnLinkWhereInput {
  const readable: Prisma.TurnLinkWhereInput[] = [{ visibility: 'public' }];
  // The adder's own link only while they still judge it: once they withdraw, a link kept alive
  // by someone else's private judgment must look to them exactly like a deleted one.
  if (viewer) readable.push({ addedById: viewer.id, judgments: { some: { userId: viewer.id } } }, { visibility: 'group', group: memberGroupWhere(viewer) });
  return { origin: 'manual', OR: readable };
}

/**
 * The one rule for who may read a link: everyone sees what the engine suggests (origin
 * `suggested`, or ranked now); a manual link follows its adder's visibility; and a link
 * anyone judged is visible wherever that judgment is (visibleJudgmentWhere). So a private or
 * group manual link stays the adder's (and the group's) until someone else publicly adds or
 * confirms the same link. Always only on a transcript the viewer may read (visibleTranscriptWhere).
 */
export function visibleLinkWhere(viewer: Viewer | null): Prisma.TurnLinkWhereInput {
  return {
    transcript: visibleTranscriptWhere(viewer),
    OR: [
      { origin: 'suggested' },
      { rank: { not: null } },
      manualLinkVisibleWhere(viewer),
      { judgments: { some: visibleJudgmentWhere(viewer) } },
    ],
  };
}

/**
 * Links that count as "linked" on the chronicle page: those with a confirmation the viewer may
 * see. A manual link always starts with its adder's confirmation, at the link's visibility.
 */
export function establishedLinkWhere(viewer: Viewer | null): Prisma.TurnLinkWhereInput {
  return { judgments: { some: { AND: [visibleJudgmentWhere(viewer), { verdict: 'confirmed' }] } } };
}
