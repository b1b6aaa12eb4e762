// Who may see and change a link confirmation or manual link shared with a GROUP, as one table:
// viewer × subject × path (the group authorization matrix, link half; the annotation half is
// tests/groups-access.test.ts). Subjects: the author's group confirmation (with a note) of a
// suggested link, the author's group manual link, and the author's private confirmation, which
// no role in any group may read. Every case checks the outcome AND that neither the note, the
// author's name or e-mail, nor (where the link itself is not visible) its id leaks; a refused
// write changes nothing, and no one else's write ever changes the author's judgment.
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { describeAccessMatrix, describeSize, matrixCases, result, seen, type Outcome } from './support/access-matrix';
import { AUTHOR_NAME, GROUP_MEMBERS, GROUP_WHO, makeGroupWorld, type GroupWho } from './support/group-world';
import type { TestDatabase } from './support/test-database';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const actions = await import('@/lib/actions/link-actions');
const write = await import('@/lib/data/links');
const { listLinksForTranscript, listTurnLinks } = await import('@/lib/data/links');
const { listTurnsLinkedToEntries } = await import('@/lib/data/links');
const support = await import('./support/annotation-database');
const { SLUG } = support;

type State = 'group confirmation' | 'group manual link' | 'private confirmation';
interface Subject {
  linkId: string;
  turnIndex: number;
  entryId: string;
  entryKey: string;
  judgmentId: string;
  note: string;
}

/** The view of the subject's link in a reader list: visible when it carries the author's confirmation. */
const inList = (links: { id: string; confirmations: number }[], s: Subject): Outcome =>
  seen(links.some((l) => l.id === s.linkId && l.confirmations > 0), links);

const READS: Record<string, (viewer: Viewer | null, s: Subject) => Promise<Outcome>> = {
  'reader related entries': async (viewer, s) => inList(await listLinksForTranscript(viewer, SLUG), s),
  'turn page links': async (viewer, s) => inList(await listTurnLinks(viewer, SLUG, s.turnIndex), s),
  'chronicle linked turns': async (viewer, s) => {
    const byEntry = await listTurnsLinkedToEntries(viewer, 'chronicle-2020-03');
    return seen(Boolean(byEntry[s.entryKey]?.some((t) => t.linkId === s.linkId)), byEntry);
  },
};

let db: TestDatabase;
let users: Record<GroupWho, Viewer | null>;
let groupId: string;
let serial = 0;

const WRITES: Record<string, (s: Subject) => Promise<Outcome>> = {
  'confirm the link': async (s) => result(await actions.confirmLinkAction({ linkId: s.linkId, note: 'mine', visibility: 'public' })),
  'reject it in the group': async (s) => result(await actions.rejectLinkAction({ linkId: s.linkId, note: 'no', visibility: 'group', groupId })),
  'add it to the group': async (s) =>
    result(await actions.addLinkAction({ transcriptSlug: SLUG, turnIndex: s.turnIndex, chronicleEntryId: s.entryId, visibility: 'group', groupId })),
  'withdraw the author’s judgment': async (s) => result(await actions.withdrawJudgmentAction({ judgmentId: s.judgmentId })),
};

function expectedRead(who: GroupWho, state: State): string {
  const readers = state === 'private confirmation' ? ['author'] : GROUP_MEMBERS;
  return readers.includes(who) ? 'visible' : 'hidden';
}
function expectedWrite(who: GroupWho, state: State, path: string): string {
  if (who === 'visitor') return 'unauthenticated';
  if (path === 'withdraw the author’s judgment') return who === 'author' ? 'ok' : 'not_found';
  // Sharing into the group needs current membership of it, whatever one's role elsewhere.
  if (path !== 'confirm the link') return GROUP_MEMBERS.includes(who) ? 'ok' : 'not_found';
  // Anyone may judge a suggestion; a group manual link exists only for the group.
  return state !== 'group manual link' || GROUP_MEMBERS.includes(who) ? 'ok' : 'not_found';
}

