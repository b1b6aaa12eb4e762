// Who may read a TRANSCRIPT and everything that belongs to it, as one table: viewer × the
// transcript's visibility × path (the transcript authorization matrix). Subjects: three copies
// of the sample press conference imported by the owner, each with a unique marker word in
// turn 2, the owner's public note on it, a team claim, the owner's public link and the engine's
// suggestions; one stays private, one is shared with the owner's team, one is made public.
// Every read checks the outcome AND that nothing of a hidden transcript (its marker, the note,
// the claim, its slug) comes back; every refused write changes nothing. The rule under test is
// visibleTranscriptWhere (lib/data/transcripts/access-rule.ts).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { LiveListener } from '@/lib/live/live-listener';
import { describeAccessMatrix, describeSize, matrixCases, result, seen, type Outcome } from './support/access-matrix';
import { liveRequest } from './support/live-subscriber';
import { importOwnedTranscript } from './support/owned-transcript';
import type { TestDatabase } from './support/test-database';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const { createAnnotationAction } = await import('@/lib/actions/annotation-actions');
const { addLinkAction, confirmLinkAction } = await import('@/lib/actions/link-actions');
const annotations = await import('@/lib/data/annotations');
const links = await import('@/lib/data/links');
const transcripts = await import('@/lib/data/transcripts');
const { getClaimBoard, createGroup, joinGroup, removeMember } = await import('@/lib/data/groups');
const { search } = await import('@/lib/data/search');
const { handleListAnnotations } = await import('@/app/api/annotations/handle-annotations');
const { handleLive } = await import('@/app/api/live/handle-live');
const support = await import('./support/annotation-database');

const WHO = ['owner', 'group member', 'non-member', 'removed member', 'editor', 'other user', 'signed out'] as const;
type Who = (typeof WHO)[number];
const STATES = ['private', 'group', 'public'] as const;
type State = (typeof STATES)[number];

interface Subject {
  slug: string;
  transcriptId: string;
  /** A word only this transcript's turn 2 holds. */
  marker: string;
  noteMarker: string;
  claimMarker: string;
  noteId: string;
  suggestedLinkId: string;
}

let db: TestDatabase;
let listener: LiveListener;
let teamId: string;
let entryId: string;
let chronicleSlug: string;
const users = {} as Record<Who, Viewer | null>;
const subjects = {} as Record<State, Subject>;

/** Who may read a transcript in `state`: anyone when public, its owner, and its group's current members. */
const READERS: Record<State, readonly Who[]> = {
  public: WHO,
  private: ['owner'],
  group: ['owner', 'group member'],
};
/** The claim board is the team's: only its current members have one, and only on transcripts they may read. */
const TEAM: readonly Who[] = ['owner', 'group member'];

const turnPath = (s: Subject) => `/transcripts/${s.slug}`;

/** What a visible read must carry, so its leak check is not vacuous (paths of ids and counts have none). */
const WITNESS: Record<string, (s: Subject) => string> = {
  'reader': (s) => s.marker,
  'library list': (s) => s.slug,
  'turn page': (s) => s.marker,
  'search': (s) => s.marker,
  'annotation export': (s) => s.noteMarker,
  'print data': (s) => s.noteMarker,
  'overview data': (s) => s.marker,
  'JSON API list': (s) => s.noteMarker,
  'links': (s) => s.slug,
  'claim board': (s) => s.claimMarker,
};

/** A read whose parts must agree: all found (visible), none found (hidden), else the leak is named. */
function agree(parts: Record<string, boolean>, payload: unknown): Outcome {
  const found = Object.values(parts);
  if (found.every(Boolean)) return seen(true, payload);
  if (!found.some(Boolean)) return seen(false, payload);
  return { status: `inconsistent ${JSON.stringify(parts)}`, payload };
}

