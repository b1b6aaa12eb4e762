import { expect, test } from '@playwright/test';
import { TRANSCRIPT } from './fixtures/corpus';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the reader is one column without sideways scrolling of the page', async ({ page }) => {
  await page.goto(TRANSCRIPT.path);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);

  // The filter and jump list come before the turns, stacked, not beside them.
  const side = await page.getByRole('combobox', { name: '发言人' }).boundingBox();
  const firstTurn = await page.locator('#turn-1').boundingBox();
  expect(side && firstTurn && side.y < firstTurn.y).toBe(true);
  expect(firstTurn!.width).toBeGreaterThan(300);

  // The timeline keeps a readable size and scrolls inside its own box instead.
  const scroller = page.getByRole('group', { name: '发布会进程' }).locator('..');
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
});
