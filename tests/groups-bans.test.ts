// Letting a removed member back in: the data read that lists removed members (owners and
// moderators only), liftBanAction and the group page's form, and the join form's message for a
// removed member. A removal by an owner or moderator is a ban: the join code alone does not undo it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { createTranslator } from '@/lib/i18n/translate';
import type { TestDatabase } from './support/test-database';
import { signInAs } from './support/mock-viewer';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));
// The forms translate through the request's language: Chinese, the interface's default.
vi.mock('@/lib/i18n/get-i18n', () => ({ getI18n: async () => ({ locale: 'zh', t: createTranslator('zh') }) }));

const groups = await import('@/lib/data/groups');
const actions = await import('@/lib/actions/group-actions');
const forms = await import('@/lib/actions/group-form-actions');
const support = await import('./support/annotation-database');

let db: TestDatabase;
let owner: Viewer, moderator: Viewer, member: Viewer, removed: Viewer, leaver: Viewer, outsider: Viewer;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  owner = await support.createUser(db, 'Owner');
  moderator = await support.createUser(db, 'Moderator');
  member = await support.createUser(db, 'Member');
  removed = await support.createUser(db, 'Removed');
  leaver = await support.createUser(db, 'Leaver');
  outsider = await support.createUser(db, 'Outsider');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

/** A team with a moderator and a member; `removed` was removed by the owner, `leaver` left on their own. */
async function teamWithRemovals() {
  const group = await groups.createGroup(owner, { name: 'Team', kind: 'team' });
  const code = group.joinCode!;
  for (const who of [moderator, member, removed, leaver]) await groups.joinGroup(who, code);
  await groups.setMemberRole(owner, group.id, moderator.id, 'moderator');
  await groups.removeMember(owner, group.id, removed.id);
  await groups.leaveGroup(leaver, group.id);
  return { id: group.id, code };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const names = (list: { name: string }[]) => list.map((person) => person.name);

describe('listBannedMembers', () => {
  it('lists the members an owner or moderator removed to the owners and moderators only', async () => {
    const { id } = await teamWithRemovals();
    for (const who of [owner, moderator]) {
      const banned = await groups.listBannedMembers(who, id);
      expect(banned).toEqual([{ userId: removed.id, name: 'Removed', bannedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    }
    // A plain member, the removed person, someone who left and a stranger see nothing, as for a
    // group that does not exist; someone who left on their own is not banned, so never listed.
    for (const who of [member, removed, leaver, outsider]) expect(await groups.listBannedMembers(who, id)).toEqual([]);
    expect(await groups.listBannedMembers(owner, 'no-such-group')).toEqual([]);
  });

  it('lists most recent removals first, names only', async () => {
    const { id } = await teamWithRemovals();
    await groups.removeMember(moderator, id, member.id);
    const banned = await groups.listBannedMembers(owner, id);
    expect(names(banned)).toEqual(['Member', 'Removed']);
    expect(JSON.stringify(banned)).not.toContain(member.email);
  });

  it('tells a viewer whether they themselves are banned', async () => {
    const { id } = await teamWithRemovals();
    expect(await groups.isBannedFromGroup(removed, id)).toBe(true);
    for (const who of [owner, member, leaver, outsider]) expect(await groups.isBannedFromGroup(who, id)).toBe(false);
  });
});

describe('liftBanAction', () => {
  it('refuses anyone but the group’s owners and moderators, as not found', async () => {
    const { id } = await teamWithRemovals();
    signInAs(null);
    expect(await actions.liftBanAction({ groupId: id, userId: removed.id })).toMatchObject({ ok: false, code: 'unauthenticated' });
    for (const who of [member, removed, outsider]) {
      signInAs(who);
      expect(await actions.liftBanAction({ groupId: id, userId: removed.id })).toMatchObject({ ok: false, code: 'not_found' });
    }
    signInAs(owner);
    expect(await actions.liftBanAction({ groupId: id, userId: 'not an id!' })).toMatchObject({ ok: false, code: 'invalid' });
    // Someone who left on their own, or a current member, has no ban to lift.
    expect(await actions.liftBanAction({ groupId: id, userId: leaver.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.liftBanAction({ groupId: id, userId: member.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await groups.listBannedMembers(owner, id)).toHaveLength(1);
  });

  it('lets a moderator let a removed member back in; they then join again with the code as a member', async () => {
    const { id, code } = await teamWithRemovals();
    signInAs(removed);
    expect(await actions.joinGroupAction({ code })).toMatchObject({
      ok: false,
      code: 'invalid',
      error: '你已被移出这个小组；请联系小组负责人让你重新加入',
    });
    signInAs(moderator);
    expect(await actions.liftBanAction({ groupId: id, userId: removed.id })).toMatchObject({ ok: true, data: { groupId: id, userId: removed.id } });
    expect(await groups.listBannedMembers(moderator, id)).toEqual([]);
    // Letting back in does not re-add them: they join themselves.
    expect(await groups.getGroupForViewer(removed, id)).toBeNull();
    signInAs(removed);
    expect(await actions.joinGroupAction({ code })).toMatchObject({ ok: true, data: { groupId: id, role: 'member' } });
  });
});

describe('the group page forms', () => {
  it('liftBanFormAction lets back in and stays on the page; refusals come back as the form’s alert', async () => {
    const { id } = await teamWithRemovals();
    signInAs(member);
    expect(await forms.liftBanFormAction(null, form({ groupId: id, userId: removed.id }))).toMatchObject({ ok: false, code: 'not_found', error: '找不到，或你没有权限查看' });
    signInAs(owner);
    expect(await forms.liftBanFormAction(null, form({ groupId: id, userId: removed.id }))).toBeNull();
    expect(await groups.isBannedFromGroup(removed, id)).toBe(false);
  });

  it('the join form tells a removed member to ask the owner, and a malformed code what a code looks like', async () => {
    const { code } = await teamWithRemovals();
    const zh = createTranslator('zh');
    signInAs(removed);
    expect(await forms.joinGroupFormAction(null, form({ code }))).toMatchObject({ ok: false, code: 'invalid', error: '你已被移出这个小组；请联系小组负责人让你重新加入' });
    expect(await forms.joinGroupFormAction(null, form({ code: 'nope' }))).toMatchObject({ ok: false, code: 'invalid', error: zh('groupsCodeInvalid') });
    expect(await forms.joinGroupFormAction(null, form({ code: 'AAAAAAAAAA' }))).toMatchObject({ ok: false, code: 'not_found', error: zh('groupsJoinInvalid') });
  });
});