const READS: Record<string, (viewer: Viewer | null, s: Subject) => Promise<Outcome>> = {
  'reader': async (viewer, s) => {
    const transcript = await transcripts.getTranscriptForReader(viewer, s.slug);
    return seen(transcript !== null, transcript);
  },
  'library list': async (viewer, s) => {
    const list = await transcripts.listTranscripts(viewer);
    return seen(list.some((t) => t.slug === s.slug), list);
  },
  'turn page': async (viewer, s) => {
    const [page, turnLinks] = await Promise.all([links.getTurnPage(viewer, s.slug, 2), links.listTurnLinks(viewer, s.slug, 2)]);
    return agree({ page: page !== null, links: turnLinks.length > 0 }, { page, turnLinks });
  },
  'search': async (viewer, s) => {
    const [turns, notes] = await Promise.all([search(viewer, s.marker, {}), search(viewer, s.noteMarker, {})]);
    const hit = (r: typeof turns, kind: string) => r?.hits.some((h) => h.kind === kind && (kind === 'turn' ? h.href.startsWith(turnPath(s)) : h.id === s.noteId)) ?? false;
    // The answer echoes the query (the marker itself): only the hits and counts can leak.
    return agree({ turn: hit(turns, 'turn'), note: hit(notes, 'annotation') }, { turns: turns?.hits, notes: notes?.hits, counts: [turns?.counts, notes?.counts] });
  },
  'annotation export': async (viewer, s) => {
    const [exported, reviews] = await Promise.all([annotations.listAnnotationsForExport(viewer, { transcriptSlug: s.slug }), annotations.listReviewedClaims(viewer, s.slug)]);
    return agree({ annotations: exported?.some((a) => a.id === s.noteId) ?? false, claimReview: reviews !== null }, { exported, reviews });
  },
  'print data': async (viewer, s) => {
    const [transcript, list] = await Promise.all([transcripts.getTranscriptForReader(viewer, s.slug), annotations.listAnnotationsForTranscript(viewer, s.slug)]);
    return agree({ transcript: transcript !== null, note: list.some((a) => a.id === s.noteId) }, { transcript, list });
  },
  'overview data': async (viewer, s) => {
    const [transcript, claims, counts] = await Promise.all([
      transcripts.getTranscriptForReader(viewer, s.slug),
      annotations.listClaimsForTranscript(viewer, s.slug),
      annotations.countAnnotationsByTurn(viewer, s.slug),
    ]);
    return agree({ transcript: transcript !== null, counts: (counts[2] ?? 0) > 0 }, { transcript, claims, counts });
  },
  'live channel': async (viewer, s) => {
    const abort = new AbortController();
    const claims = viewer ? { userId: viewer.id, sessionVersion: 0 } : null;
    const response = await handleLive(liveRequest(s.slug, {}, abort.signal), async () => claims, listener, { maxAgeMs: 1_000 });
    abort.abort();
    const body = response.status === 404 ? await response.json() : null;
    const annotation = await annotations.isAnnotationVisibleLive(viewer, s.slug, s.noteId);
    return agree({ stream: response.status === 200, annotation }, { status: response.status, body });
  },
  'JSON API list': async (viewer, s) => {
    const response = await handleListAnnotations(viewer, new URL(`http://rostrum.test/api/annotations?transcript=${s.slug}`));
    const body = (await response.json()) as { annotations?: { id: string }[] };
    return agree({ ok: response.status === 200, note: body.annotations?.some((a) => a.id === s.noteId) ?? false }, body);
  },
  'links': async (viewer, s) => {
    const [list, byEntry] = await Promise.all([links.listLinksForTranscript(viewer, s.slug), links.listTurnsLinkedToEntries(viewer, chronicleSlug)]);
    const onChronicle = Object.values(byEntry).flat().some((turn) => turn.transcriptSlug === s.slug);
    return agree({ reader: list.length > 0, chronicle: onChronicle }, { list, byEntry });
  },
  'coverage': async (viewer, s) => {
    const [overview, turn] = await Promise.all([transcripts.getTranscriptCoverage(viewer, s.slug), transcripts.getTurnCoverage(viewer, s.slug, 8)]);
    return agree({ overview: overview !== null, turn: turn !== null }, { overview, turn });
  },
  'claim board': async (viewer, s) => {
    const board = viewer ? await getClaimBoard(viewer, teamId, s.slug) : null;
    return seen(board !== null, board);
  },
};

/** A fresh span on the marker each time: writes never collide. */
const markerSelection = (s: Subject) => support.selectionOf(db, 2, s.marker, s.slug);

const WRITES: Record<string, (s: Subject) => Promise<Outcome>> = {
  'create annotation': async (s) => result(await createAnnotationAction({ ...(await markerSelection(s)), body: support.docOf('a new note'), visibility: 'private' })),
  'add link': async (s) => result(await addLinkAction({ transcriptSlug: s.slug, turnIndex: 3, chronicleEntryId: entryId, visibility: 'private' })),
  'confirm link': async (s) => result(await confirmLinkAction({ linkId: s.suggestedLinkId, visibility: 'private' })),
};