const STATES: State[] = ['group confirmation', 'group manual link', 'private confirmation'];
const CASES = matrixCases({ who: GROUP_WHO, states: STATES, reads: Object.keys(READS), writes: Object.keys(WRITES), expectedRead, expectedWrite });
/** 9 viewers × 3 subjects × 7 paths; asserted below so the reported size is the real one. */
const GROUP_LINK_MATRIX_SIZE = 189;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  ({ users, groupId } = await makeGroupWorld(db));
  console.log(describeSize('group link access matrix', CASES, { viewers: GROUP_WHO.length, subjects: STATES.length, paths: Object.keys(READS).length + Object.keys(WRITES).length }));
});
afterAll(() => support.tearDownAnnotationDatabase(db));
beforeEach(async () => {
  await db.prisma.linkJudgment.deleteMany();
  await db.prisma.turnLink.deleteMany({ where: { origin: 'manual' } });
});

/** The author's confirmation with a unique note: of turn 8's best suggestion, or of a manual link of turn 12. */
async function makeSubject(state: State): Promise<Subject> {
  const note = `link-note-secret-${++serial}`;
  const author = users.author!;
  const shared = state === 'private confirmation' ? { visibility: 'private' as const } : { visibility: 'group' as const, groupId };
  if (state === 'group manual link') {
    const linked = await db.prisma.turnLink.findMany({ where: { turnIndex: 12 }, select: { chronicleEntryId: true } });
    const entry = await db.prisma.chronicleEntry.findFirstOrThrow({ where: { id: { notIn: linked.map((l) => l.chronicleEntryId) } }, select: { id: true, key: true } });
    const added = await write.addLink(author, { transcriptSlug: SLUG, turnIndex: 12, chronicleEntryId: entry.id, note, ...shared });
    const judgment = await db.prisma.linkJudgment.findFirstOrThrow({ where: { linkId: added.linkId }, select: { id: true } });
    return { linkId: added.linkId, turnIndex: 12, entryId: entry.id, entryKey: entry.key, judgmentId: judgment.id, note };
  }
  const link = await db.prisma.turnLink.findFirstOrThrow({ where: { turnIndex: 8, rank: 1 }, select: { id: true, chronicleEntry: { select: { id: true, key: true } } } });
  await write.confirmLink(author, { linkId: link.id, note, ...shared });
  const judgment = await db.prisma.linkJudgment.findFirstOrThrow({ where: { linkId: link.id }, select: { id: true } });
  return { linkId: link.id, turnIndex: 8, entryId: link.chronicleEntry.id, entryKey: link.chronicleEntry.key, judgmentId: judgment.id, note };
}

/** The link and its judgments, leaving out `exceptUserId`'s own (a permitted write adds or changes only those). */
const snapshot = (linkId: string, exceptUserId: string | null) =>
  db.query(
    `SELECT l.origin, l.visibility, l."groupId", l."addedById",
            (SELECT json_agg(json_build_object('user', j."userId", 'verdict', j.verdict, 'note', j.note, 'visibility', j.visibility,
                                               'group', j."groupId", 'updatedAt', j."updatedAt") ORDER BY j."userId")
               FROM "LinkJudgment" j WHERE j."linkId" = l.id AND j."userId" IS DISTINCT FROM $2) AS judgments
       FROM "TurnLink" l WHERE l.id = $1`,
    [linkId, exceptUserId],
  );

describeAccessMatrix({
  name: 'group link access matrix',
  dimensions: 'viewer × subject × path',
  cases: CASES,
  size: GROUP_LINK_MATRIX_SIZE,
  reads: READS,
  writes: WRITES,
  viewerOf: (who) => users[who],
  makeSubject,
  checks: ({ who, state, path, kind, expected }, subject, viewer) => {
    // A link only the group may see must not even show its id; a suggestion is everyone's.
    const linkSecret = state === 'group manual link' || path === 'chronicle linked turns' ? [subject.linkId] : [];
    return {
      // Refused: nothing changed at all. Permitted for someone else: the author's judgment and the link are untouched.
      snapshot: () => snapshot(subject.linkId, expected === 'ok' ? (viewer?.id ?? null) : null),
      mustNotChange: kind === 'write' && (expected !== 'ok' || who !== 'author'),
      secrets: [subject.note, AUTHOR_NAME, users.author!.email, ...linkSecret],
      witness: path === 'chronicle linked turns' ? subject.linkId : subject.note,
    };
  },
});
