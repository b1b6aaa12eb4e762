// Who may change who reads a transcript, the instance-editor role, imports into a library, and
// writes on transcripts the viewer may not read (every one "not found", changing nothing). The
// read paths themselves are the matrix in tests/transcripts-access.test.ts.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { migrate, readMigrations } from '@/lib/db/migrate';
import { fillEveryTable } from './support/fill-every-table';
import { createEmptyDatabase, type TestDatabase } from './support/test-database';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const { signInAs } = await import('./support/mock-viewer');
const { grantEditorRoleAction, setTranscriptVisibilityAction } = await import('@/lib/actions/transcript-actions');
const { grantEditorRole, isInstanceEditor, configuredEditorEmails } = await import('@/lib/data/accounts');
const transcripts = await import('@/lib/data/transcripts');
const annotations = await import('@/lib/data/annotations');
const links = await import('@/lib/data/links');
const groups = await import('@/lib/data/groups');
const assignments = await import('@/lib/data/assignments');
const { parseTranscript } = await import('@/lib/transcript');
const support = await import('./support/annotation-database');
const { importOwnedTranscript, markedSampleText } = await import('./support/owned-transcript');
const { SLUG, docOf } = support;

let db: TestDatabase;
let owner: Viewer, member: Viewer, stranger: Viewer, editor: Viewer, envEditor: Viewer, student: Viewer;
let teamId: string, otherTeamId: string, classId: string;

const code = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code ?? String(error));
const visibilityOf = async (slug: string) => db.prisma.transcript.findUniqueOrThrow({ where: { slug }, select: { visibility: true, groupId: true, ownerId: true } });

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  owner = await support.createUser(db, 'Owner');
  member = await support.createUser(db, 'Member');
  stranger = await support.createUser(db, 'Stranger');
  editor = await support.createUser(db, 'Editor');
  envEditor = await support.createUser(db, 'Env Editor');
  student = await support.createUser(db, 'Student');
  await db.prisma.user.update({ where: { id: editor.id }, data: { isEditor: true } });
  const team = await groups.createGroup(owner, { name: 'Team', kind: 'team' });
  teamId = team.id;
  for (const who of [member, editor]) await groups.joinGroup(who, team.joinCode!);
  otherTeamId = (await groups.createGroup(stranger, { name: 'Other team', kind: 'team' })).id;
  const klass = await groups.createGroup(owner, { name: 'Class', kind: 'class' });
  classId = klass.id;
  await groups.joinGroup(student, klass.joinCode!);
}, 120_000);

afterEach(() => {
  delete process.env.ROSTRUM_EDITOR_EMAILS;
  signInAs(null);
});

afterAll(async () => {
  await support.tearDownAnnotationDatabase(db);
});

describe('the sample corpus and CLI imports', () => {
  it('stay public with no owner, readable signed out', async () => {
    expect(await visibilityOf(SLUG)).toEqual({ visibility: 'public', groupId: null, ownerId: null });
    expect((await transcripts.listTranscripts(null)).map((t) => t.slug)).toContain(SLUG);
    expect((await transcripts.getTranscriptForReader(null, SLUG))?.access).toEqual({ visibility: 'public', mine: false, groupId: null });
  });

  it('a migrated database keeps every transcript it had public, and nobody an editor', async () => {
    const database = await createEmptyDatabase();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const all = readMigrations();
      await migrate(client, all.filter((m) => m.name < '20261207020000_transcript_access'));
      await fillEveryTable(client);
      await migrate(client, all);
      const { rows } = await client.query('SELECT "visibility", "ownerId", "groupId" FROM "Transcript"');
      expect(rows).toEqual([{ visibility: 'public', ownerId: null, groupId: null }]);
      expect((await client.query('SELECT "isEditor" FROM "User"')).rows).toEqual([{ isEditor: false }]);
    } finally {
      await client.end();
      await database.drop();
    }
  });
});

