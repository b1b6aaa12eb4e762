import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signUp } from './fixtures/accounts';
import { focusedAnnotationId, highlightText, selectInTurn, waitForAnnotationLayer } from './fixtures/annotations';
import { TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

// The interface is Chinese (the browser asks for zh-CN); control names: fixtures/controls.ts.
const annotate = (page: Page) => page.getByRole('button', { name: C.annotate, exact: true });
const save = (page: Page) => page.getByRole('button', { name: C.save, exact: true });
const editor = (page: Page) => page.getByRole('textbox', { name: C.editor, exact: true });
const mark = (page: Page, id: string) => page.locator(`mark[data-annotation-id="${id}"]`);
const card = (page: Page, id: string) => page.locator(`#annotation-${id}`);

test('a note with bold text and a tag: private to its author, then public for everyone', async ({ page, browser }) => {
  test.slow();
  // Specs share one database: a token tells this run's note from earlier ones on the same words.
  const bold = `值得注意 ${Date.now().toString(36)}`;
  await signUp(page, TRANSCRIPT.path);
  await expect(page).toHaveURL(TRANSCRIPT.path);

  await selectInTurn(page, 2, '非常高兴和各位记者朋友见面');
  await expect(page.getByRole('button', { name: C.highlight, exact: true })).toBeVisible();
  await annotate(page).click();
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('这句话');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(bold);
  const form = page.getByRole('form', { name: '新批注' });
  await form.getByLabel('标签').fill('外交, 开场');
  await save(page).click();
  const id = await focusedAnnotationId(page);

  await page.reload();
  await expect(mark(page, id)).toHaveText('非常高兴和各位记者朋友见面');
  await expect(card(page, id).locator('strong')).toHaveText(bold);
  await expect(card(page, id)).toContainText('#外交');
  await expect(card(page, id)).toContainText('仅自己可见');
  await expect(page.locator('#turn-2').getByRole('link', { name: /^本段有 \d+ 条批注$/ })).toBeVisible();

  // The tag filter is a plain GET form: the highlight stays for its tag and goes for another.
  const filters = page.getByRole('region', { name: '筛选批注' });
  await filters.getByLabel('标签').fill('外交');
  await filters.getByRole('button', { name: '应用' }).click();
  await expect(page).toHaveURL(/tag=/);
  await expect(mark(page, id)).toBeVisible();
  await filters.getByLabel('标签').fill('没有这个标签');
  await filters.getByRole('button', { name: '应用' }).click();
  await expect(page).toHaveURL(/tag=%E6%B2%A1/);
  await expect(mark(page, id)).toHaveCount(0);
  await page.goto(`${TRANSCRIPT.path}?annotation=${id}`);
  await waitForAnnotationLayer(page);

  // Someone else sees neither the highlight nor the note, not even at its own address.
  const other = await (await browser.newContext()).newPage();
  await signUp(other, TRANSCRIPT.path);
  await expect(other.locator('#turn-2')).toBeVisible();
  await expect(mark(other, id)).toHaveCount(0);
  await expect(other.getByText(bold)).toHaveCount(0);
  expect((await other.goto(`/annotations/${id}`))?.status()).toBe(404);

  // The author makes it public.
  await card(page, id).getByRole('button', { name: '编辑' }).click();
  await card(page, id).getByLabel('可见范围').selectOption('public');
  await card(page, id).getByRole('button', { name: '更新' }).click();
  await expect(card(page, id)).toContainText('公开');

  // Now the other reader sees it, opens it from the highlight and replies.
  await other.goto(TRANSCRIPT.path);
  await expect(mark(other, id)).toHaveText('非常高兴和各位记者朋友见面');
  await waitForAnnotationLayer(other);
  await mark(other, id).click();
  await expect(other).toHaveURL(new RegExp(`annotation=${id}`));
  await expect(card(other, id).locator('strong')).toHaveText(bold);
  await expect(card(other, id).getByRole('button', { name: '编辑' })).toHaveCount(0);
  await card(other, id).getByRole('textbox', { name: '回复内容' }).fill('同意，这是开场白。');
  await card(other, id).getByRole('button', { name: '发布回复' }).click();
  await expect(card(other, id)).toContainText('同意，这是开场白。');

  // A visitor who is not signed in sees the public highlight, but gets no Annotate button.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(TRANSCRIPT.path);
  await expect(mark(visitor, id)).toBeVisible();
  await selectInTurn(visitor, 4, '大家上午好');
  await expect(visitor.locator('#turns').getByRole('link', { name: '登录后批注' })).toBeVisible();
  await expect(annotate(visitor)).toHaveCount(0);

  // Its own page links back to the spot in the transcript.
  await visitor.goto(`/annotations/${id}`);
  await expect(visitor.locator('strong')).toHaveText(bold);
  await expect(visitor.getByText('同意，这是开场白。')).toBeVisible();
  await visitor.getByRole('link', { name: /在实录中查看/ }).click();
  await expect(visitor).toHaveURL(new RegExp(`\\?annotation=${id}#turn-2$`));
  await expect(card(visitor, id)).toBeVisible();
});

test('keyboard only: choose a sentence with the arrow keys, write a note and save it', async ({ page }) => {
  await signUp(page, TRANSCRIPT.path);
  // The fragment moves the browser's sequential focus starting point to turn 4, as following a
  // permalink does; from there on only keys are pressed.
  await page.goto(`${TRANSCRIPT.path}#turn-4`);
  await waitForAnnotationLayer(page);
  const onPicker = () => page.evaluate(() => document.activeElement?.matches('#turn-4 [data-sentence-picker]') ?? false);
  for (let i = 0; i < 40 && !(await onPicker()); i++) await page.keyboard.press('Tab');
  expect(await onPicker()).toBe(true);

  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: '第 2/' })).toContainText('女士们、先生们，大家上午好。');
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('用键盘写的批注');
  const onSave = () => page.evaluate((save) => document.activeElement?.textContent === save, C.save);
  for (let i = 0; i < 10 && !(await onSave()); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const id = await focusedAnnotationId(page);
  await expect(mark(page, id)).toHaveText('女士们、先生们，大家上午好。');
  await expect(card(page, id)).toContainText('用键盘写的批注');
  await expect(card(page, id)).toBeFocused();
});

