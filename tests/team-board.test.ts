// A team's claim board and adjudication against PostgreSQL: who sees it, which claims it holds,
// how claims on the same span are grouped, when members disagree, and who decides.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import type { ClaimStatusName, ClaimTypeName } from '@/lib/validation/annotations';
import type { TestDatabase } from './support/test-database';
import { signInAs } from './support/mock-viewer';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const groups = await import('@/lib/data/groups');
const membership = await import('@/lib/data/groups');
const { hideAnnotation } = await import('@/lib/data/groups');
const { createAnnotation } = await import('@/lib/data/annotations');
const { setClaim } = await import('@/lib/data/annotations');
const { getClaimBoard } = await import('@/lib/data/groups');
const { adjudicateClaimAction } = await import('@/lib/actions/team-actions');
const support = await import('./support/annotation-database');
const { SLUG } = support;

const QUOTE = 'CGTN特别在网上对这次新闻发布会进行了预热';
let db: TestDatabase;
let owner: Viewer, moderator: Viewer, alice: Viewer, bob: Viewer, outsider: Viewer;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  owner = await support.createUser(db, 'Owner');
  moderator = await support.createUser(db, 'Moderator');
  alice = await support.createUser(db, 'Alice');
  bob = await support.createUser(db, 'Bob');
  outsider = await support.createUser(db, 'Outsider');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

async function team() {
  const group = await groups.createGroup(owner, { name: 'Checkers', kind: 'team' });
  for (const who of [moderator, alice, bob]) await membership.joinGroup(who, group.joinCode!);
  await membership.setMemberRole(owner, group.id, moderator.id, 'moderator');
  return group.id;
}

/** A claim by `who` on `exact` (optionally trimmed by `trim` code points at its start), with `status`. */
async function claim(who: Viewer, groupId: string | undefined, status: ClaimStatusName, type: ClaimTypeName = 'factual_statement', opts: { exact?: string; trim?: number; turn?: number } = {}) {
  const selection = await support.selectionOf(db, opts.turn ?? 12, opts.exact ?? QUOTE);
  const trim = opts.trim ?? 0;
  const created = await createAnnotation(who, {
    ...selection,
    start: selection.start + trim,
    exact: Array.from(selection.exact).slice(trim).join(''),
    body: support.docOf(`${who.name} thinks ${status}`),
    visibility: groupId ? 'group' : 'private',
    groupId,
    claim: { type },
  });
  if (status === 'unverified') return created;
  return setClaim(who, created.id, { type, status, evidence: { kind: 'url', url: 'https://example.org/source' } });
}

const decide = (groupId: string, span: { turnIndex: number; start: number; end: number }, status: ClaimStatusName, note?: string) =>
  adjudicateClaimAction({ groupId, transcriptSlug: SLUG, ...span, type: 'factual_statement', status, note });

describe('who sees the board', () => {
  it('members see it; non-members, removed members and unknown transcripts get not found (null)', async () => {
    const groupId = await team();
    await claim(alice, groupId, 'supported');
    for (const who of [owner, moderator, alice, bob]) expect((await getClaimBoard(who, groupId, SLUG))?.totals.claims).toBe(1);
    expect(await getClaimBoard(outsider, groupId, SLUG)).toBeNull();
    expect(await getClaimBoard(alice, groupId, 'no-such-transcript')).toBeNull();
    await membership.removeMember(owner, groupId, bob.id);
    expect(await getClaimBoard(bob, groupId, SLUG)).toBeNull();
  });

  it('holds only the team’s group claims: no private claims of members, no other team, no plain notes', async () => {
    const groupId = await team();
    const otherTeam = await team();
    await claim(alice, undefined, 'unverified'); // private
    await claim(alice, otherTeam, 'unverified');
    await createAnnotation(bob, { ...(await support.selectionOf(db, 12, QUOTE)), body: support.docOf('just a note'), visibility: 'group', groupId });
    const ours = await claim(bob, groupId, 'disputed');
    const board = (await getClaimBoard(owner, groupId, SLUG))!;
    expect(board.spans.flatMap((s) => s.claims.map((c) => c.id))).toEqual([ours.id]);
    expect(board.totals).toEqual({ spans: 1, claims: 1, disagreements: 0 });
  });

  it('a hidden claim shows to its author and the moderators only', async () => {
    const groupId = await team();
    const hidden = await claim(alice, groupId, 'unverified');
    await hideAnnotation(moderator, hidden.id);
    const ids = async (who: Viewer) => (await getClaimBoard(who, groupId, SLUG))!.spans.flatMap((s) => s.claims.map((c) => c.id));
    expect(await ids(alice)).toEqual([hidden.id]);
    expect(await ids(owner)).toEqual([hidden.id]);
    expect(await ids(bob)).toEqual([]);
  });
});