describe('importTranscript with an owner', () => {
  it('starts private to its importer, or shared with a group of theirs; never public', async () => {
    const own = await importOwnedTranscript(db, owner);
    expect(await visibilityOf(own.slug)).toEqual({ visibility: 'private', groupId: null, ownerId: owner.id });
    expect((await transcripts.getTranscriptForReader(owner, own.slug))?.access).toEqual({ visibility: 'private', mine: true, groupId: null });
    const shared = await importOwnedTranscript(db, owner, { visibility: 'group', groupId: teamId });
    expect(await visibilityOf(shared.slug)).toEqual({ visibility: 'group', groupId: teamId, ownerId: owner.id });
    await expect(importOwnedTranscript(db, owner, { visibility: 'group', groupId: otherTeamId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(importOwnedTranscript(db, owner, { visibility: 'public' as 'private' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it("refuses a re-import over anyone else's slug as not found (hidden or not) and changes nothing; the owner's correction keeps its sharing", async () => {
    const own = await importOwnedTranscript(db, owner, { visibility: 'group', groupId: teamId });
    const corrected = markedSampleText(`${own.marker}x`);
    const parsed = parseTranscript(corrected);
    if (!parsed.ok) throw new Error('unparsable');
    const reimport = (who: Viewer, slug: string) => code(transcripts.importTranscript(db.prisma, { slug, rawText: corrected, parsed: parsed.value, owner: { viewer: who } }));
    const versions = (slug: string) => db.prisma.transcriptVersion.count({ where: { transcript: { slug } } });
    for (const [who, slug] of [[stranger, own.slug], [member, own.slug], [owner, SLUG]] as const) {
      const before = await versions(slug);
      expect(await reimport(who, slug)).toBe('not_found');
      expect(await versions(slug)).toBe(before);
    }
    expect(await reimport(owner, own.slug)).toBe('ok');
    expect(await versions(own.slug)).toBe(2);
    expect(await visibilityOf(own.slug)).toEqual({ visibility: 'group', groupId: teamId, ownerId: owner.id });
  });
});

describe('setTranscriptVisibility', () => {
  const set = (viewer: Viewer, slug: string, visibility: 'private' | 'public' | 'group', groupId?: string) =>
    code(transcripts.setTranscriptVisibility(viewer, slug, { visibility, ...(groupId ? { groupId } : {}) }));

  it.each([
    { what: 'the owner shares a private one with their team', start: 'private', who: 'owner', to: 'group', group: 'team', expected: 'ok' },
    { what: 'the owner takes a group one back to private', start: 'group', who: 'owner', to: 'private', expected: 'ok' },
    { what: 'the owner may not share with a group they are not in', start: 'private', who: 'owner', to: 'group', group: 'other', expected: 'not_found' },
    { what: 'the owner may not make it public', start: 'private', who: 'owner', to: 'public', expected: 'invalid' },
    { what: 'the owner may not take a public one back', start: 'public', who: 'owner', to: 'private', expected: 'invalid' },
    { what: 'a group member who may read it may not change it', start: 'group', who: 'member', to: 'private', expected: 'not_found' },
    { what: 'a stranger finds nothing', start: 'private', who: 'stranger', to: 'group', group: 'other', expected: 'not_found' },
    { what: "an editor cannot reach someone's private one", start: 'private', who: 'editor', to: 'public', expected: 'not_found' },
    { what: 'an editor in the group publishes a group one', start: 'group', who: 'editor', to: 'public', expected: 'ok' },
    { what: 'an editor takes a public one back to its owner', start: 'public', who: 'editor', to: 'private', expected: 'ok' },
    { what: 'an editor may not reshape a non-public one they do not own', start: 'group', who: 'editor', to: 'private', expected: 'not_found' },
  ] as const)('$what → $expected', async ({ start, who, to, expected, ...rest }) => {
    const group = 'group' in rest ? (rest.group === 'team' ? teamId : otherTeamId) : undefined;
    const { slug } = await importOwnedTranscript(db, owner, start === 'group' ? { visibility: 'group', groupId: teamId } : {});
    if (start === 'public') await db.prisma.transcript.update({ where: { slug }, data: { visibility: 'public' } });
    const before = await visibilityOf(slug);
    const viewer = { owner, member, stranger, editor }[who];
    expect(await set(viewer, slug, to, group)).toBe(expected);
    const after = await visibilityOf(slug);
    if (expected === 'ok') expect(after).toEqual({ visibility: to, groupId: to === 'group' ? group : null, ownerId: owner.id });
    else expect(after).toEqual(before);
  });

  it('an ownerless (sample) transcript stays public, even for an editor', async () => {
    expect(await set(editor, SLUG, 'private')).toBe('invalid');
    expect(await visibilityOf(SLUG)).toMatchObject({ visibility: 'public' });
  });

  it('goes through the server action: validated, signed in, not found alike', async () => {
    const { slug } = await importOwnedTranscript(db, owner);
    signInAs(null);
    expect(await setTranscriptVisibilityAction({ slug, visibility: 'group', groupId: teamId })).toMatchObject({ ok: false, code: 'unauthenticated' });
    signInAs(stranger);
    expect(await setTranscriptVisibilityAction({ slug, visibility: 'group', groupId: teamId })).toMatchObject({ ok: false, code: 'not_found' });
    signInAs(owner);
    expect(await setTranscriptVisibilityAction({ slug, visibility: 'shared' as 'group' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await setTranscriptVisibilityAction({ slug, visibility: 'group', groupId: teamId })).toEqual({ ok: true, data: { slug, visibility: 'group', groupId: teamId } });
    // The member reads it now; once the owner takes it back, not any more.
    expect(await transcripts.getTranscriptForReader(member, slug)).not.toBeNull();
    expect(await setTranscriptVisibilityAction({ slug, visibility: 'private' })).toMatchObject({ ok: true });
    expect(await transcripts.getTranscriptForReader(member, slug)).toBeNull();
  });
});

describe('the instance editor role', () => {
  it('comes from ROSTRUM_EDITOR_EMAILS, read on every call, any case and spacing', async () => {
    expect(await isInstanceEditor(envEditor)).toBe(false);
    process.env.ROSTRUM_EDITOR_EMAILS = ` someone@example.test , ${envEditor.email.toUpperCase()} `;
    expect(configuredEditorEmails()).toEqual(['someone@example.test', envEditor.email]);
    expect(await isInstanceEditor(envEditor)).toBe(true);
    expect(await isInstanceEditor(null)).toBe(false);
    expect(await isInstanceEditor(stranger)).toBe(false);
  });

  it('lets an env editor publish their own transcript', async () => {
    const { slug } = await importOwnedTranscript(db, envEditor);
    expect(await code(transcripts.setTranscriptVisibility(envEditor, slug, { visibility: 'public' }))).toBe('invalid');
    process.env.ROSTRUM_EDITOR_EMAILS = envEditor.email;
    expect(await code(transcripts.setTranscriptVisibility(envEditor, slug, { visibility: 'public' }))).toBe('ok');
    expect((await transcripts.listTranscripts(null)).map((t) => t.slug)).toContain(slug);
  });

  it('is granted by an editor only (anyone else, or an unknown address: not found)', async () => {
    const newcomer = await support.createUser(db, 'Newcomer');
    expect(await code(grantEditorRole(stranger, newcomer.email))).toBe('not_found');
    expect(await isInstanceEditor(newcomer)).toBe(false);
    expect(await code(grantEditorRole(editor, 'nobody@example.test'))).toBe('not_found');
    process.env.ROSTRUM_EDITOR_EMAILS = envEditor.email;
    signInAs(envEditor);
    expect(await grantEditorRoleAction({ email: ` ${newcomer.email.toUpperCase()} ` })).toEqual({ ok: true, data: { id: newcomer.id, name: newcomer.name } });
    delete process.env.ROSTRUM_EDITOR_EMAILS;
    // Granted in the database: it stays when the variable goes, and the new editor can grant too.
    expect(await isInstanceEditor(newcomer)).toBe(true);
    signInAs(newcomer);
    expect(await grantEditorRoleAction({ email: stranger.email })).toMatchObject({ ok: true });
    signInAs(member);
    expect(await grantEditorRoleAction({ email: member.email })).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('writes on a transcript the viewer may not read', () => {
  it('are not found and change nothing, also for an author who lost the transcript', async () => {
    const shared = await importOwnedTranscript(db, owner, { visibility: 'group', groupId: teamId });
    await links.refreshSuggestedLinks(db.prisma, shared.slug);
    const selection = await support.selectionOf(db, 2, shared.marker, shared.slug);
    const publicNote = await annotations.createAnnotation(owner, { ...selection, body: docOf('owner note'), visibility: 'public' });
    const leaver = await support.createUser(db, 'Leaver');
    await groups.joinGroup(leaver, (await db.prisma.group.findUniqueOrThrow({ where: { id: teamId }, select: { joinCode: true } })).joinCode);
    const ownNote = await annotations.createAnnotation(leaver, { ...selection, body: docOf('leaver note'), visibility: 'public', claim: { type: 'statistic' } });
    const suggested = await db.prisma.turnLink.findFirstOrThrow({ where: { transcriptId: shared.transcriptId, origin: 'suggested' }, select: { id: true } });
    const { linkId } = await links.confirmLink(leaver, { linkId: suggested.id, visibility: 'public' });
    const judgment = await db.prisma.linkJudgment.findFirstOrThrow({ where: { linkId, userId: leaver.id }, select: { id: true } });
    await groups.removeMember(owner, teamId, leaver.id);

    const { entryId } = await support.evidenceTargets(db);
    const snapshot = async () => ({
      annotations: await db.prisma.annotation.findMany({ where: { transcriptId: shared.transcriptId }, orderBy: { id: 'asc' } }),
      replies: await db.prisma.annotationReply.count({ where: { annotation: { transcriptId: shared.transcriptId } } }),
      evidence: await db.prisma.claimEvidence.count({ where: { annotation: { transcriptId: shared.transcriptId } } }),
      judgments: await db.prisma.linkJudgment.findMany({ where: { link: { transcriptId: shared.transcriptId } }, orderBy: { id: 'asc' } }),
      links: await db.prisma.turnLink.count({ where: { transcriptId: shared.transcriptId } }),
      decisions: await db.prisma.claimAdjudication.count({ where: { transcriptId: shared.transcriptId } }),
    });
    const before = await snapshot();
    const writes: Record<string, () => Promise<unknown>> = {
      'annotate': () => annotations.createAnnotation(stranger, { ...selection, visibility: 'private' }),
      'reply to the public note': () => annotations.createReply(stranger, publicNote.id, { body: docOf('hi') }),
      'edit own note': () => annotations.updateAnnotation(leaver, ownNote.id, { body: docOf('changed'), expectedRevision: ownNote.revision }),
      'delete own note': () => annotations.deleteAnnotation(leaver, ownNote.id),
      'set own claim': () => annotations.setClaim(leaver, ownNote.id, { type: 'factual_statement', status: 'unverified' }),
      'add evidence': () => annotations.addEvidence(leaver, ownNote.id, { kind: 'chronicle_entry', entryId }),
      'add a link': () => links.addLink(stranger, { transcriptSlug: shared.slug, turnIndex: 2, chronicleEntryId: entryId }),
      'confirm a link': () => links.confirmLink(stranger, { linkId: suggested.id }),
      'withdraw own judgment': () => links.withdrawJudgment(leaver, judgment.id),
      'import annotations': () => annotations.importAnnotations(stranger, [{ transcriptSlug: shared.slug, turnIndex: 2, position: { start: selection.start, end: selection.end }, quote: null, body: null, tags: [], claim: null, evidence: [] }]),
      // The stranger owns (moderates) their own team; the transcript is what they may not reach.
      'adjudicate on a team board': () =>
        groups.adjudicateClaim(stranger, { groupId: otherTeamId, transcriptSlug: shared.slug, turnIndex: 2, start: selection.start, end: selection.end, type: 'statistic', status: 'supported' }),
      'assign it to a class': () =>
        assignments.createAssignment(stranger, { groupId: classId, transcriptSlug: shared.slug, title: 'x', instructions: '', passage: { kind: 'turn_range', fromTurn: 1, toTurn: 2 }, dueAt: null, minAnnotations: 0, minClaims: 0, minLinks: 0, hideClassmatesUntilDue: false }),
    };
    const outcomes = Object.fromEntries(await Promise.all(Object.entries(writes).map(async ([name, write]) => [name, await code(write())])));
    expect(outcomes).toEqual({
      ...Object.fromEntries(Object.keys(writes).map((name) => [name, 'not_found'])),
      // The import names the reason per row, as for an unknown transcript.
      'import annotations': 'invalid',
    });
    expect(await snapshot()).toEqual(before);
    // And the leaver's own public note is gone for them, like the transcript.
    expect(await annotations.getAnnotationSummary(leaver, ownNote.id)).toBeNull();
    expect(await annotations.getAnnotationSummary(member, ownNote.id)).not.toBeNull();
  });
});

describe('assignments follow the transcript', () => {
  it('need a transcript the class may read; students lose one its owner takes back', async () => {
    const own = await importOwnedTranscript(db, owner);
    const input = { groupId: classId, transcriptSlug: own.slug, title: 'Read it', instructions: '', passage: { kind: 'turn_range' as const, fromTurn: 1, toTurn: 3 }, dueAt: null, minAnnotations: 0, minClaims: 0, minLinks: 0, hideClassmatesUntilDue: false };
    expect(await code(assignments.createAssignment(owner, input))).toBe('invalid');
    await transcripts.setTranscriptVisibility(owner, own.slug, { visibility: 'group', groupId: classId });
    const assignment = await assignments.createAssignment(owner, input);
    expect((await assignments.listMyAssignments(student)).map((a) => a.id)).toContain(assignment.id);
    expect(await assignments.getAssignmentContext(student, assignment.id, own.slug)).not.toBeNull();
    await transcripts.setTranscriptVisibility(owner, own.slug, { visibility: 'private' });
    expect((await assignments.listMyAssignments(student)).map((a) => a.id)).not.toContain(assignment.id);
    expect(await assignments.getAssignmentForViewer(student, assignment.id)).toBeNull();
    expect(await assignments.getAssignmentContext(student, assignment.id, own.slug)).toBeNull();
    expect(await assignments.getAssignmentForViewer(owner, assignment.id)).not.toBeNull();
  });
});
