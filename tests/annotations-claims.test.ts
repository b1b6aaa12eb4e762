// Claims: a status other than `unverified` rests on evidence; every change is recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { setClaim, addEvidence, getAnnotationForViewer, listClaimsForTranscript, createAnnotation } from '@/lib/data/annotations';
import type { TestDatabase } from './support/test-database';
import * as support from './support/annotation-database';

const { SLUG } = support;
let db: TestDatabase;
let alice: Viewer;
let bob: Viewer;
let targets: { entryId: string; paragraphId: string };

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  alice = await support.createUser(db, 'Alice');
  bob = await support.createUser(db, 'Bob');
  targets = await support.evidenceTargets(db);
});
afterAll(() => support.tearDownAnnotationDatabase(db));

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`);
const newClaim = async (visibility: 'public' | 'private' = 'public') =>
  createAnnotation(alice, { ...(await support.selectionOf(db, 2, '全国疫情防控形势持续向好')), visibility, claim: { type: 'factual_statement' } });

describe('claims', () => {
  it('starts unverified, with the first status in the history', async () => {
    const claim = await newClaim();
    expect(claim.claim).toEqual({ type: 'factual_statement', status: 'unverified' });
    const detail = await getAnnotationForViewer(bob, claim.id);
    expect(detail!.statusHistory).toMatchObject([{ actor: { id: alice.id, name: 'Alice' }, from: null, to: 'unverified', evidence: null }]);
  });

  it('refuses to create a claim that is already verified', async () => {
    const selection = await support.selectionOf(db, 2, '全国疫情防控形势持续向好');
    expect(await codeOf(createAnnotation(alice, { ...selection, claim: { type: 'statistic', status: 'supported' } }))).toMatch(/^invalid: Evidence is required/);
  });

  it('refuses a status change without evidence and records each change with its evidence', async () => {
    const { id } = await newClaim();
    expect(await codeOf(setClaim(alice, id, { type: 'factual_statement', status: 'supported' }))).toBe('invalid: Evidence is required for status supported');

    const steps = [
      { status: 'supported', evidence: { kind: 'chronicle_entry', entryId: targets.entryId } },
      { status: 'disputed', evidence: { kind: 'news_paragraph', paragraphId: targets.paragraphId, note: 'the article says otherwise' } },
      { status: 'false_claim', evidence: { kind: 'url', url: 'https://example.org/fact-check', note: 'a fact check' } },
    ] as const;
    for (const step of steps) await setClaim(alice, id, { type: 'factual_statement', ...step });
    const byUrl = (await getAnnotationForViewer(alice, id))!.evidence.find((e) => e.kind === 'url')!;
    await setClaim(alice, id, { type: 'statistic', status: 'needs_context', evidenceId: byUrl.id });
    await setClaim(alice, id, { type: 'statistic', status: 'unverified' });

    const detail = (await getAnnotationForViewer(bob, id))!;
    expect(detail.claim).toEqual({ type: 'statistic', status: 'unverified' });
    expect(detail.statusHistory.map((c) => [c.actor.name, c.from, c.to, c.evidence?.kind ?? null])).toEqual([
      ['Alice', null, 'unverified', null],
      ['Alice', 'unverified', 'supported', 'chronicle_entry'],
      ['Alice', 'supported', 'disputed', 'news_paragraph'],
      ['Alice', 'disputed', 'false_claim', 'url'],
      ['Alice', 'false_claim', 'needs_context', 'url'],
      ['Alice', 'needs_context', 'unverified', null],
    ]);
    expect(detail.statusHistory.every((c) => !Number.isNaN(Date.parse(c.at)))).toBe(true);
    expect(detail.evidence).toHaveLength(3);
    expect(detail.evidence[0]!.chronicleEntry).toMatchObject({ id: targets.entryId });
    expect(detail.evidence[1]!.newsParagraph).toMatchObject({ id: targets.paragraphId, documentSlug: expect.any(String) });
    expect(detail.evidence[2]).toMatchObject({ url: 'https://example.org/fact-check', note: 'a fact check', addedBy: { name: 'Alice' } });
  });

  it('refuses evidence that is not http(s), does not exist or belongs to another claim', async () => {
    const { id } = await newClaim();
    const other = await newClaim();
    const foreign = await addEvidence(alice, other.id, { kind: 'url', url: 'https://example.org/x' });
    const rows = [
      { kind: 'url', url: 'javascript:alert(1)' },
      { kind: 'url', url: 'data:text/html,<script>alert(1)</script>' },
      { kind: 'url', url: '/relative' },
      { kind: 'chronicle_entry', entryId: 'no-such-entry' },
      { kind: 'news_paragraph', paragraphId: 'no-such-paragraph' },
    ] as const;
    for (const evidence of rows) expect(await codeOf(setClaim(alice, id, { type: 'statistic', status: 'supported', evidence }))).toMatch(/^invalid/);
    expect(await codeOf(setClaim(alice, id, { type: 'statistic', status: 'supported', evidenceId: foreign.evidence.id }))).toMatch(/^invalid/);
    expect((await getAnnotationForViewer(alice, id))!).toMatchObject({ claim: { status: 'unverified' }, evidence: [] });
  });

  it('lets only the author set the claim or add evidence', async () => {
    const { id } = await newClaim();
    const evidence = { kind: 'url', url: 'https://example.org/y' } as const;
    expect(await codeOf(setClaim(bob, id, { type: 'statistic', status: 'supported', evidence }))).toBe('not_found: Not found');
    expect(await codeOf(addEvidence(bob, id, evidence))).toBe('not_found: Not found');
  });

  it('lists claims with their evidence count, filtered by status and type', async () => {
    const { id } = await newClaim();
    await setClaim(alice, id, { type: 'attribution', status: 'supported', evidence: { kind: 'url', url: 'https://example.org/z' } });
    const supported = await listClaimsForTranscript(bob, SLUG, { claimStatus: 'supported', claimType: 'attribution' });
    expect(supported.map((c) => [c.id, c.claim.status, c.evidenceCount])).toEqual([[id, 'supported', 1]]);
    const hidden = await newClaim('private');
    expect((await listClaimsForTranscript(bob, SLUG)).some((c) => c.id === hidden.id)).toBe(false);
    expect((await listClaimsForTranscript(alice, SLUG)).some((c) => c.id === hidden.id)).toBe(true);
  });
});
