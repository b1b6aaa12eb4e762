// Group visibility beyond the matrix: removal revokes at once, owners never read members'
// private notes, archived groups, hiding, and which groups an annotation may name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { judgeLinkInputSchema, addLinkInputSchema } from '@/lib/validation/links';
import type { TestDatabase } from './support/test-database';

const { createAnnotation, createReply, deleteAnnotation, updateAnnotation } = await import('@/lib/data/annotations');
const { handleGetAnnotation } = await import('@/app/api/annotations/handle-annotations');
const { handleUpdateAnnotation } = await import('@/app/api/annotations/handle-annotation-writes');
const { getAnnotationForViewer } = await import('@/lib/data/annotations');
const { listAnnotationsForTranscript } = await import('@/lib/data/annotations');
const { hideAnnotation, unhideAnnotation } = await import('@/lib/data/groups');
const { archiveGroup, createGroup } = await import('@/lib/data/groups');
const { joinGroup, leaveGroup, liftBan, removeMember, setMemberRole } = await import('@/lib/data/groups');
const support = await import('./support/annotation-database');
const { docOf } = support;

let db: TestDatabase;
let owner: Viewer, moderator: Viewer, member: Viewer, outsider: Viewer;
let groupId: string;
let code: string;
const QUOTE = '非常高兴和各位记者朋友见面';

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  owner = await support.createUser(db, 'Owner');
  moderator = await support.createUser(db, 'Moderator');
  member = await support.createUser(db, 'Member');
  outsider = await support.createUser(db, 'Outsider');
  const group = await createGroup(owner, { name: 'Team', kind: 'team' });
  groupId = group.id;
  code = group.joinCode!;
  await joinGroup(moderator, code);
  await joinGroup(member, code);
  await setMemberRole(owner, groupId, moderator.id, 'moderator');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

async function annotate(author: Viewer, text: string, visibility: 'private' | 'public' | 'group', gid?: string) {
  const selection = await support.selectionOf(db, 2, QUOTE);
  return createAnnotation(author, { ...selection, body: docOf(text), visibility, groupId: gid });
}
const sees = async (viewer: Viewer, id: string) => (await getAnnotationForViewer(viewer, id)) !== null;