const expectedRead = (who: Who, state: State, path: string) =>
  READERS[state].includes(who) && (path !== 'claim board' || TEAM.includes(who)) ? 'visible' : 'hidden';
const expectedWrite = (who: Who, state: State) => (who === 'signed out' ? 'unauthenticated' : READERS[state].includes(who) ? 'ok' : 'not_found');

const cases = matrixCases({ who: WHO, states: STATES, reads: Object.keys(READS), writes: Object.keys(WRITES), expectedRead, expectedWrite });
const dimensions = { viewers: WHO.length, visibilities: STATES.length, paths: Object.keys(READS).length + Object.keys(WRITES).length };
// The matrix's size, asserted below: 7 viewers × 3 visibilities × 15 paths (12 reads, 3 writes).
const SIZE = 315;
console.log(describeSize('transcript authorization matrix', cases, dimensions));

/** One subject: the owner imports the marked text into their library, shares it as `state` says, annotates and links it. */
async function makeTranscript(state: State): Promise<Subject> {
  const owner = users.owner!;
  const tag = randomBytes(4).toString('hex');
  const share = state === 'group' ? { visibility: 'group' as const, groupId: teamId } : {};
  const { slug, marker, transcriptId } = await importOwnedTranscript(db, owner, share, tag);
  // What an editor does for the public one (tests/transcripts-visibility.test.ts covers who may).
  if (state === 'public') await db.prisma.transcript.update({ where: { slug }, data: { visibility: 'public' } });
  await links.refreshSuggestedLinks(db.prisma, slug);
  const selection = await support.selectionOf(db, 2, marker, slug);
  const noteMarker = `nt${tag}q`;
  const claimMarker = `cl${tag}q`;
  const note = await annotations.createAnnotation(owner, { ...selection, body: support.docOf(`note ${noteMarker}`), visibility: 'public' });
  await annotations.createAnnotation(owner, { ...selection, body: support.docOf(`claim ${claimMarker}`), visibility: 'group', groupId: teamId, claim: { type: 'statistic' } });
  await links.addLink(owner, { transcriptSlug: slug, turnIndex: 2, chronicleEntryId: entryId, visibility: 'public' });
  const suggested = await db.prisma.turnLink.findFirstOrThrow({ where: { transcriptId, origin: 'suggested' }, select: { id: true } });
  return { slug, transcriptId, marker, noteMarker, claimMarker, noteId: note.id, suggestedLinkId: suggested.id };
}

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  listener = new LiveListener(db.url, { minBackoffMs: 50, log: () => undefined });
  for (const who of WHO) users[who] = who === 'signed out' ? null : await support.createUser(db, `T ${who}`);
  await db.prisma.user.update({ where: { id: users.editor!.id }, data: { isEditor: true } });
  const team = await createGroup(users.owner!, { name: 'Owner team', kind: 'team' });
  teamId = team.id;
  for (const who of ['group member', 'removed member'] as const) await joinGroup(users[who]!, team.joinCode!);
  await removeMember(users.owner!, team.id, users['removed member']!.id);
  const otherTeam = await createGroup(users.editor!, { name: 'Another team', kind: 'team' });
  await joinGroup(users['non-member']!, otherTeam.joinCode!);
  const entry = await db.prisma.chronicleEntry.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { id: true, chronicle: { select: { slug: true } } } });
  entryId = entry.id;
  chronicleSlug = entry.chronicle.slug;
  for (const state of STATES) subjects[state] = await makeTranscript(state);
}, 120_000);

afterAll(async () => {
  await listener?.stop();
  await support.tearDownAnnotationDatabase(db);
});

describeAccessMatrix<Who, State, Subject>({
  name: 'transcript authorization matrix',
  dimensions: 'viewer × visibility × path',
  cases,
  size: SIZE,
  reads: READS,
  writes: WRITES,
  viewerOf: (who) => users[who],
  makeSubject: async (state) => subjects[state],
  checks: (c, s) => ({
    snapshot: async () => ({
      annotations: await db.prisma.annotation.count({ where: { transcriptId: s.transcriptId } }),
      links: await db.prisma.turnLink.count({ where: { transcriptId: s.transcriptId } }),
      judgments: await db.prisma.linkJudgment.count({ where: { link: { transcriptId: s.transcriptId } } }),
    }),
    secrets: [s.marker, s.noteMarker, s.claimMarker, s.slug],
    witness: WITNESS[c.path]?.(s),
  }),
});