describe('spans and disagreements', () => {
  it('groups near-identical spans, keeps a phrase inside apart, and shows differing statuses side by side', async () => {
    const groupId = await team();
    const a = await claim(alice, groupId, 'supported');
    const b = await claim(bob, groupId, 'disputed', 'factual_statement', { trim: 2 }); // 2 code points shorter: same span
    const inside = await claim(moderator, groupId, 'unverified', 'factual_statement', { exact: '新闻发布会' }); // a phrase inside: its own span
    const board = (await getClaimBoard(owner, groupId, SLUG))!;
    expect(board.spans).toHaveLength(2);
    const shared = board.spans.find((s) => s.claims.some((c) => c.id === a.id))!;
    expect(shared.claims.map((c) => [c.author.name, c.status])).toEqual([
      ['Alice', 'supported'],
      ['Bob', 'disputed'],
    ]);
    expect(shared).toMatchObject({ start: a.start, end: a.end, quote: QUOTE, coders: 2, disagreement: true, decision: null });
    expect(shared.claims[1]).toMatchObject({ id: b.id, evidenceCount: 1, noteExcerpt: 'Bob thinks disputed' });
    expect(board.spans.find((s) => s.claims.some((c) => c.id === inside.id))).toMatchObject({ coders: 1, disagreement: false });
    expect(board.totals).toEqual({ spans: 2, claims: 3, disagreements: 1 });
    // One span with two coders who differ: alpha on status is defined and below 1.
    expect(board.agreement).toMatchObject({ spans: 1, claims: 2 });
    expect(board.agreement.alpha).toBeLessThan(1);

    const onlyDisputes = (await getClaimBoard(owner, groupId, SLUG, { disagreements: true }))!;
    expect(onlyDisputes.spans.map((s) => s.key)).toEqual([shared.key]);
    expect((await getClaimBoard(owner, groupId, SLUG, { claimStatus: 'unverified' }))!.spans).toHaveLength(1);
    expect((await getClaimBoard(owner, groupId, SLUG, { speaker: 'nobody' }))!.spans).toHaveLength(0);
  });

  it('same status but a different type is a disagreement; full agreement gives alpha 1', async () => {
    const groupId = await team();
    await claim(alice, groupId, 'unverified', 'statistic');
    await claim(bob, groupId, 'unverified', 'attribution');
    const board = (await getClaimBoard(owner, groupId, SLUG))!;
    expect(board.spans[0]).toMatchObject({ disagreement: true, coders: 2 });
    expect(board.agreement).toEqual({ alpha: 1, spans: 1, claims: 2 }); // alpha is about status only
  });

  it('reports no agreement figure when no span has two coders', async () => {
    const groupId = await team();
    await claim(alice, groupId, 'supported');
    expect((await getClaimBoard(owner, groupId, SLUG))!.agreement).toEqual({ alpha: null, spans: 0, claims: 0 });
  });
});

describe('adjudication', () => {
  async function disputed() {
    const groupId = await team();
    await claim(alice, groupId, 'supported');
    await claim(bob, groupId, 'disputed');
    const span = (await getClaimBoard(owner, groupId, SLUG))!.spans[0]!;
    return { groupId, span };
  }

  it('members and outsiders get not found, and nothing is stored', async () => {
    const { groupId, span } = await disputed();
    for (const who of [alice, outsider]) {
      signInAs(who);
      expect(await decide(groupId, span, 'supported')).toMatchObject({ ok: false, code: 'not_found' });
    }
    expect(await db.prisma.claimAdjudication.count({ where: { groupId } })).toBe(0);
    expect((await getClaimBoard(alice, groupId, SLUG))!.canAdjudicate).toBe(false);
  });

  it('a moderator decides, the owner overrules; the board keeps the latest decision and who made it', async () => {
    const { groupId, span } = await disputed();
    signInAs(moderator);
    expect(await decide(groupId, span, 'supported', 'two sources agree')).toMatchObject({ ok: true });
    let board = (await getClaimBoard(alice, groupId, SLUG))!;
    expect(board.spans[0]!.decision).toMatchObject({ status: 'supported', note: 'two sources agree', decidedBy: { id: moderator.id, name: 'Moderator' } });

    signInAs(owner);
    // A slightly different span of the same claims replaces the earlier decision.
    expect(await decide(groupId, { ...span, start: span.start + 1 }, 'needs_context', 'missing the date')).toMatchObject({ ok: true });
    board = (await getClaimBoard(bob, groupId, SLUG))!;
    expect(board.spans[0]!.decision).toMatchObject({ status: 'needs_context', note: 'missing the date', decidedBy: { name: 'Owner' } });
    expect(await db.prisma.claimAdjudication.count({ where: { groupId } })).toBe(1);
    // Deciding the same key again overwrites it.
    expect(await decide(groupId, { ...span, start: span.start + 1 }, 'false_claim')).toMatchObject({ ok: true });
    expect(await db.prisma.claimAdjudication.findMany({ where: { groupId }, select: { claimStatus: true, note: true, decidedById: true } })).toEqual([
      { claimStatus: 'false_claim', note: null, decidedById: owner.id },
    ]);
  });

  it('refuses a span where the team has no claim, and decisions in an archived team', async () => {
    const { groupId, span } = await disputed();
    signInAs(owner);
    expect(await decide(groupId, { turnIndex: span.turnIndex, start: span.end + 50, end: span.end + 60 }, 'supported')).toMatchObject({ ok: false, code: 'not_found' });
    expect(await decide(groupId, { ...span, turnIndex: span.turnIndex + 1 }, 'supported')).toMatchObject({ ok: false, code: 'not_found' });
    await groups.archiveGroup(owner, groupId);
    expect(await decide(groupId, span, 'supported')).toMatchObject({ ok: false, code: 'not_found' });
    expect(await db.prisma.claimAdjudication.count({ where: { groupId } })).toBe(0);
  });
});