test('overlapping highlights both render, the shared words in both marks', async ({ page }) => {
  await signUp(page, TRANSCRIPT.path);
  await selectInTurn(page, 6, '在习近平总书记亲自部署');
  await page.getByRole('button', { name: C.highlight, exact: true }).click();
  const first = await focusedAnnotationId(page);
  await expect(mark(page, first)).toHaveText('在习近平总书记亲自部署');

  await selectInTurn(page, 6, '亲自部署、亲自指挥');
  await page.getByRole('button', { name: C.highlight, exact: true }).click();
  await expect(page).not.toHaveURL(new RegExp(`annotation=${first}`));
  const second = await focusedAnnotationId(page);

  expect(await highlightText(page, first)).toBe('在习近平总书记亲自部署');
  expect(await highlightText(page, second)).toBe('亲自部署、亲自指挥');
  const shared = page.locator(`mark[data-annotation-ids~="${first}"][data-annotation-ids~="${second}"]`);
  await expect(shared).toHaveText('亲自部署');
  // The shared words sit inside both marks, so their tints add up.
  await expect(shared.locator(`xpath=ancestor::mark[@data-annotation-id="${first}"]`)).toHaveCount(1);
});

test('a claim needs evidence for any status but unverified, and shows in the claims list', async ({ page }) => {
  const quote = 'CGTN特别在网上对这次新闻发布会进行了预热';
  await signUp(page, TRANSCRIPT.path);
  await selectInTurn(page, 12, quote);
  await annotate(page).click();
  await editor(page).fill('预热的范围有多大？');
  await page.getByRole('form', { name: '新批注' }).getByLabel('这是一项需要核查的说法').check();
  await save(page).click();
  const id = await focusedAnnotationId(page);
  const claim = card(page, id);
  await expect(claim).toContainText('事实陈述 · 未核实');

  await claim.getByRole('button', { name: '修改核查状态' }).click();
  await claim.getByLabel('核查状态').selectOption('disputed');
  await claim.getByRole('button', { name: '更新状态' }).click();
  await expect(claim.getByRole('alert')).toContainText('都需要依据');
  await claim.getByLabel(/依据链接/).fill('https://example.org/cgtn-survey');
  await claim.getByRole('button', { name: '更新状态' }).click();
  await expect(claim).toContainText('事实陈述 · 有争议');
  await expect(claim.getByRole('link', { name: 'https://example.org/cgtn-survey' })).toBeVisible();
  await expect(claim).toContainText('改为“有争议”');

  await page.goto(`${TRANSCRIPT.path}/claims`);
  const row = page.getByRole('row').filter({ hasText: quote });
  await expect(row).toContainText('有争议');
  await expect(row.getByRole('cell').nth(4)).toHaveText('1');
  await row.getByRole('link', { name: '打开' }).click();
  await expect(page).toHaveURL(`/annotations/${id}`);
  await expect(page.getByText('预热的范围有多大？')).toBeVisible();
});

