// Curation of links and who sees what, as tables: a judgment or manual link made by the author at
// a visibility, then what the author, another reader and a signed-out visitor see through every
// read (turn list, transcript list, chronicle page). To add a read, add a row to READS.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import type { TestDatabase } from './support/test-database';
import { signInAs } from './support/mock-viewer';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const actions = await import('@/lib/actions/link-actions');
const write = await import('@/lib/data/links');
const { listLinksForTranscript, listTurnLinks } = await import('@/lib/data/links');
const { listTurnsLinkedToEntries } = await import('@/lib/data/links');
const { SLUG, createUser, setUpAnnotationDatabase, tearDownAnnotationDatabase } = await import('./support/annotation-database');

let db: TestDatabase;
let author: Viewer;
let other: Viewer;
const SECRET = 'secret-note-7f3a';

beforeAll(async () => {
  db = await setUpAnnotationDatabase();
  author = await createUser(db, 'Author');
  other = await createUser(db, 'Other');
});
afterAll(() => tearDownAnnotationDatabase(db));
beforeEach(async () => {
  signInAs(null);
  await db.prisma.linkJudgment.deleteMany();
  await db.prisma.turnLink.deleteMany({ where: { origin: 'manual' } });
});

/** The best suggestion for turn 8 (邓波清 on 89 countries) and its chronicle entry. */
const topLink = () => db.prisma.turnLink.findFirstOrThrow({ where: { turnIndex: 8, rank: 1 }, select: { id: true, chronicleEntryId: true, chronicleEntry: { select: { key: true } } } });
/** A chronicle entry the engine does not suggest for turn `turnIndex`. */
async function unsuggestedEntry(turnIndex: number) {
  const linked = await db.prisma.turnLink.findMany({ where: { turnIndex }, select: { chronicleEntryId: true } });
  return db.prisma.chronicleEntry.findFirstOrThrow({ where: { id: { notIn: linked.map((l) => l.chronicleEntryId) } }, select: { id: true, key: true } });
}

type Who = 'author' | 'other' | 'visitor';
const viewerOf = (who: Who): Viewer | null => (who === 'author' ? author : who === 'other' ? other : null);

/** Each read returns the view of link `linkId` (or undefined) and the whole payload, to search for leaks. */
const READS: Record<string, (viewer: Viewer | null, turnIndex: number, linkId: string, entryKey: string) => Promise<{ found: unknown; payload: unknown }>> = {
  'turn links': async (viewer, turnIndex, linkId) => {
    const links = await listTurnLinks(viewer, SLUG, turnIndex);
    return { found: links.find((l) => l.id === linkId), payload: links };
  },
  'transcript links': async (viewer, _turn, linkId) => {
    const links = await listLinksForTranscript(viewer, SLUG);
    return { found: links.find((l) => l.id === linkId), payload: links };
  },
  'chronicle page': async (viewer, turnIndex, _linkId, entryKey) => {
    const byEntry = await listTurnsLinkedToEntries(viewer, 'chronicle-2020-03');
    return { found: byEntry[entryKey]?.find((t) => t.turnIndex === turnIndex), payload: byEntry };
  },
};

describe('a confirmation with a note, by visibility', () => {
  const cases = (['private', 'public'] as const).flatMap((visibility) =>
    (['author', 'other', 'visitor'] as const).flatMap((who) =>
      Object.keys(READS).map((read) => ({ visibility, who, read, sees: visibility === 'public' || who === 'author' })),
    ),
  );
  it.each(cases)('$visibility confirmation: $who via $read → sees it: $sees', async ({ visibility, who, read, sees }) => {
    const link = await topLink();
    await write.confirmLink(author, { linkId: link.id, note: SECRET, visibility });
    const { found, payload } = await READS[read]!(viewerOf(who), 8, link.id, link.chronicleEntry.key);
    const json = JSON.stringify(payload);
    expect(json).not.toContain(author.email);
    if (read === 'chronicle page') {
      expect(Boolean(found)).toBe(sees);
      if (sees) expect(found).toMatchObject({ transcriptSlug: SLUG, turnIndex: 8, speaker: '邓波清', confirmations: 1 });
      return;
    }
    // A suggestion is visible to everyone; the confirmation and its note only where allowed.
    expect(found).toMatchObject({ origin: 'suggested', confirmations: sees ? 1 : 0, rejections: 0 });
    expect(json.includes(SECRET)).toBe(sees);
    const view = found as { mine: unknown; notes: { authorName: string }[] };
    expect(view.mine !== null).toBe(who === 'author');
    expect(view.notes.map((n) => n.authorName)).toEqual(sees ? ['Author'] : []);
  });
});

