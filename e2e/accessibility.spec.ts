import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importZh } from '../lib/i18n/areas/import-zh';
import { signUp } from './fixtures/accounts';
import { focusedAnnotationId, selectInTurn } from './fixtures/annotations';
import { expectAccessible } from './fixtures/axe';
import { TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

// Every page, signed out and signed in, in both interface languages where the words differ.
const PUBLIC_PAGES = [
  '/',
  TRANSCRIPT.path,
  `${TRANSCRIPT.path}/claims`,
  `${TRANSCRIPT.path}/coverage`,
  `${TRANSCRIPT.path}/overview`,
  `${TRANSCRIPT.path}/print`,
  `${TRANSCRIPT.path}/turns/4`,
  `${TRANSCRIPT.path}/turns/4/coverage`,
  '/chronicle',
  '/search?q=口罩',
  '/search?q=不存在的词语组合',
  '/export',
  '/signin',
  '/signup',
  '/groups',
  '/assignments',
  '/no-such-page',
];

test('signed out: every public page passes axe (WCAG 2.2 AA)', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test.describe('English interface', () => {
  test.use({ locale: 'en-US' });

  test('signed out: the reader, search and chronicle pass axe', async ({ page }) => {
    for (const path of [TRANSCRIPT.path, '/search?q=口罩', '/chronicle']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectAccessible(page, `${path} (en)`);
    }
  });
});

test('signed in: the import page, its preview and refusal, and the library pass axe', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, '/import');
  await expectAccessible(page, 'import (empty)');
  await page.getByLabel(importZh.importTextLabel).fill(readFileSync(join(process.cwd(), 'e2e', 'fixtures', 'fm-briefing.txt'), 'utf8'));
  await page.getByRole('button', { name: importZh.importPreview, exact: true }).click();
  await expect(page.getByRole('region', { name: importZh.importPreviewTitle })).toBeVisible();
  await expectAccessible(page, 'import preview');
  await page.getByLabel(importZh.importTextLabel).fill('只有一行文字，不是实录。');
  await page.getByRole('button', { name: importZh.importPreviewAgain, exact: true }).click();
  await expect(page.getByRole('region', { name: importZh.importErrorsTitle })).toBeVisible();
  await expectAccessible(page, 'import refused');
  await page.goto('/?show=mine');
  await expectAccessible(page, 'library, mine (signed in)');
});

test('signed in: reader with a note open, permalink, groups and exports pass axe', async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, TRANSCRIPT.path);
  await selectInTurn(page, 2, '非常高兴和各位记者朋友见面');
  await page.getByRole('button', { name: C.highlight, exact: true }).click();
  const id = await focusedAnnotationId(page);
  await expectAccessible(page, 'reader with the panel open');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'shortcut sheet');
  await page.keyboard.press('Escape');
  for (const path of [`/annotations/${id}`, '/groups', '/assignments', '/export', `${TRANSCRIPT.path}/print`, `${TRANSCRIPT.path}/overview`]) {
    await page.goto(path);
    await expectAccessible(page, `${path} (signed in)`);
  }
});

test.describe('groups, boards and classes (English interface)', () => {
  test.use({ locale: 'en-US' });

  test('team page, claim board, class page, new assignment, dashboard and My assignments pass axe', async ({ page }) => {
    test.setTimeout(240_000);
    const run = Date.now().toString(36);
    await signUp(page, '/groups');
    await expectAccessible(page, '/groups (signed in, empty)');
    const create = page.getByRole('form', { name: 'Create a group' });
    await create.getByLabel('Name').fill(`Team ${run}`);
    await create.getByLabel('Kind').selectOption('team');
    await create.getByRole('button', { name: 'Create group' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Team ${run}` })).toBeVisible();
    await expectAccessible(page, 'team page (owner)');
    const teamUrl = new URL(page.url()).pathname;
    await page.goto(`${teamUrl}/board/${TRANSCRIPT.slug}`);
    await expectAccessible(page, 'claim board');
    const code = (await page.goto(teamUrl).then(() => page.getByTestId('join-code').textContent()))!.trim();
    await page.goto(`/join/${code}`);
    await expectAccessible(page, 'join page');

    await page.goto('/groups');
    await create.getByLabel('Name').fill(`Class ${run}`);
    await create.getByLabel('Kind').selectOption('class');
    await create.getByRole('button', { name: 'Create group' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Class ${run}` })).toBeVisible();
    await expectAccessible(page, 'class page (teacher)');
    await page.getByRole('link', { name: 'New assignment' }).click();
    await expectAccessible(page, 'new assignment form');
    await page.getByLabel('Title').fill(`Turns 10–14 ${run}`);
    await page.getByLabel('From turn').fill('10');
    await page.getByLabel('To turn').fill('14');
    await page.getByRole('button', { name: 'Assign' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Class progress: Turns 10–14 ${run}` })).toBeVisible();
    await expectAccessible(page, 'teacher dashboard');
    const assignmentId = new URL(page.url()).pathname.split('/').pop()!;
    await page.goto(`${TRANSCRIPT.path}?assignment=${assignmentId}`);
    await expect(page.getByRole('region', { name: `Turns 10–14 ${run}` })).toBeVisible();
    await expectAccessible(page, 'reader with an assignment banner');
    await page.goto('/assignments');
    await expectAccessible(page, 'My assignments (teacher)');
  });
});