describe('group annotations', () => {
  it('removal revokes access at once; re-joining, once an owner lets them back, restores it as a plain member', async () => {
    const reader = await support.createUser(db, 'Reader');
    await joinGroup(reader, code);
    await setMemberRole(owner, groupId, reader.id, 'moderator');
    const note = await annotate(member, 'team note', 'group', groupId);
    expect(await sees(reader, note.id)).toBe(true);
    await removeMember(owner, groupId, reader.id);
    expect(await sees(reader, note.id)).toBe(false);
    expect((await listAnnotationsForTranscript(reader, support.SLUG)).map((a) => a.id)).not.toContain(note.id);
    await expect(hideAnnotation(reader, note.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(joinGroup(reader, code)).rejects.toMatchObject({ code: 'invalid' });
    expect(await sees(reader, note.id)).toBe(false);
    await liftBan(owner, groupId, reader.id);
    expect(await joinGroup(reader, code)).toMatchObject({ role: 'member' });
    expect(await sees(reader, note.id)).toBe(true);
  });

  it('a removed author can neither read nor change their own group annotation, nor its thread', async () => {
    const writer = await support.createUser(db, 'Writer');
    await joinGroup(writer, code);
    const note = await annotate(writer, 'soon removed', 'group', groupId);
    await createReply(member, note.id, { body: docOf('a member’s reply') });
    await removeMember(owner, groupId, writer.id);
    await createReply(member, note.id, { body: docOf('said after the removal') });
    expect(await sees(writer, note.id)).toBe(false);
    const api = await handleGetAnnotation(writer, note.id);
    expect(api.status).toBe(404);
    expect(await api.text()).not.toContain('said after the removal');
    await expect(updateAnnotation(writer, note.id, { expectedRevision: note.revision, tags: ['changed'] })).rejects.toMatchObject({ code: 'not_found' });
    const patch = new Request(`http://rostrum.test/api/annotations/${note.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ expectedRevision: note.revision, tags: ['changed'] }),
    });
    expect((await handleUpdateAnnotation(writer, note.id, patch)).status).toBe(404);
    await expect(createReply(writer, note.id, { body: docOf('still here?') })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteAnnotation(writer, note.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.prisma.annotation.findUniqueOrThrow({ where: { id: note.id }, select: { revision: true, deletedAt: true } })).toEqual({
      revision: note.revision,
      deletedAt: null,
    });
    expect(await db.prisma.annotationReply.count({ where: { annotationId: note.id, authorId: writer.id } })).toBe(0);
  });

  it("owners and moderators never read a member's private annotation, nor hide it", async () => {
    const secret = await annotate(member, 'private-secret', 'private');
    for (const boss of [owner, moderator]) {
      expect(await sees(boss, secret.id)).toBe(false);
      expect(JSON.stringify(await listAnnotationsForTranscript(boss, support.SLUG))).not.toContain('private-secret');
      await expect(hideAnnotation(boss, secret.id)).rejects.toMatchObject({ code: 'not_found' });
    }
    expect(await sees(member, secret.id)).toBe(true);
  });

  it('only owners and moderators of the annotation’s group hide it; unhide shows it again', async () => {
    const other = await createGroup(outsider, { name: 'Other', kind: 'team' });
    const note = await annotate(member, 'to moderate', 'group', groupId);
    const publicNote = await annotate(member, 'public one', 'public');
    await expect(hideAnnotation(member, note.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(hideAnnotation(outsider, note.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(hideAnnotation(owner, publicNote.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(other.myRole).toBe('owner');
    await hideAnnotation(owner, note.id);
    const hidden = await db.prisma.annotation.findUniqueOrThrow({ where: { id: note.id }, select: { hiddenAt: true, hiddenById: true } });
    expect(hidden.hiddenById).toBe(owner.id);
    expect(await sees(moderator, note.id)).toBe(true);
    expect(await sees(member, note.id)).toBe(true); // the author
    const third = await support.createUser(db, 'Third');
    await joinGroup(third, code);
    expect(await sees(third, note.id)).toBe(false);
    // Changing the visibility does not escape moderation.
    await updateAnnotation(member, note.id, { visibility: 'public', expectedRevision: 1 });
    expect(await sees(outsider, note.id)).toBe(false);
    await updateAnnotation(member, note.id, { visibility: 'group', groupId, expectedRevision: 2 });
    await unhideAnnotation(moderator, note.id);
    expect(await sees(third, note.id)).toBe(true);
  });

  it('a group annotation needs a current membership of an active group', async () => {
    await expect(annotate(outsider, 'x', 'group', groupId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(annotate(member, 'x', 'group', 'no-such-group')).rejects.toMatchObject({ code: 'not_found' });
    await expect(annotate(member, 'x', 'group')).rejects.toMatchObject({ code: 'invalid' });
    await expect(annotate(member, 'x', 'public', groupId)).rejects.toMatchObject({ code: 'invalid' });
    const own = await annotate(outsider, 'mine', 'private');
    await expect(updateAnnotation(outsider, own.id, { visibility: 'group', groupId, expectedRevision: 1 })).rejects.toMatchObject({ code: 'not_found' });
    const left = await support.createUser(db, 'Leaver');
    await joinGroup(left, code);
    await leaveGroup(left, groupId);
    await expect(annotate(left, 'x', 'group', groupId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('leaving group visibility drops the group', async () => {
    const note = await annotate(member, 'moving', 'group', groupId);
    const moved = await updateAnnotation(member, note.id, { visibility: 'private', expectedRevision: 1 });
    expect(moved.visibility).toBe('private');
    expect(await db.prisma.annotation.findUniqueOrThrow({ where: { id: note.id }, select: { groupId: true } })).toEqual({ groupId: null });
    expect(await sees(owner, note.id)).toBe(false);
  });

  it('members of an archived group keep reading; nobody annotates in it', async () => {
    const archivedOwner = await support.createUser(db, 'Archiver');
    const group = await createGroup(archivedOwner, { name: 'Old class', kind: 'class' });
    await joinGroup(member, group.joinCode!);
    const note = await annotate(member, 'archived note', 'group', group.id);
    await archiveGroup(archivedOwner, group.id);
    expect(await sees(member, note.id)).toBe(true);
    expect(await sees(archivedOwner, note.id)).toBe(true);
    expect(await sees(outsider, note.id)).toBe(false);
    await expect(annotate(member, 'late', 'group', group.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('annotations of one group stay out of another', async () => {
    const note = await annotate(member, 'team only', 'group', groupId);
    await createGroup(outsider, { name: 'Elsewhere', kind: 'team' });
    expect(await sees(outsider, note.id)).toBe(false);
  });
});

describe('links take group visibility with a group (the rule itself: tests/links-groups.test.ts)', () => {
  it.each([
    ['judgment', () => judgeLinkInputSchema.safeParse({ linkId: 'l1', visibility: 'group', groupId: 'g1' })],
    ['manual link', () => addLinkInputSchema.safeParse({ transcriptSlug: 's', turnIndex: 1, chronicleEntryId: 'e', visibility: 'group', groupId: 'g1' })],
  ])('a %s with group visibility and a group id parses', (_name, parse) => {
    expect(parse().success).toBe(true);
  });

  it.each([
    ['judgment', () => judgeLinkInputSchema.safeParse({ linkId: 'l1', visibility: 'friends' })],
    ['manual link', () => addLinkInputSchema.safeParse({ transcriptSlug: 's', turnIndex: 1, chronicleEntryId: 'e', visibility: 'friends' })],
  ])('a %s with an unknown visibility is refused', (_name, parse) => {
    expect(parse().success).toBe(false);
  });
});
