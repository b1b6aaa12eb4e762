// Importing through the app: the import page's form action (preview before anything is stored,
// refusals with line errors, roster edits applied on store, all or nothing, unique slugs, the
// size limit, someone else's transcript never overwritten) and the home library (what each
// viewer sees, filters, keyset pages). Real PostgreSQL, a database for this file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import type { ImportFormState } from '@/lib/actions/import-actions';
import { createTranslator } from '@/lib/i18n/translate';
import type { TestDatabase } from './support/test-database';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));
vi.mock('@/lib/i18n/get-i18n', () => ({ getI18n: async () => ({ locale: 'en', t: createTranslator('en') }) }));
// redirect() ends the action; the test reads where it went.
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
}));

const { signInAs } = await import('./support/mock-viewer');
const { importTranscriptFormAction } = await import('@/lib/actions/import-actions');
const transcripts = await import('@/lib/data/transcripts');
const { setTranscriptVisibilityFormAction } = await import('@/lib/actions/transcript-form-actions');
const groups = await import('@/lib/data/groups');
const support = await import('./support/annotation-database');
const { importOwnedTranscript } = await import('./support/owned-transcript');

const BRIEFING = readFileSync(join(process.cwd(), 'e2e', 'fixtures', 'fm-briefing.txt'), 'utf8');
const EMPTY: ImportFormState = { text: '', preview: null, error: null };

let db: TestDatabase;
let alice: Viewer, bob: Viewer, carol: Viewer;
let teamId: string;

/** A form post as the page sends it: text (or a file), intent, roster rows. */
function form(fields: { text?: string; file?: File; intent?: 'preview' | 'store'; roster?: Record<string, string>[] }): FormData {
  const data = new FormData();
  data.set('text', fields.text ?? '');
  if (fields.file) data.set('file', fields.file);
  data.set('intent', fields.intent ?? 'preview');
  (fields.roster ?? []).forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) data.set(`roster.${i}.${key}`, value);
  });
  return data;
}

/** Runs the action; a redirect comes back as `{ redirect: url }`. */
async function post(data: FormData): Promise<ImportFormState | { redirect: string }> {
  try {
    return await importTranscriptFormAction(EMPTY, data);
  } catch (error) {
    const url = (error as { url?: string }).url;
    if (url) return { redirect: url };
    throw error;
  }
}

const slugOf = (result: ImportFormState | { redirect: string }) => {
  if (!('redirect' in result)) throw new Error(`not stored: ${JSON.stringify(result).slice(0, 400)}`);
  return decodeURIComponent(result.redirect.replace('/transcripts/', ''));
};

const count = () => db.prisma.transcript.count();

/** The roster rows of a preview, with `change` applied to the row of `label`. */
function rosterOf(state: ImportFormState, label?: string, change: Record<string, string> = {}): Record<string, string>[] {
  if (!state.preview?.ok) throw new Error('no preview');
  return state.preview.speakers.map((s) => ({
    label: s.label,
    name: s.name ?? '',
    title: s.title ?? '',
    organization: s.organization ?? '',
    role: s.role,
    ...(s.label === label ? change : {}),
  }));
}

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  alice = await support.createUser(db, 'Alice');
  bob = await support.createUser(db, 'Bob');
  carol = await support.createUser(db, 'Carol');
  const team = await groups.createGroup(alice, { name: 'Desk', kind: 'team' });
  teamId = team.id;
  await groups.joinGroup(carol, team.joinCode!);
}, 120_000);

afterEach(() => signInAs(null));

afterAll(async () => {
  await support.tearDownAnnotationDatabase(db);
});

