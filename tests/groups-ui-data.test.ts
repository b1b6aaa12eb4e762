// What the groups pages read besides the groups layer itself: the join page's preview of a
// code, and the reader's group choices (active groups to write for, groups to moderate).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { listGroupChoices, getJoinPreview, joinGroup, setMemberRole, archiveGroup, createGroup, rotateJoinCode } from '@/lib/data/groups';
import { createUser, setUpAnnotationDatabase, tearDownAnnotationDatabase } from './support/annotation-database';
import type { TestDatabase } from './support/test-database';

let db: TestDatabase;
let owner: Viewer, member: Viewer, outsider: Viewer;

beforeAll(async () => {
  db = await setUpAnnotationDatabase();
  owner = await createUser(db, 'Owner');
  member = await createUser(db, 'Member');
  outsider = await createUser(db, 'Outsider');
});
afterAll(() => tearDownAnnotationDatabase(db));

describe('getJoinPreview', () => {
  it('names the group a code opens, and whether the viewer is already in it', async () => {
    const group = await createGroup(owner, { name: 'Fact team', kind: 'team' });
    const code = group.joinCode!;
    expect(await getJoinPreview(outsider, code)).toEqual({ groupId: group.id, name: 'Fact team', kind: 'team', isMember: false });
    // Typed codes may differ in case and dashes, as the join action accepts them.
    expect(await getJoinPreview(outsider, `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`)).toMatchObject({ groupId: group.id });
    expect(await getJoinPreview(owner, code)).toMatchObject({ isMember: true });
  });

  it('knows nothing of a malformed, replaced or archived code', async () => {
    const group = await createGroup(owner, { name: 'Class A', kind: 'class' });
    const old = group.joinCode!;
    expect(await getJoinPreview(outsider, 'not a code')).toBeNull();
    expect(await getJoinPreview(outsider, '')).toBeNull();
    const rotated = await rotateJoinCode(owner, group.id);
    expect(await getJoinPreview(outsider, old)).toBeNull();
    expect(await getJoinPreview(outsider, rotated.joinCode!)).toMatchObject({ groupId: group.id, kind: 'class' });
    await archiveGroup(owner, group.id);
    expect(await getJoinPreview(outsider, rotated.joinCode!)).toBeNull();
  });
});

describe('listGroupChoices', () => {
  it('offers active groups to write for and lists the groups the viewer moderates', async () => {
    const team = await createGroup(owner, { name: 'Team B', kind: 'team' });
    const archived = await createGroup(owner, { name: 'Old class', kind: 'class' });
    await joinGroup(member, team.joinCode!);
    await joinGroup(member, archived.joinCode!);
    await archiveGroup(owner, archived.id);

    const mine = await listGroupChoices(member);
    expect(mine.groups).toContainEqual({ id: team.id, name: 'Team B' });
    expect(mine.groups.map((g) => g.id)).not.toContain(archived.id);
    expect(mine.moderatedGroupIds).toEqual([]);

    await setMemberRole(owner, team.id, member.id, 'moderator');
    expect((await listGroupChoices(member)).moderatedGroupIds).toEqual([team.id]);
    // Owners keep moderating an archived group's annotations.
    expect((await listGroupChoices(owner)).moderatedGroupIds).toEqual(expect.arrayContaining([team.id, archived.id]));
  });

  it('gives a signed-out reader and an outsider nothing', async () => {
    expect(await listGroupChoices(null)).toEqual({ groups: [], moderatedGroupIds: [] });
    expect(await listGroupChoices(outsider)).toEqual({ groups: [], moderatedGroupIds: [] });
  });
});
