// Who hears what on the live channel (GET /api/live, driven through the route's own handler
// against real PostgreSQL NOTIFY), as one table: each row is a committed (or rolled-back)
// write and the events every kind of viewer must receive for it. "Nothing" is proven without
// timing: after each write a bystander saves a public annotation (the sentinel) and we wait
// until every stream has it; streams handle notifications in commit order, so whatever the
// write produced has arrived by then. To add a case, add a row to STEPS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { LiveListener } from '@/lib/live/live-listener';
import { createReply, createAnnotation, deleteAnnotation, updateAnnotation } from '@/lib/data/annotations';
import { hideAnnotation, createGroup, joinGroup, removeMember, setMemberRole } from '@/lib/data/groups';
import { endUserSessions } from '@/lib/data/accounts';
import * as support from './support/annotation-database';
import { subscribe, type LiveSubscriber } from './support/live-subscriber';
import type { TestDatabase } from './support/test-database';

const { SLUG, docOf } = support;
const WHO = ['author', 'member', 'owner', 'moderator', 'non-member', 'removed member', 'signed out'] as const;
type Who = (typeof WHO)[number];

let db: TestDatabase;
let listener: LiveListener;
let groupId: string;
let bystander: Viewer;
const users = {} as Record<Who, Viewer | null>;
const streams = {} as Record<Who, LiveSubscriber>;
const ids: Record<string, string> = {};
let phrase = 0;

/** A fresh selection each time (turn 2 has enough text), so writes never collide. */
const selection = () => support.selectionOf(db, 2, '各位记者朋友', SLUG, 0).then((s) => ({ ...s, body: docOf(`note ${++phrase}`) }));
const write = async (who: Viewer, visibility: 'public' | 'private' | 'group') =>
  (await createAnnotation(who, { ...(await selection()), visibility, ...(visibility === 'group' ? { groupId } : {}) })).id;
const revisionOf = async (id: string) => (await db.prisma.annotation.findUniqueOrThrow({ where: { id }, select: { revision: true } })).revision;

const GROUP_READERS: Who[] = ['author', 'member', 'owner', 'moderator'];
const only = (who: Who[], op: string) => Object.fromEntries(who.map((w) => [w, op])) as Partial<Record<Who, string>>;

/** Each step's action returns the annotation id whose events count; `expect` lists who gets which op (others: nothing). */
const STEPS: { name: string; action: () => Promise<string>; expect: Partial<Record<Who, string>> }[] = [
  { name: 'new group annotation', action: async () => (ids.g1 = await write(users.author!, 'group')), expect: only(GROUP_READERS, 'upsert') },
  {
    name: 'group annotation edited',
    action: async () => (await updateAnnotation(users.author!, ids.g1!, { body: docOf('edited'), expectedRevision: await revisionOf(ids.g1!) })).id,
    expect: only(GROUP_READERS, 'upsert'),
  },
  { name: 'reply on a group annotation', action: async () => (await createReply(users.member!, ids.g1!, { body: docOf('a reply') }), ids.g1!), expect: only(GROUP_READERS, 'upsert') },
  { name: 'second group annotation', action: async () => (ids.g2 = await write(users.author!, 'group')), expect: only(GROUP_READERS, 'upsert') },
  { name: 'group annotation deleted', action: async () => (await deleteAnnotation(users.author!, ids.g2!), ids.g2!), expect: only(GROUP_READERS, 'remove') },
  {
    name: 'hidden by a moderator',
    action: async () => (await hideAnnotation(users.moderator!, ids.g1!), ids.g1!),
    expect: { ...only(['author', 'owner', 'moderator'], 'upsert'), member: 'remove' },
  },
  { name: 'public annotation', action: async () => (ids.p = await write(users.author!, 'public')), expect: only([...WHO], 'upsert') },
  { name: 'private annotation', action: () => write(users.author!, 'private'), expect: { author: 'upsert' } },
  {
    name: 'rolled-back write',
    action: async () => {
      await db.prisma
        .$transaction(async (tx) => {
          await tx.annotation.update({ where: { id: ids.p! }, data: { bodyText: 'never committed' } });
          throw new Error('roll back');
        })
        .catch(() => undefined);
      return ids.p!;
    },
    expect: {},
  },
  { name: 'member removed (membership event)', action: async () => (await removeMember(users.owner!, groupId, users.member!.id), 'refresh'), expect: { member: 'refresh' } },
  { name: 'group annotation after the removal', action: () => write(users.author!, 'group'), expect: only(['author', 'owner', 'moderator'], 'upsert') },
];

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  for (const who of WHO) users[who] = who === 'signed out' ? null : await support.createUser(db, who.replace(' ', '-'));
  bystander = await support.createUser(db, 'Bystander');
  const group = await createGroup(users.owner!, { name: 'Live group', kind: 'team' });
  groupId = group.id;
  for (const who of ['author', 'member', 'moderator', 'removed member'] as const) await joinGroup(users[who]!, group.joinCode!);
  await setMemberRole(users.owner!, groupId, users.moderator!.id, 'moderator');
  await removeMember(users.owner!, groupId, users['removed member']!.id);
  listener = new LiveListener(db.url, { log: () => undefined });
  for (const who of WHO) streams[who] = await subscribe(users[who], SLUG, listener);
});
afterAll(async () => {
  for (const who of WHO) streams[who]?.close();
  await listener?.stop();
  await support.tearDownAnnotationDatabase(db);
});

/** Runs `action`, then a sentinel; returns per viewer the ops received for `target` (or 'refresh'). */
async function observe(action: () => Promise<string>): Promise<Record<Who, string>> {
  const from = Object.fromEntries(WHO.map((w) => [w, streams[w].events.length])) as Record<Who, number>;
  const target = await action();
  const sentinel = await write(bystander, 'public');
  const seen = {} as Record<Who, string>;
  for (const who of WHO) {
    const stream = streams[who];
    await stream.waitFor((e) => e.data.id === sentinel, `sentinel for ${who}`);
    const own = stream.events.slice(from[who]).filter((e) => (target === 'refresh' ? e.event === 'refresh' : e.data.id === target));
    seen[who] = [...new Set(own.map((e) => (e.event === 'refresh' ? 'refresh' : e.data.op!)))].sort().join(',');
  }
  return seen;
}

describe('live channel authorization matrix', () => {
  it.each(STEPS.map((step) => [step.name, step] as const))('%s', async (_name, step) => {
    const seen = await observe(step.action);
    const expected = Object.fromEntries(WHO.map((w) => [w, step.expect[w] ?? ''])) as Record<Who, string>;
    expect(seen).toEqual(expected);
  });

  it('ends the stream of a viewer whose session was signed out, at the next event', async () => {
    expect(await endUserSessions(users.author!.id, 0)).toBe(true);
    const sentinel = await write(bystander, 'public');
    await streams.member.waitFor((e) => e.data.id === sentinel, 'sentinel for the member');
    // The author's stream checked the session before sending and ended instead.
    await expect.poll(() => streams.author.ended(), { timeout: 5_000 }).toBe(true);
    expect(streams.author.events.some((e) => e.data.id === sentinel)).toBe(false);
    expect(streams.member.ended()).toBe(false);
  });

  it('carries ids and ops only, never annotation content', () => {
    for (const who of WHO) {
      for (const e of streams[who].events) expect(Object.keys(e.data).every((k) => ['id', 'op', 'mode'].includes(k))).toBe(true);
    }
  });
});
