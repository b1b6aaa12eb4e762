// Links shared with a group over time: removal revokes at once on every read path (and
// re-joining restores), an archived group stays readable but takes no new shares, what the
// views say about a group judgment, the groups the forms offer, and how the forms' one
// visibility select is read back.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { parseVisibilityChoice } from '@/lib/validation/links';
import type { TestDatabase } from './support/test-database';

vi.mock('next/cache', () => import('./support/mock-next-cache'));

const write = await import('@/lib/data/links');
const { listLinksForTranscript, listTurnLinks } = await import('@/lib/data/links');
const { listTurnsLinkedToEntries } = await import('@/lib/data/links');
const { listLinkGroupChoices } = await import('@/lib/data/links');
const { archiveGroup, createGroup } = await import('@/lib/data/groups');
const { joinGroup, leaveGroup, liftBan, removeMember } = await import('@/lib/data/groups');
const { SLUG, createUser, setUpAnnotationDatabase, tearDownAnnotationDatabase } = await import('./support/annotation-database');

let db: TestDatabase;
let owner: Viewer;
let author: Viewer;
let member: Viewer;
let group: { id: string; joinCode: string };
const NOTE = 'group-note-5b1c';

beforeAll(async () => {
  db = await setUpAnnotationDatabase();
  [owner, author, member] = [await createUser(db, 'Owner'), await createUser(db, 'Author'), await createUser(db, 'Member')];
});
afterAll(() => tearDownAnnotationDatabase(db));
beforeEach(async () => {
  await db.prisma.linkJudgment.deleteMany();
  await db.prisma.turnLink.deleteMany({ where: { origin: 'manual' } });
  const created = await createGroup(owner, { name: `Team ${Math.random().toString(36).slice(2, 7)}`, kind: 'team' });
  group = { id: created.id, joinCode: created.joinCode! };
  for (const viewer of [author, member]) await joinGroup(viewer, group.joinCode);
});

const topLink = () => db.prisma.turnLink.findFirstOrThrow({ where: { turnIndex: 8, rank: 1 }, select: { id: true, chronicleEntry: { select: { key: true } } } });

/** What `viewer` sees of the author's group confirmation of `linkId`, on each read path. */
async function sightings(viewer: Viewer, linkId: string, entryKey: string) {
  const [transcript, turn, chronicle] = await Promise.all([
    listLinksForTranscript(viewer, SLUG),
    listTurnLinks(viewer, SLUG, 8),
    listTurnsLinkedToEntries(viewer, 'chronicle-2020-03'),
  ]);
  return {
    'reader related entries': JSON.stringify(transcript.find((l) => l.id === linkId)).includes(NOTE),
    'turn page links': JSON.stringify(turn.find((l) => l.id === linkId)).includes(NOTE),
    'chronicle linked turns': Boolean(chronicle[entryKey]?.some((t) => t.linkId === linkId)),
  };
}
const everywhere = (sees: boolean) => ({ 'reader related entries': sees, 'turn page links': sees, 'chronicle linked turns': sees });