describe('the import form', () => {
  it('sends a signed-out reader to sign in, storing nothing', async () => {
    const before = await count();
    expect(await post(form({ text: BRIEFING, intent: 'store' }))).toEqual({ redirect: '/signin?callbackUrl=%2Fimport' });
    expect(await count()).toBe(before);
  });

  it('previews a briefing without storing it: layout, coverage, header, roster, turns', async () => {
    signInAs(alice);
    const before = await count();
    const state = (await post(form({ text: BRIEFING }))) as ImportFormState;
    expect(state.error).toBeNull();
    expect(state.preview).toMatchObject({ ok: true, layout: 'question-answer', coverage: 1, heldOn: '2024-05-14', timezone: 'Asia/Shanghai' });
    if (!state.preview?.ok) throw new Error('refused');
    expect(state.preview.speakers[0]).toMatchObject({ label: '王某某', title: '外交部发言人', role: 'host' });
    expect(state.preview.turns).toHaveLength(9);
    expect(state.preview.turns[1]).toMatchObject({ speaker: '问', postedAt: null, warnings: [] });
    expect(state.text).toBe(BRIEFING);
    expect(await count()).toBe(before);
  });

  it('shows the excerpt as the first 120 code points and warns on a very long turn', async () => {
    signInAs(alice);
    const long = BRIEFING.replace('会议通过了联合声明，', `会议通过了联合声明，${'各方同意加强合作𠀋。'.repeat(400)}`);
    const state = (await post(form({ text: long }))) as ImportFormState;
    if (!state.preview?.ok) throw new Error('refused');
    const last = state.preview.turns.at(-1)!;
    expect(Array.from(last.excerpt)).toHaveLength(120);
    expect(last.truncated).toBe(true);
    expect(last.warnings).toEqual(['long']);
  });

  it('refuses a news article with the lines it could not place, and the line text', async () => {
    signInAs(alice);
    const article = ['某地举办春季农业博览会', '', '本报讯 昨天，春季农业博览会在会展中心开幕，来自各地的三百多家企业参展。', '', '展会为期三天，展出新品种、新农机和新技术。组织方表示，今年的参观人数预计将超过去年。'].join('\n');
    const before = await count();
    const state = (await post(form({ text: article, intent: 'store' }))) as ImportFormState;
    expect(await count()).toBe(before);
    if (state.preview?.ok !== false) throw new Error(`not refused: ${JSON.stringify(state)}`);
    expect(state.preview.errors.length).toBeGreaterThan(0);
    for (const error of state.preview.errors) expect(error.line).toBeGreaterThan(0);
    expect(state.preview.errors.some((e) => e.text.includes('春季农业博览会'))).toBe(true);
    expect(state.error).toMatch(/line \d+/);
  });

  it('applies the roster edits on store, re-parsing the text (never a parsed value from the client)', async () => {
    signInAs(alice);
    const preview = (await post(form({ text: BRIEFING }))) as ImportFormState;
    const roster = rosterOf(preview, '王某某', { title: '外交部新闻司副司长', organization: '外交部新闻司' });
    // A forged extra field is ignored: the server parses the text itself.
    const data = form({ text: BRIEFING, intent: 'store', roster });
    data.set('parsed', JSON.stringify({ turns: [] }));
    const slug = slugOf(await post(data));
    expect(slug).toMatch(/^2024-05-14-[0-9a-f]{8}$/);
    const row = await db.prisma.transcript.findUniqueOrThrow({
      where: { slug },
      select: { ownerId: true, visibility: true, currentVersion: { select: { speakers: { select: { label: true, title: true, organization: true } }, _count: { select: { turns: true } } } } },
    });
    expect(row).toMatchObject({ ownerId: alice.id, visibility: 'private' });
    expect(row.currentVersion?._count.turns).toBe(9);
    expect(row.currentVersion?.speakers.find((s) => s.label === '王某某')).toMatchObject({ title: '外交部新闻司副司长', organization: '外交部新闻司' });
  });

  it('refuses a roster edit that cannot be stored, storing nothing', async () => {
    signInAs(alice);
    const preview = (await post(form({ text: BRIEFING }))) as ImportFormState;
    const before = await count();
    for (const change of [{ title: 'x'.repeat(201) }, { name: 'bad\u0000name' }, { role: 'president' }] as Record<string, string>[]) {
      const state = (await post(form({ text: BRIEFING, intent: 'store', roster: rosterOf(preview, '王某某', change) }))) as ImportFormState;
      expect(state.error).toMatch(/roster/i);
    }
    expect(await count()).toBe(before);
  });

  it('gives the same title a new slug each time (-2, -3), never reusing one', async () => {
    signInAs(alice);
    const text = BRIEFING.replace('2024年5月14日', '2024年6月4日');
    const first = slugOf(await post(form({ text, intent: 'store' })));
    signInAs(bob);
    const second = slugOf(await post(form({ text, intent: 'store' })));
    expect(second).toBe(`${first}-2`);
    const third = slugOf(await post(form({ text, intent: 'store' })));
    expect(third).toBe(`${first}-3`);
    const owners = await db.prisma.transcript.findMany({ where: { slug: { in: [first, second, third] } }, select: { slug: true, ownerId: true } });
    expect(Object.fromEntries(owners.map((o) => [o.slug, o.ownerId]))).toEqual({ [first]: alice.id, [second]: bob.id, [third]: bob.id });
  });

  it("never overwrites someone else's transcript whose slug the title gives", async () => {
    // Bob's transcript already holds the slug an English title would give.
    const english = ['Press Briefing by Press Secretary Example', 'May 2, 2024', '', 'MS. EXAMPLE: Good afternoon, everyone.', '', 'Q: Thank you. A question on trade.', '', 'MS. EXAMPLE: We have said what we have to say on that.', '', 'Q: And on the summit?', '', 'MS. EXAMPLE: It goes ahead as planned.'].join('\n');
    signInAs(alice);
    const preview = (await post(form({ text: english }))) as ImportFormState;
    if (!preview.preview?.ok) throw new Error(`refused: ${JSON.stringify(preview.preview)}`);
    const { slug: bobSlug } = await importOwnedTranscript(db, bob);
    const base = (await import('@/lib/import/slug')).slugFromTitle(preview.preview.title, preview.preview.heldOn, english);
    await db.prisma.transcript.update({ where: { slug: bobSlug }, data: { slug: base } });
    const bobsBefore = await db.prisma.transcript.findUniqueOrThrow({ where: { slug: base }, select: { ownerId: true, currentVersionId: true, title: true } });
    const slug = slugOf(await post(form({ text: english, intent: 'store' })));
    expect(slug).toBe(`${base}-2`);
    expect(await db.prisma.transcript.findUniqueOrThrow({ where: { slug: base }, select: { ownerId: true, currentVersionId: true, title: true } })).toEqual(bobsBefore);
  });

  it('stores all or nothing: a failure inside the transaction leaves no transcript, version or turn', async () => {
    signInAs(alice);
    const text = BRIEFING.replace('2024年5月14日', '2024年7月9日');
    const before = { transcripts: await count(), versions: await db.prisma.transcriptVersion.count(), turns: await db.prisma.turn.count() };
    // A trigger fails the insert of one turn, after the transcript, version and speakers were written.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION fail_marked_turn() RETURNS trigger AS $$ BEGIN IF NEW.text LIKE '%FAILHERE%' THEN RAISE EXCEPTION 'turn refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER fail_marked_turn BEFORE INSERT ON "Turn" FOR EACH ROW EXECUTE FUNCTION fail_marked_turn()`);
    const failing = text.replace('会议通过了联合声明', 'FAILHERE 会议通过了联合声明');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const state = await post(form({ text: failing, intent: 'store' }));
    log.mockRestore();
    await db.prisma.$executeRawUnsafe('DROP TRIGGER fail_marked_turn ON "Turn"; ');
    await db.prisma.$executeRawUnsafe('DROP FUNCTION fail_marked_turn()');
    expect('redirect' in state).toBe(false);
    expect((state as ImportFormState).error).toBeTruthy();
    expect({ transcripts: await count(), versions: await db.prisma.transcriptVersion.count(), turns: await db.prisma.turn.count() }).toEqual(before);
  });

  it('refuses more than 5 MB, pasted or uploaded, storing nothing', async () => {
    signInAs(alice);
    const big = `${BRIEFING}\n${'答：很长。'.repeat(400_000)}`;
    expect(new TextEncoder().encode(big).length).toBeGreaterThan(5 * 1024 * 1024);
    const before = await count();
    const pasted = (await post(form({ text: big, intent: 'store' }))) as ImportFormState;
    expect(pasted.error).toMatch(/5 MB/);
    const uploaded = (await post(form({ file: new File([big], 'big.txt', { type: 'text/plain' }), intent: 'preview' }))) as ImportFormState;
    expect(uploaded.error).toMatch(/5 MB/);
    expect(await count()).toBe(before);
  });

  it('reads an uploaded GB18030 file and previews it', async () => {
    signInAs(alice);
    const iconv = (await import('iconv-lite')).default;
    const file = new File([new Uint8Array(iconv.encode(BRIEFING, 'gb18030'))], 'briefing.txt', { type: 'text/plain' });
    const state = (await post(form({ file }))) as ImportFormState;
    expect(state.preview).toMatchObject({ ok: true, layout: 'question-answer' });
    expect(state.text.startsWith('2024年5月14日')).toBe(true);
  });
});

