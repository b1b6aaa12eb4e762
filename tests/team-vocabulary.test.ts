// A team's tag vocabulary: only owners manage it; a closed vocabulary refuses other tags on the
// team's annotations (create and update), an open one takes any tag.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import type { TestDatabase } from './support/test-database';
import { signInAs } from './support/mock-viewer';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const groups = await import('@/lib/data/groups');
const membership = await import('@/lib/data/groups');
const vocabulary = await import('@/lib/data/groups');
const { createAnnotation, updateAnnotation } = await import('@/lib/data/annotations');
const actions = await import('@/lib/actions/team-actions');
const support = await import('./support/annotation-database');

let db: TestDatabase;
let owner: Viewer, moderator: Viewer, member: Viewer, outsider: Viewer;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  owner = await support.createUser(db, 'Owner');
  moderator = await support.createUser(db, 'Moderator');
  member = await support.createUser(db, 'Member');
  outsider = await support.createUser(db, 'Outsider');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

async function team(kind: 'team' | 'class' = 'team') {
  const group = await groups.createGroup(owner, { name: 'Team', kind });
  await membership.joinGroup(moderator, group.joinCode!);
  await membership.joinGroup(member, group.joinCode!);
  await membership.setMemberRole(owner, group.id, moderator.id, 'moderator');
  return group.id;
}

const notFound = { ok: false, code: 'not_found' };

describe('managing the vocabulary', () => {
  it('owners add, describe and remove tags; spellings of one tag are one tag', async () => {
    const groupId = await team();
    await vocabulary.addTeamTag(owner, { groupId, name: ' COVID ', description: 'the epidemic' });
    const after = await vocabulary.addTeamTag(owner, { groupId, name: 'ｃｏｖｉｄ', description: 'pandemic' });
    expect(after.tags).toEqual([expect.objectContaining({ name: 'COVID', description: 'pandemic' })]);
    const withTwo = await vocabulary.addTeamTag(owner, { groupId, name: '援助' });
    expect(withTwo.tags.map((t) => t.name)).toEqual(['COVID', '援助']);
    // Every member reads it; nobody else does.
    expect((await vocabulary.getTeamVocabulary(member, groupId))?.tags).toHaveLength(2);
    expect(await vocabulary.getTeamVocabulary(outsider, groupId)).toBeNull();

    const removed = await vocabulary.removeTeamTag(owner, groupId, withTwo.tags[1]!.id);
    expect(removed.tags.map((t) => t.name)).toEqual(['COVID']);
    await expect(vocabulary.removeTeamTag(owner, groupId, withTwo.tags[1]!.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('moderators, members and outsiders cannot change it, and learn nothing (not found)', async () => {
    const groupId = await team();
    const { tags } = await vocabulary.addTeamTag(owner, { groupId, name: 'kept' });
    for (const who of [moderator, member, outsider]) {
      signInAs(who);
      expect(await actions.addTeamTagAction({ groupId, name: 'sneaky' })).toMatchObject(notFound);
      expect(await actions.removeTeamTagAction({ groupId, tagId: tags[0]!.id })).toMatchObject(notFound);
      expect(await actions.setVocabularyClosedAction({ groupId, closed: true })).toMatchObject(notFound);
    }
    const stored = await db.prisma.group.findUniqueOrThrow({ where: { id: groupId }, select: { tagVocabularyClosed: true, tags: { select: { name: true } } } });
    expect(stored).toEqual({ tagVocabularyClosed: false, tags: [{ name: 'kept' }] });
    signInAs(null);
    expect(await actions.addTeamTagAction({ groupId, name: 'x' })).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('a class has no vocabulary, and an archived team keeps its own unchanged', async () => {
    const classId = await team('class');
    await expect(vocabulary.addTeamTag(owner, { groupId: classId, name: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    const groupId = await team();
    await groups.archiveGroup(owner, groupId);
    await expect(vocabulary.setTeamVocabularyClosed(owner, groupId, true)).rejects.toMatchObject({ code: 'not_found' });
    expect(await vocabulary.getTeamVocabulary(member, groupId)).toEqual({ groupId, closed: false, tags: [] });
  });

  it('the action refuses a tag longer than 50 characters', async () => {
    const groupId = await team();
    signInAs(owner);
    expect(await actions.addTeamTagAction({ groupId, name: '长'.repeat(51) })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await actions.addTeamTagAction({ groupId, name: '长'.repeat(50) })).toMatchObject({ ok: true });
  });
});

describe('the closed-vocabulary rule on annotation writes', () => {
  async function closedTeam() {
    const groupId = await team();
    await vocabulary.addTeamTag(owner, { groupId, name: 'COVID' });
    await vocabulary.setTeamVocabularyClosed(owner, groupId, true);
    return groupId;
  }
  const note = async (groupId: string | undefined, tags: string[]) => ({
    ...(await support.selectionOf(db, 2, '非常高兴和各位记者朋友见面')),
    body: support.docOf('note'),
    visibility: groupId ? ('group' as const) : ('private' as const),
    groupId,
    tags,
  });

  it('refuses a tag outside it on create, and takes its tags in any spelling', async () => {
    const groupId = await closedTeam();
    await expect(createAnnotation(member, await note(groupId, ['covid', 'other']))).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('other') });
    const created = await createAnnotation(member, await note(groupId, ['ｃｏｖｉｄ']));
    expect(created.tags.map((t) => t.toLowerCase())).toEqual(['covid']); // one tag, whichever spelling came first
    expect(await db.prisma.annotation.count({ where: { groupId } })).toBe(1);
  });

  it('refuses a tag outside it on update, and when moving a tagged annotation into the team', async () => {
    const groupId = await closedTeam();
    const inTeam = await createAnnotation(member, await note(groupId, ['covid']));
    await expect(updateAnnotation(member, inTeam.id, { tags: ['covid', 'other'], expectedRevision: inTeam.revision })).rejects.toMatchObject({ code: 'invalid' });
    expect((await db.prisma.annotation.findUniqueOrThrow({ where: { id: inTeam.id }, select: { revision: true } })).revision).toBe(inTeam.revision);

    const outside = await createAnnotation(member, await note(undefined, ['other']));
    await expect(updateAnnotation(member, outside.id, { visibility: 'group', groupId, expectedRevision: outside.revision })).rejects.toMatchObject({ code: 'invalid' });
    const moved = await updateAnnotation(member, outside.id, { visibility: 'group', groupId, tags: ['COVID'], expectedRevision: outside.revision });
    expect(moved.visibility).toBe('group');
    expect(moved.tags.map((t) => t.toLowerCase())).toEqual(['covid']);
  });

  it('an open vocabulary (and reopening a closed one) accepts any tag', async () => {
    const groupId = await team();
    await vocabulary.addTeamTag(owner, { groupId, name: 'COVID' });
    expect((await createAnnotation(member, await note(groupId, ['anything']))).tags).toEqual(['anything']);
    await vocabulary.setTeamVocabularyClosed(owner, groupId, true);
    await expect(createAnnotation(member, await note(groupId, ['anything']))).rejects.toMatchObject({ code: 'invalid' });
    await vocabulary.setTeamVocabularyClosed(owner, groupId, false);
    expect((await createAnnotation(member, await note(groupId, ['anything else']))).tags).toEqual(['anything else']);
  });

  it('a closed vocabulary does not reach annotations outside the team', async () => {
    await closedTeam();
    expect((await createAnnotation(member, await note(undefined, ['free']))).tags).toEqual(['free']);
  });
});
