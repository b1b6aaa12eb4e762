import { expect, test } from '@playwright/test';
import { TRANSCRIPT } from './fixtures/corpus';

// The reader is server-rendered; its forms must work before (or without) JavaScript.
test.use({ javaScriptEnabled: false });

test('the speaker filter works as a plain GET form', async ({ page }) => {
  await page.goto(TRANSCRIPT.path);
  await page.getByRole('combobox', { name: '发言人' }).selectOption(TRANSCRIPT.host);
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\?speaker=/);
  const turns = page.locator('article[id^="turn-"]');
  expect(await turns.count()).toBeGreaterThan(1);
  for (const turn of await turns.all()) await expect(turn.getByRole('heading')).toHaveText(TRANSCRIPT.host);
});

test('the language switch works as a plain form post', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Transcripts' })).toBeVisible();
});
