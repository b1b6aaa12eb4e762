import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { signUp } from './fixtures/accounts';
import { focusedAnnotationId, selectInTurn } from './fixtures/annotations';
import { TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

test('search finds Chinese words in turns and the chronicle, marks them and links to the turn', async ({ page }) => {
  await page.goto('/search');
  await page.getByRole('searchbox').fill('檢測試劑');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.getByRole('region', { name: '结果' });
  await expect(results.getByRole('status')).toContainText('条结果');
  await expect(results.locator('mark').first()).toHaveText('检测试剂');
  await results.getByRole('link', { name: /第 \d+ 段/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${TRANSCRIPT.path}#turn-\\d+$`));

  await page.goto('/search?q=钟南山&kind=chronicle');
  await expect(page.getByRole('region', { name: '结果' }).locator('mark').first()).toHaveText('钟南山');
  await expect(page.getByRole('region', { name: '结果' }).getByRole('link').first()).toHaveAttribute('href', /^\/chronicle#entry-/);
});

test('export my annotations as Web Annotation JSON-LD, import them back (nothing twice), print view', async ({ page }) => {
  await signUp(page, TRANSCRIPT.path);
  await selectInTurn(page, 2, '非常高兴和各位记者朋友见面');
  await page.getByRole('button', { name: C.highlight, exact: true }).click();
  await focusedAnnotationId(page);

  await page.goto('/export');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: '我的全部批注（JSON-LD）' }).click();
  const download = await downloadPromise;
  const file = await download.path();
  const json = JSON.parse(await readFile(file, 'utf8')) as { type: string; total: number; first: { items: Array<{ target: { selector: Array<{ value: string }> } }> } };
  expect(json.type).toBe('AnnotationCollection');
  expect(json.total).toBe(1);
  expect(json.first.items[0]!.target.selector[0]!.value).toBe('turn-2');

  await page.getByLabel('Web Annotation 文件').setInputFiles(file);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已导入 0 条，跳过已有的 1 条。');

  await page.goto(`${TRANSCRIPT.path}/print`);
  // Other specs' public annotations print too; ours is among them, numbered.
  await expect(page.getByText(/共 \d+ 条批注/)).toBeVisible();
  await expect(page.locator('#main mark', { hasText: '非常高兴和各位记者朋友见面' }).first()).toBeVisible();
});
