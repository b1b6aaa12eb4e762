// The people of the group authorization matrices (tests/groups-access.test.ts and
// tests/links-groups-access.test.ts): one class the subject is shared with, and another class the
// author also belongs to, so its teacher and students are strangers to the first class's work.
// Not a test file itself (no `.test.ts`).
import type { Viewer } from '@/lib/data/accounts';
import { joinGroup, removeMember, setMemberRole, createGroup } from '@/lib/data/groups';
import { createUser } from './annotation-database';
import type { TestDatabase } from './test-database';

/** Every kind of viewer of a group's material. */
export type GroupWho =
  | 'author'
  | 'member'
  | 'owner'
  | 'moderator'
  | 'non-member'
  | 'removed member'
  | 'teacher'
  | 'student of another class'
  | 'visitor';

/** The viewers in matrix order: the first seven are the original matrix's, the teacher and the other class's student came with classes. */
export const GROUP_WHO: GroupWho[] = ['author', 'member', 'owner', 'moderator', 'non-member', 'removed member', 'visitor', 'teacher', 'student of another class'];

/** Current members of the subject's group (besides the author, all readers of its group material). */
export const GROUP_MEMBERS: GroupWho[] = ['author', 'member', 'owner', 'moderator'];

/** The author's display name: it must never reach a viewer who may not see the subject. */
export const AUTHOR_NAME = 'Author A';

export interface GroupWorld {
  users: Record<GroupWho, Viewer | null>;
  /** The class the subject is shared with (owner: `owner`). */
  groupId: string;
  /** Another class: its owner is `teacher`, the author and `student of another class` are its members. */
  otherClassId: string;
}

/**
 * Creates the viewers and both classes: `member`, `moderator` (promoted) and `removed member`
 * (removed again) join the subject's class; `non-member` belongs to no group.
 */
export async function makeGroupWorld(db: TestDatabase): Promise<GroupWorld> {
  const make = (name: string) => createUser(db, name);
  const owner = await make('Owner O');
  const teacher = await make('Teacher T');
  const users: Record<GroupWho, Viewer | null> = {
    'author': await make(AUTHOR_NAME),
    'member': await make('Member M'),
    owner,
    'moderator': await make('Moderator D'),
    'non-member': await make('Stranger S'),
    'removed member': await make('Removed R'),
    'visitor': null,
    teacher,
    'student of another class': await make('Student P'),
  };
  const group = await createGroup(owner, { name: 'Reading group', kind: 'class' });
  for (const who of ['author', 'member', 'moderator', 'removed member'] as const) await joinGroup(users[who]!, group.joinCode!);
  await setMemberRole(owner, group.id, users.moderator!.id, 'moderator');
  await removeMember(owner, group.id, users['removed member']!.id);
  const otherClass = await createGroup(teacher, { name: 'Other class', kind: 'class' });
  for (const who of ['author', 'student of another class'] as const) await joinGroup(users[who]!, otherClass.joinCode!);
  return { users, groupId: group.id, otherClassId: otherClass.id };
}
