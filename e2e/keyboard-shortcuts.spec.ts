import { expect, test } from '@playwright/test';
import { signUp } from './fixtures/accounts';
import { waitForAnnotationLayer } from './fixtures/annotations';
import { TRANSCRIPT } from './fixtures/corpus';

test('keyboard only: ? opens the shortcut sheet, j/k move between turns, a starts annotating the turn', async ({ page }) => {
  await signUp(page, TRANSCRIPT.path);
  await waitForAnnotationLayer(page);

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row')).toHaveCount(5);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // At the top of the page the current turn is the first one.
  await page.keyboard.press('j');
  await expect(page.locator('#turn-2')).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('#turn-3')).toBeFocused();
  await expect(page).toHaveURL(/#turn-3$/);
  await page.keyboard.press('k');
  await expect(page.locator('#turn-2')).toBeFocused();

  await page.keyboard.press('a');
  await expect(page.locator('#turn-2 [data-sentence-picker]')).toHaveAttribute('aria-pressed', 'true');
});