describe("the reader's sharing form", () => {
  const share = async (slug: string, access: string) => {
    const data = new FormData();
    data.set('slug', slug);
    data.set('access', access);
    try {
      return await setTranscriptVisibilityFormAction(null, data);
    } catch (error) {
      const url = (error as { url?: string }).url;
      if (url) return { redirect: url };
      throw error;
    }
  };

  it('lets the owner share with their team and keep it private again; nobody else, and not public', async () => {
    const { slug } = await importOwnedTranscript(db, alice);
    const visibility = () => db.prisma.transcript.findUniqueOrThrow({ where: { slug }, select: { visibility: true, groupId: true } });
    signInAs(bob);
    expect(await share(slug, `group:${teamId}`)).toMatchObject({ code: 'not_found' });
    signInAs(alice);
    expect(await share(slug, 'public')).toMatchObject({ code: 'invalid' });
    expect(await visibility()).toEqual({ visibility: 'private', groupId: null });
    expect(await share(slug, `group:${teamId}`)).toEqual({ redirect: `/transcripts/${slug}?shared=1` });
    expect(await visibility()).toEqual({ visibility: 'group', groupId: teamId });
    expect((await transcripts.getTranscriptForReader(carol, slug))?.access).toEqual({ visibility: 'group', mine: false, groupId: teamId });
    expect(await share(slug, 'private')).toEqual({ redirect: `/transcripts/${slug}?shared=1` });
    expect(await transcripts.getTranscriptForReader(carol, slug)).toBeNull();
  });
});

