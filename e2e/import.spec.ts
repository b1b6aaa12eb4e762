import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { groupsZh } from '../lib/i18n/areas/groups-zh';
import { importZh as zh } from '../lib/i18n/areas/import-zh';
import { signUp } from './fixtures/accounts';
import { focusedAnnotationId, selectInTurn } from './fixtures/annotations';
import { C } from './fixtures/controls';

// Bring your own press conference: a new reader pastes a (synthetic) Foreign Ministry briefing,
// corrects the spokesperson's title in the preview, stores it, annotates a sentence and shares
// it with a team; a reader outside the team gets 404, a member who joins reads it. The interface
// is Chinese (zh-CN browser); texts come from the import area.
const BRIEFING = readFileSync(join(process.cwd(), 'e2e', 'fixtures', 'fm-briefing.txt'), 'utf8');
const NEW_TITLE = '外交部新闻司副司长';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The page is no wider than the window (no sideways scrolling). */
async function expectNoOverflow(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('signed out, /import asks to sign in first', async ({ page }) => {
  await page.goto('/import');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fimport$/);
});

test('a new reader imports a briefing, corrects the roster, annotates it and shares it with a team', async ({ browser }) => {
  test.slow();
  // A signs up and lands on the import page.
  const a = await newPage(browser);
  await signUp(a, '/import');
  await expect(a.getByRole('heading', { level: 1, name: zh.importPageTitle })).toBeVisible();
  await a.getByLabel(zh.importTextLabel).fill(BRIEFING);
  await a.getByRole('button', { name: zh.importPreview, exact: true }).click();

  // The preview: layout, coverage, header, nine turns; nothing stored yet.
  const preview = a.getByRole('region', { name: zh.importPreviewTitle });
  await expect(preview).toContainText(zh.importLayoutQuestionAnswer);
  await expect(a.getByTestId('import-coverage')).toHaveText('100%');
  await expect(preview).toContainText('2024-05-14');
  await expect(a.getByRole('heading', { name: '9 段发言' })).toBeVisible();
  for (const width of [320, 1280]) await expectNoOverflow(a, width);

  // The spokesperson's title, corrected with the keyboard.
  const spokesperson = a.getByRole('group', { name: '王某某' });
  const title = spokesperson.getByLabel(zh.importSpeakerTitle);
  await expect(title).toHaveValue('外交部发言人');
  await title.click();
  await a.keyboard.press('Control+A');
  await a.keyboard.type(NEW_TITLE);
  await a.getByRole('button', { name: zh.importStore, exact: true }).click();

  // The reader opens on the stored transcript, with the corrected title in the roster.
  await expect(a).toHaveURL(/\/transcripts\/2024-05-14-[0-9a-f]{8}/);
  const readerPath = new URL(a.url()).pathname;
  await expect(a.getByRole('heading', { level: 1 })).toContainText('外交部发言人王某某主持例行记者会');
  await expect(a.locator('main')).toContainText(NEW_TITLE);

  // A annotates a sentence of the first answer.
  await selectInTurn(a, 3, '两国外长将举行会谈');
  await a.getByRole('button', { name: C.annotate, exact: true }).click();
  await expect(a.getByRole('textbox', { name: C.editor, exact: true })).toBeFocused();
  await a.keyboard.type('会谈的日期待核实');
  await a.getByRole('button', { name: C.save, exact: true }).click();
  await focusedAnnotationId(a);

  // A creates a team and shares the transcript with it.
  const teamName = `导入组 ${Date.now().toString(36)}`;
  await a.goto('/groups');
  await a.getByLabel(groupsZh.groupsNameLabel, { exact: true }).fill(teamName);
  await a.getByRole('button', { name: groupsZh.groupsCreateSubmit }).click();
  await expect(a.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
  const groupId = new URL(a.url()).pathname.split('/').pop()!;
  const code = (await a.getByTestId('join-code').textContent())!.trim();
  await a.goto(readerPath);
  const sharing = a.getByRole('form', { name: zh.sharingTitle });
  await sharing.getByLabel(zh.sharingLabel).selectOption(`group:${groupId}`);
  await sharing.getByRole('button', { name: zh.sharingSave }).click();
  await expect(a.getByRole('status').filter({ hasText: zh.sharingSaved })).toBeVisible();
  await expect(a.getByRole('form', { name: zh.sharingTitle }).getByLabel(zh.sharingLabel)).toHaveValue(`group:${groupId}`);

  // A reader outside the team: 404 on the reader, its print view and the library shows nothing of it.
  const c = await newPage(browser);
  await signUp(c, '/');
  for (const path of [readerPath, `${readerPath}/print`, `${readerPath}/overview`]) expect((await c.goto(path))?.status(), path).toBe(404);
  await c.goto('/');
  await expect(c.locator('main')).not.toContainText('王某某');

  // A reader who joins the team reads it, and finds it in the library under "shared with my groups".
  const b = await newPage(browser);
  await signUp(b, `/join/${code}`);
  await b.getByRole('button', { name: groupsZh.groupsJoinSubmit, exact: true }).click();
  await expect(b).toHaveURL(new RegExp(`/groups/${groupId}$`));
  expect((await b.goto(readerPath))?.status()).toBe(200);
  await expect(b.locator('main')).toContainText(NEW_TITLE);
  await b.goto('/?show=group');
  await expect(b.getByRole('link', { name: /外交部发言人王某某主持例行记者会/ })).toBeVisible();
});

test('a briefing whose spokesperson the header does not name is refused with its lines, nothing stored', async ({ page }) => {
  await signUp(page, '/import');
  // 某某 is no name (no surname): the opening paragraph belongs to nobody, so the parse explains too little.
  await page.getByLabel(zh.importTextLabel).fill(BRIEFING.replace('发言人王某某主持', '发言人某某主持'));
  await page.getByRole('button', { name: zh.importPreview, exact: true }).click();
  const errors = page.getByRole('region', { name: zh.importErrorsTitle });
  await expect(errors).toContainText('第 3 行');
  await expect(errors).toContainText('女士们、先生们，下午好。');
  await expect(page.getByRole('button', { name: zh.importStore })).toHaveCount(0);
  await expectNoOverflow(page, 320);
});
