// Groups from creation to archive: roles, join codes, leaving and removal, and the server
// actions that expose them. Unauthorised changes report "not found", like every other write.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { JOIN_CODE_ALPHABET, joinGroupInputSchema } from '@/lib/validation/groups';
import type { TestDatabase } from './support/test-database';
import { signInAs } from './support/mock-viewer';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const groups = await import('@/lib/data/groups');
const membership = await import('@/lib/data/groups');
const actions = await import('@/lib/actions/group-actions');
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

/** A group of `owner` with `moderator` and `member` in it. */
async function team() {
  const group = await groups.createGroup(owner, { name: 'Team', kind: 'team' });
  await membership.joinGroup(moderator, group.joinCode!);
  await membership.joinGroup(member, group.joinCode!);
  await membership.setMemberRole(owner, group.id, moderator.id, 'moderator');
  return { id: group.id, code: group.joinCode! };
}
const notFound = { code: 'not_found' };

describe('groups', () => {
  it('the creator owns a new group with a 10-character base32 join code', async () => {
    const group = await groups.createGroup(owner, { name: 'Class 1', kind: 'class' });
    expect(group).toMatchObject({ name: 'Class 1', kind: 'class', myRole: 'owner', memberCount: 1, archivedAt: null });
    expect(group.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{10}$`));
    expect(group.members).toEqual([expect.objectContaining({ userId: owner.id, name: 'Owner', role: 'owner' })]);
    expect(JSON.stringify(group)).not.toContain(owner.email);
    expect((await groups.listMyGroups(owner)).map((g) => g.id)).toContain(group.id);
  });

  it('shows a group to members only, and its join code to owners and moderators only', async () => {
    const { id, code } = await team();
    expect(await groups.getGroupForViewer(outsider, id)).toBeNull();
    expect((await groups.getGroupForViewer(member, id))?.joinCode).toBeNull();
    expect((await groups.getGroupForViewer(moderator, id))?.joinCode).toBe(code);
    expect((await groups.listMyGroups(outsider)).map((g) => g.id)).not.toContain(id);
    expect((await groups.listMyGroups(member)).find((g) => g.id === id)).toMatchObject({ myRole: 'member', memberCount: 3 });
  });

  it('lets only owners rename, rotate the code, set roles and archive', async () => {
    const { id } = await team();
    for (const who of [moderator, member, outsider]) {
      await expect(groups.renameGroup(who, id, 'Taken')).rejects.toMatchObject(notFound);
      await expect(groups.rotateJoinCode(who, id)).rejects.toMatchObject(notFound);
      await expect(groups.archiveGroup(who, id)).rejects.toMatchObject(notFound);
      await expect(membership.setMemberRole(who, id, member.id, 'owner')).rejects.toMatchObject(notFound);
    }
    expect((await groups.renameGroup(owner, id, 'Renamed')).name).toBe('Renamed');
  });

  it('rotating the join code makes the old one stop working', async () => {
    const { id, code } = await team();
    const rotated = await groups.rotateJoinCode(owner, id);
    expect(rotated.joinCode).not.toBe(code);
    await expect(membership.joinGroup(outsider, code)).rejects.toMatchObject(notFound);
    expect(await membership.joinGroup(outsider, rotated.joinCode!)).toMatchObject({ groupId: id, role: 'member' });
  });

  it('refuses joining an archived group, and changes to it', async () => {
    const { id, code } = await team();
    expect((await groups.archiveGroup(owner, id)).archivedAt).not.toBeNull();
    await expect(membership.joinGroup(outsider, code)).rejects.toMatchObject(notFound);
    await expect(groups.renameGroup(owner, id, 'Again')).rejects.toMatchObject(notFound);
    expect((await groups.listMyGroups(member)).find((g) => g.id === id)?.archivedAt).not.toBeNull();
  });

  it('keeps an owner: the only owner can neither leave nor demote themselves', async () => {
    const { id } = await team();
    await expect(membership.leaveGroup(owner, id)).rejects.toMatchObject({ code: 'invalid' });
    await expect(membership.setMemberRole(owner, id, owner.id, 'member')).rejects.toMatchObject({ code: 'invalid' });
    await membership.setMemberRole(owner, id, member.id, 'owner');
    await membership.leaveGroup(owner, id);
    expect(await groups.getGroupForViewer(owner, id)).toBeNull();
    await expect(membership.leaveGroup(outsider, id)).rejects.toMatchObject(notFound);
  });

  it('lets owners and moderators remove members, but moderators never owners', async () => {
    const { id, code } = await team();
    await expect(membership.removeMember(member, id, moderator.id)).rejects.toMatchObject(notFound);
    await expect(membership.removeMember(outsider, id, member.id)).rejects.toMatchObject(notFound);
    await expect(membership.removeMember(moderator, id, owner.id)).rejects.toMatchObject(notFound);
    await membership.removeMember(moderator, id, member.id);
    expect(await groups.getGroupForViewer(member, id)).toBeNull();
    await expect(membership.removeMember(moderator, id, member.id)).rejects.toMatchObject(notFound);
    await membership.removeMember(owner, id, moderator.id);
    // The join code does not undo a removal; once an owner or moderator lifts it, re-joining
    // re-activates the membership with the plain member role.
    await expect(membership.joinGroup(moderator, code)).rejects.toMatchObject({ code: 'invalid' });
    await expect(membership.liftBan(member, id, moderator.id)).rejects.toMatchObject(notFound);
    await membership.liftBan(owner, id, moderator.id);
    await expect(membership.liftBan(owner, id, moderator.id)).rejects.toMatchObject(notFound);
    expect(await membership.joinGroup(moderator, code)).toMatchObject({ role: 'member' });
    expect((await groups.getGroupForViewer(owner, id))?.members.map((m) => m.role)).toEqual(['owner', 'member']);
  });

  it('accepts join codes typed in lower case or with spaces and dashes', () => {
    expect(joinGroupInputSchema.parse({ code: 'abcde-fgh 23' })).toEqual({ code: 'ABCDEFGH23' });
    expect(joinGroupInputSchema.safeParse({ code: 'ABCDEFGH01' }).success).toBe(false);
  });
});

describe('group actions', () => {
  it('need a signed-in viewer and valid input', async () => {
    signInAs(null);
    expect(await actions.createGroupAction({ name: 'X', kind: 'team' })).toMatchObject({ ok: false, code: 'unauthenticated' });
    signInAs(owner);
    expect(await actions.createGroupAction({ name: ' ', kind: 'team' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await actions.joinGroupAction({ code: 'nope' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('run the data layer as the viewer', async () => {
    signInAs(owner);
    const created = await actions.createGroupAction({ name: 'Via action', kind: 'class' });
    if (!created.ok) throw new Error(created.error);
    const groupId = created.data.id;
    expect(await actions.renameGroupAction({ groupId, name: 'Renamed' })).toMatchObject({ ok: true, data: { name: 'Renamed' } });
    const rotated = await actions.rotateJoinCodeAction({ groupId });
    if (!rotated.ok) throw new Error(rotated.error);
    signInAs(member);
    expect(await actions.joinGroupAction({ code: rotated.data.joinCode!.toLowerCase() })).toMatchObject({ ok: true, data: { role: 'member' } });
    expect(await actions.archiveGroupAction({ groupId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.removeMemberAction({ groupId, userId: owner.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.hideAnnotationAction({ annotationId: 'nope' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.leaveGroupAction({ groupId })).toMatchObject({ ok: true });
    signInAs(owner);
    expect(await actions.setMemberRoleAction({ groupId, userId: member.id, role: 'moderator' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.archiveGroupAction({ groupId })).toMatchObject({ ok: true });
  });
});
