import { expect, test } from '@playwright/test';
import { TRANSCRIPT } from './fixtures/corpus';

test('the language switch translates the interface, never the content, and switches back', async ({ page }) => {
  await page.goto(TRANSCRIPT.path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '实录' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Transcripts' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Chronicle' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Speakers' })).toBeVisible();
  await expect(page.locator('#turn-1')).toContainText('Host');
  // Content stays as written.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.locator('#turn-1').getByRole('heading')).toHaveText(TRANSCRIPT.host);

  // The choice is a cookie: it holds on the next page.
  await nav.getByRole('link', { name: 'Chronicle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chronicle' })).toBeVisible();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '大事记' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '大事记' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test.describe('a browser that asks for English', () => {
  test.use({ locale: 'en-GB' });

  test('gets the English interface without choosing, and can still switch', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Transcripts' })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