describe('the library', () => {
  let alicePrivate: string, aliceGroup: string;

  beforeAll(async () => {
    alicePrivate = (await importOwnedTranscript(db, alice)).slug;
    aliceGroup = (await importOwnedTranscript(db, alice, { visibility: 'group', groupId: teamId })).slug;
  });

  const slugs = async (viewer: Viewer | null, filter?: 'all' | 'mine' | 'group' | 'public') =>
    (await transcripts.listLibrary(viewer, { filter, limit: 100 })).transcripts.map((t) => t.slug);

  it.each([
    { who: 'signed out', viewer: () => null, sees: { private: false, group: false } },
    { who: 'the owner', viewer: () => alice, sees: { private: true, group: true } },
    { who: 'a team member', viewer: () => carol, sees: { private: false, group: true } },
    { who: 'someone outside the team', viewer: () => bob, sees: { private: false, group: false } },
  ])('$who sees only what they may read', async ({ viewer, sees }) => {
    const list = await slugs(viewer());
    expect(list.includes(alicePrivate)).toBe(sees.private);
    expect(list.includes(aliceGroup)).toBe(sees.group);
    expect(list).toContain(support.SLUG);
  });

  it('filters: mine, group, public', async () => {
    expect(await slugs(alice, 'mine')).toEqual(expect.arrayContaining([alicePrivate, aliceGroup]));
    expect(await slugs(alice, 'mine')).not.toContain(support.SLUG);
    expect(await slugs(carol, 'group')).toEqual([aliceGroup]);
    expect(await slugs(carol, 'mine')).toEqual([]);
    expect(await slugs(bob, 'group')).toEqual([]);
    expect(await slugs(alice, 'public')).toEqual([support.SLUG]);
    expect(await slugs(null, 'mine')).toEqual([]);
  });

  it('pages by heldAt and id: every readable transcript once, newest first, undated last', async () => {
    const all = await slugs(alice);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: Awaited<ReturnType<typeof transcripts.listLibrary>> = await transcripts.listLibrary(alice, { after, limit: 2 });
      expect(page.transcripts.length).toBeLessThanOrEqual(2);
      seen.push(...page.transcripts.map((t) => t.slug));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    const dates = (await transcripts.listLibrary(alice, { limit: 100 })).transcripts.map((t) => t.heldAt);
    const firstNull = dates.indexOf(null);
    if (firstNull >= 0) expect(dates.slice(firstNull).every((d) => d === null)).toBe(true);
    const dated = dates.filter((d): d is string => d !== null);
    expect([...dated].sort().reverse()).toEqual(dated);
  });

  it('starts from the top on a malformed cursor', async () => {
    expect((await transcripts.listLibrary(alice, { after: "x' OR 1=1", limit: 100 })).transcripts.map((t) => t.slug)).toEqual(await slugs(alice));
  });
});