describe('group links over time', () => {
  it('removing a member revokes their access at once on every path; re-joining needs an owner to let them back', async () => {
    const link = await topLink();
    await write.confirmLink(author, { linkId: link.id, note: NOTE, visibility: 'group', groupId: group.id });
    expect(await sightings(member, link.id, link.chronicleEntry.key)).toEqual(everywhere(true));
    await removeMember(owner, group.id, member.id);
    expect(await sightings(member, link.id, link.chronicleEntry.key)).toEqual(everywhere(false));
    await expect(write.rejectLink(member, { linkId: link.id, visibility: 'group', groupId: group.id })).rejects.toMatchObject({ code: 'not_found' });
    // The unchanged join code does not undo a removal; once an owner lifts it, joining restores access.
    await expect(joinGroup(member, group.joinCode)).rejects.toMatchObject({ code: 'invalid' });
    expect(await sightings(member, link.id, link.chronicleEntry.key)).toEqual(everywhere(false));
    await liftBan(owner, group.id, member.id);
    await joinGroup(member, group.joinCode);
    expect(await sightings(member, link.id, link.chronicleEntry.key)).toEqual(everywhere(true));
  });

  it('an author who leaves keeps their own group judgment; the group keeps reading it', async () => {
    const link = await topLink();
    await write.confirmLink(author, { linkId: link.id, note: NOTE, visibility: 'group', groupId: group.id });
    await leaveGroup(author, group.id);
    expect(await sightings(author, link.id, link.chronicleEntry.key)).toEqual(everywhere(true));
    expect(await sightings(member, link.id, link.chronicleEntry.key)).toEqual(everywhere(true));
  });

  it('an archived group stays readable to its members but takes no new group judgments or links', async () => {
    const link = await topLink();
    await write.confirmLink(author, { linkId: link.id, note: NOTE, visibility: 'group', groupId: group.id });
    await archiveGroup(owner, group.id);
    expect(await sightings(member, link.id, link.chronicleEntry.key)).toEqual(everywhere(true));
    await expect(write.confirmLink(member, { linkId: link.id, visibility: 'group', groupId: group.id })).rejects.toMatchObject({ code: 'not_found' });
    const entry = await db.prisma.chronicleEntry.findFirstOrThrow({ select: { id: true } });
    await expect(write.addLink(member, { transcriptSlug: SLUG, turnIndex: 3, chronicleEntryId: entry.id, visibility: 'group', groupId: group.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await db.prisma.linkJudgment.count({ where: { userId: member.id } })).toBe(0);
    expect((await listLinkGroupChoices(member)).map((c) => c.id)).not.toContain(group.id);
  });

  it('a group judgment names its group to those who may read it; a group manual link is manual to members only', async () => {
    const link = await topLink();
    await write.confirmLink(author, { linkId: link.id, note: NOTE, visibility: 'group', groupId: group.id });
    const [mine] = (await listTurnLinks(author, SLUG, 8)).filter((l) => l.id === link.id);
    expect(mine!.mine).toMatchObject({ visibility: 'group', group: { id: group.id }, note: NOTE });
    const [theirs] = (await listTurnLinks(member, SLUG, 8)).filter((l) => l.id === link.id);
    expect(theirs).toMatchObject({ confirmations: 1, mine: null, notes: [{ authorName: 'Author', visibility: 'group', group: { id: group.id } }] });
    // A manual link the engine also ranks: manual to the group, a plain suggestion to anyone else.
    const ranked = await db.prisma.turnLink.findFirstOrThrow({ where: { rank: 2 }, select: { id: true, turnIndex: true } });
    const stranger = await createUser(db, 'Stranger');
    await db.prisma.turnLink.update({ where: { id: ranked.id }, data: { origin: 'manual', addedById: author.id, visibility: 'group', groupId: group.id } });
    try {
      expect((await listTurnLinks(member, SLUG, ranked.turnIndex)).find((l) => l.id === ranked.id)).toMatchObject({ origin: 'manual', addedByMe: false });
      expect((await listTurnLinks(stranger, SLUG, ranked.turnIndex)).find((l) => l.id === ranked.id)).toMatchObject({ origin: 'suggested', addedByMe: false });
    } finally {
      await db.prisma.turnLink.update({ where: { id: ranked.id }, data: { origin: 'suggested', addedById: null, visibility: 'public', groupId: null } });
    }
  });

  it('the forms offer the active groups the viewer belongs to, by name', async () => {
    const other = await createGroup(member, { name: 'Aardvark readers', kind: 'class' });
    const choices = await listLinkGroupChoices(member);
    expect(choices.map((c) => c.id)).toEqual(expect.arrayContaining([group.id, other.id]));
    expect(choices[0]).toEqual({ id: other.id, name: 'Aardvark readers' });
    await removeMember(owner, group.id, member.id);
    expect((await listLinkGroupChoices(member)).map((c) => c.id)).not.toContain(group.id);
  });
});

describe('parseVisibilityChoice (the forms’ one visibility select)', () => {
  it.each([
    { value: 'private', parsed: { visibility: 'private' } },
    { value: 'public', parsed: { visibility: 'public' } },
    { value: 'group:abc123', parsed: { visibility: 'group', groupId: 'abc123' } },
    { value: 'group:', parsed: { visibility: 'group', groupId: '' } },
    { value: undefined, parsed: { visibility: undefined } },
    { value: 'friends', parsed: { visibility: 'friends' } },
  ])('$value → $parsed', ({ value, parsed }) => {
    expect(parseVisibilityChoice(value)).toEqual(parsed);
  });
});
