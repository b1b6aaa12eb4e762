import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { groupsZh as zh } from '../lib/i18n/areas/groups-zh';
import { signUp } from './fixtures/accounts';
import { focusedAnnotationId, selectInTurn } from './fixtures/annotations';
import { TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

// Two members of one team read the same transcript in two browsers; what one writes for the
// team appears in the other's page through /api/live, without a reload. The interface is
// Chinese by default; texts come from the groups area, Annotate/Save keep English names.
const mark = (page: Page, id: string) => page.locator(`mark[data-annotation-id="${id}"]`);
// One transcript for both tests: run them one after the other so neither page refreshes for the other's writes.
test.describe.configure({ mode: 'serial' });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('a second browser sees a new group annotation appear live', async ({ browser }) => {
  test.slow();
  const teamName = `实时组 ${Date.now().toString(36)}`;

  // A creates a team; B joins it by its link.
  const a = await newPage(browser);
  await signUp(a, '/groups');
  await a.getByLabel(zh.groupsNameLabel, { exact: true }).fill(teamName);
  await a.getByRole('button', { name: zh.groupsCreateSubmit }).click();
  await expect(a.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
  const groupId = new URL(a.url()).pathname.split('/').pop()!;
  const code = (await a.getByTestId('join-code').textContent())!.trim();
  const b = await newPage(browser);
  await signUp(b, `/join/${code}`);
  await b.getByRole('button', { name: zh.groupsJoinSubmit, exact: true }).click();
  await expect(b.getByTestId('join-code')).toHaveCount(0);

  // B opens the reader and waits until its live stream is on; a marker on window would not
  // survive a navigation or reload.
  await b.goto(TRANSCRIPT.path);
  await expect(b.locator('[data-live-status="on"]')).toBeAttached();
  await b.evaluate(() => ((window as unknown as { liveMarker: string }).liveMarker = 'still here'));
  const urlBefore = b.url();

  // A writes a note for the team.
  await a.goto(TRANSCRIPT.path);
  await selectInTurn(a, 9, '下面开始提问');
  await a.getByRole('button', { name: C.annotate, exact: true }).click();
  await expect(a.getByRole('textbox', { name: C.editor, exact: true })).toBeFocused();
  await a.keyboard.type('实时出现的小组批注');
  await a.getByRole('form', { name: '新批注' }).getByLabel('可见范围').selectOption(`group:${groupId}`);
  await a.getByRole('button', { name: C.save, exact: true }).click();
  const id = await focusedAnnotationId(a);

  // B's page shows the new highlight without any navigation.
  await expect(mark(b, id).first()).toBeVisible();
  expect(await b.evaluate(() => (window as unknown as { liveMarker?: string }).liveMarker)).toBe('still here');
  expect(b.url()).toBe(urlBefore);
  // Closed pages stop listening, so the next test's writes refresh nobody else.
  await a.close();
  await b.close();
});

// Writes committed by another process (as another app instance would) reach an open reader
// through PostgreSQL. Prints the delay from sending COMMIT to the highlight being in the other
// browser's page (wall clock of this machine); no timing is asserted.
test('writes from another process appear live; prints the delay commit → highlight in the page', async ({ browser }) => {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  test.skip(!databaseUrl, 'needs E2E_DATABASE_URL to write into the database the server uses');
  test.slow();
  const reader = await newPage(browser);
  await reader.goto(TRANSCRIPT.path);
  await expect(reader.locator('[data-live-status="on"]')).toBeAttached();
  await reader.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { liveSeen: Record<string, number> }).liveSeen = seen;
    new MutationObserver(() => {
      for (const m of document.querySelectorAll<HTMLElement>('mark[data-annotation-id]')) seen[m.dataset.annotationId!] ??= Date.now();
    }).observe(document.body, { subtree: true, childList: true });
  });

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ transcriptId: string; turnId: string; text: string }>(
      `SELECT t.id AS "transcriptId", tu.id AS "turnId", tu.text FROM "Transcript" t
       JOIN "Turn" tu ON tu."versionId" = t."currentVersionId" WHERE t.slug = $1 AND tu.index = 12`,
      [TRANSCRIPT.slug],
    );
    const turn = rows[0]!;
    const userId = `live-e2e-${Date.now().toString(36)}`;
    await db.query(`INSERT INTO "User" (id, name, email) VALUES ($1, 'Other instance', $1 || '@example.test')`, [userId]);
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      const id = `${userId}-${i}`;
      const chars = Array.from(turn.text);
      const start = 2 * i;
      await db.query('BEGIN');
      await db.query(
        `INSERT INTO "Annotation" (id, "transcriptId", "turnId", "authorId", visibility, start, "end", exact, prefix, suffix, "updatedAt")
         VALUES ($1, $2, $3, $4, 'public', $5, $6, $7, '', '', now())`,
        [id, turn.transcriptId, turn.turnId, userId, start, start + 2, chars.slice(start, start + 2).join('')],
      );
      const sent = Date.now();
      await db.query('COMMIT');
      await expect(mark(reader, id).first()).toBeAttached();
      const appeared = await reader.evaluate((id) => (window as unknown as { liveSeen: Record<string, number> }).liveSeen[id]!, id);
      delays.push(appeared - sent);
    }
    delays.sort((x, y) => x - y);
    console.log(`live delay commit → highlight in another browser, ${delays.length} writes: median ${delays[Math.floor(delays.length / 2)]} ms, max ${delays.at(-1)} ms (all: ${delays.join(', ')})`);
  } finally {
    await db.end();
    await reader.close();
  }
});