test('a phone shows the focused turn’s annotations in a drawer without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, TRANSCRIPT.path);
  await selectInTurn(page, 9, '下面开始提问');
  await page.getByRole('button', { name: C.highlight, exact: true }).click();
  const id = await focusedAnnotationId(page);
  await expect(card(page, id)).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('link', { name: '关闭批注栏' }).click();
  await expect(page).not.toHaveURL(/turn=/);
  await expect(card(page, id)).toHaveCount(0);
});

test('without JavaScript the annotation count opens the turn’s annotations', async ({ page, browser }) => {
  await signUp(page, TRANSCRIPT.path);
  await selectInTurn(page, 11, '这个问题问得很好');
  await annotate(page).click();
  await editor(page).fill('好问题');
  await page.getByRole('form', { name: '新批注' }).getByLabel('可见范围').selectOption('public');
  await save(page).click();
  const id = await focusedAnnotationId(page);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(TRANSCRIPT.path);
  await plain.locator('#turn-11').getByRole('link', { name: /^本段有 \d+ 条批注$/ }).click();
  await expect(plain).toHaveURL(/turn=11/);
  await expect(plain.getByRole('heading', { name: '第 11 段的批注' })).toBeVisible();
  await expect(card(plain, id)).toContainText('好问题');
});

test('after a corrected version is imported the highlight stays on the same words', async ({ page }) => {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  test.skip(!databaseUrl, 'needs E2E_DATABASE_URL to import into the database the server uses');
  test.slow();
  await signUp(page, TRANSCRIPT.path);
  await selectInTurn(page, 8, '全球新冠肺炎疫情多点暴发');
  await page.getByRole('button', { name: C.highlight, exact: true }).click();
  const id = await focusedAnnotationId(page);

  // The correction adds words before the highlight, so its offsets must move. A token makes
  // each run's correction new: importing a text an earlier version already had changes nothing.
  const token = Date.now().toString(36);
  const original = readFileSync('prisma/seed/data/scio-2020-03-26-press-conference.txt', 'utf8');
  const corrected = original.replace('谢谢主持人。各位记者朋友，大家上午好。', `谢谢胡主持人（${token}）。各位记者朋友们，大家上午好！`);
  expect(corrected).not.toBe(original);
  const file = join(mkdtempSync(join(tmpdir(), 'rostrum-e2e-')), 'corrected.txt');
  writeFileSync(file, corrected);
  execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/transcript-import.ts', file, '--slug', TRANSCRIPT.slug], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'pipe',
  });

  await page.reload();
  await expect(page.locator('#turn-8')).toContainText(`谢谢胡主持人（${token}）。`);
  expect(await highlightText(page, id)).toBe('全球新冠肺炎疫情多点暴发');
});