describe('a manual link, by visibility', () => {
  const cases = (['private', 'public'] as const).flatMap((visibility) =>
    (['author', 'other', 'visitor'] as const).flatMap((who) =>
      Object.keys(READS).map((read) => ({ visibility, who, read, sees: visibility === 'public' || who === 'author' })),
    ),
  );
  it.each(cases)('$visibility manual link: $who via $read → sees it: $sees', async ({ visibility, who, read, sees }) => {
    const entry = await unsuggestedEntry(12);
    const added = await write.addLink(author, { transcriptSlug: SLUG, turnIndex: 12, chronicleEntryId: entry.id, note: SECRET, visibility });
    const { found, payload } = await READS[read]!(viewerOf(who), 12, added.linkId, entry.key);
    expect(Boolean(found)).toBe(sees);
    // The chronicle page lists turns without notes; the other reads show the note where allowed.
    expect(JSON.stringify(payload).includes(SECRET)).toBe(sees && read !== 'chronicle page');
    if (sees && read !== 'chronicle page') expect(found).toMatchObject({ origin: 'manual', addedByMe: who === 'author', confirmations: 1, score: null });
  });
});

describe('curation', () => {
  it('a second verdict replaces the first; who and when are recorded', async () => {
    const link = await topLink();
    await write.confirmLink(other, { linkId: link.id, visibility: 'public' });
    const first = await db.prisma.linkJudgment.findFirstOrThrow({ where: { linkId: link.id } });
    await write.rejectLink(other, { linkId: link.id, note: 'not this one', visibility: 'public' });
    const rows = await db.prisma.linkJudgment.findMany({ where: { linkId: link.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first.id, userId: other.id, verdict: 'rejected', note: 'not this one', createdAt: first.createdAt });
    expect(rows[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    const [view] = (await listTurnLinks(null, SLUG, 8)).filter((l) => l.id === link.id);
    expect(view).toMatchObject({ confirmations: 0, rejections: 1, notes: [{ authorName: 'Other', verdict: 'rejected', note: 'not this one' }] });
  });

  it('only the author withdraws a judgment; anyone else gets "not found"', async () => {
    const link = await topLink();
    await write.confirmLink(author, { linkId: link.id, visibility: 'public' });
    const judgment = await db.prisma.linkJudgment.findFirstOrThrow({ where: { linkId: link.id } });
    await expect(write.withdrawJudgment(other, judgment.id)).rejects.toMatchObject({ code: 'not_found' });
    signInAs(other);
    expect(await actions.withdrawJudgmentAction({ judgmentId: judgment.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await db.prisma.linkJudgment.count()).toBe(1);
    signInAs(author);
    expect(await actions.withdrawJudgmentAction({ judgmentId: judgment.id })).toMatchObject({ ok: true, data: { linkRemoved: false } });
    expect(await db.prisma.linkJudgment.count()).toBe(0);
  });

  it('someone’s private manual link cannot be judged by others: "not found", like a link that does not exist', async () => {
    const entry = await unsuggestedEntry(12);
    const added = await write.addLink(author, { transcriptSlug: SLUG, turnIndex: 12, chronicleEntryId: entry.id, visibility: 'private' });
    await expect(write.confirmLink(other, { linkId: added.linkId, visibility: 'public' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(write.confirmLink(other, { linkId: 'no-such-link', visibility: 'public' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('adding a link someone added privately adds a confirmation; the first adder stays private', async () => {
    const entry = await unsuggestedEntry(12);
    const first = await write.addLink(author, { transcriptSlug: SLUG, turnIndex: 12, chronicleEntryId: entry.id, note: SECRET, visibility: 'private' });
    const second = await write.addLink(other, { transcriptSlug: SLUG, turnIndex: 12, chronicleEntryId: entry.id, note: 'public note', visibility: 'public' });
    expect(second.linkId).toBe(first.linkId);
    const visitorView = (await listTurnLinks(null, SLUG, 12)).find((l) => l.id === first.linkId);
    expect(visitorView).toMatchObject({ origin: 'manual', confirmations: 1, notes: [{ authorName: 'Other', note: 'public note' }] });
    expect(JSON.stringify(visitorView)).not.toContain(SECRET);
    expect((await listTurnLinks(author, SLUG, 12)).find((l) => l.id === first.linkId)).toMatchObject({ addedByMe: true, confirmations: 2 });
  });

  it('withdrawing the only confirmation of one’s own manual link removes the link', async () => {
    const entry = await unsuggestedEntry(12);
    const added = await write.addLink(author, { transcriptSlug: SLUG, turnIndex: 12, chronicleEntryId: entry.id, visibility: 'public' });
    const judgment = await db.prisma.linkJudgment.findFirstOrThrow({ where: { linkId: added.linkId } });
    expect(await write.withdrawJudgment(author, judgment.id)).toMatchObject({ linkRemoved: true });
    expect(await db.prisma.turnLink.findUnique({ where: { id: added.linkId } })).toBeNull();
  });

  it("withdrawing tells nothing of someone else's private judgment of one's own manual link", async () => {
    const entry = await unsuggestedEntry(13);
    const added = await write.addLink(author, { transcriptSlug: SLUG, turnIndex: 13, chronicleEntryId: entry.id, visibility: 'public' });
    await write.confirmLink(other, { linkId: added.linkId, visibility: 'private' });
    const judgment = await db.prisma.linkJudgment.findFirstOrThrow({ where: { linkId: added.linkId, userId: author.id } });
    // The link stays for Other's private confirmation, but for the author it is gone, as if deleted.
    expect(await write.withdrawJudgment(author, judgment.id)).toMatchObject({ linkRemoved: true });
    expect(await db.prisma.turnLink.findUnique({ where: { id: added.linkId } })).not.toBeNull();
    expect((await listTurnLinks(author, SLUG, 13)).map((l) => l.id)).not.toContain(added.linkId);
    expect((await listTurnLinks(null, SLUG, 13)).map((l) => l.id)).not.toContain(added.linkId);
    expect((await listTurnLinks(other, SLUG, 13)).map((l) => l.id)).toContain(added.linkId);
  });

  it.each([
    { description: 'signed out', viewer: null, input: {}, code: 'unauthenticated' },
    { description: 'a note over 1000 characters', viewer: 'author', input: { note: '长'.repeat(1001) }, code: 'invalid' },
    { description: 'an unknown visibility', viewer: 'author', input: { visibility: 'friends' }, code: 'invalid' },
    { description: 'group visibility without a group', viewer: 'author', input: { visibility: 'group' }, code: 'invalid' },
    { description: 'a group without group visibility', viewer: 'author', input: { groupId: 'some-group' }, code: 'invalid' },
    { description: 'a group the adder is not in', viewer: 'author', input: { visibility: 'group', groupId: 'no-such-group' }, code: 'not_found' },
    { description: 'an unknown turn', viewer: 'author', input: { turnIndex: 999 }, code: 'not_found' },
    { description: 'an unknown transcript', viewer: 'author', input: { transcriptSlug: 'nope' }, code: 'not_found' },
    { description: 'an unknown chronicle entry', viewer: 'author', input: { chronicleEntryId: 'nope' }, code: 'invalid' },
  ])('addLinkAction refuses $description ($code)', async ({ viewer, input, code }) => {
    signInAs(viewer ? author : null);
    const entry = await unsuggestedEntry(12);
    const result = await actions.addLinkAction({ transcriptSlug: SLUG, turnIndex: 12, chronicleEntryId: entry.id, visibility: 'public', ...input } as never);
    expect(result).toMatchObject({ ok: false, code });
    expect(await db.prisma.turnLink.count({ where: { origin: 'manual' } })).toBe(0);
  });

  it('confirmLinkAction stores a note of exactly 1000 characters, control characters removed', async () => {
    signInAs(author);
    const link = await topLink();
    const note = `${'注'.repeat(998)}\u0007x`;
    expect(note).toHaveLength(1000);
    expect(await actions.confirmLinkAction({ linkId: link.id, note, visibility: 'public' })).toMatchObject({ ok: true });
    expect((await db.prisma.linkJudgment.findFirstOrThrow({ where: { linkId: link.id } })).note).toBe(`${'注'.repeat(998)}x`);
  });
});
