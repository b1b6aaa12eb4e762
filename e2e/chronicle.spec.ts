import { expect, test } from '@playwright/test';
import { CHRONICLE } from './fixtures/corpus';

test('the chronicle shows days in order with their entries', async ({ page }) => {
  await page.goto(CHRONICLE.path);
  await expect(page.getByRole('heading', { level: 1, name: '大事记' })).toBeVisible();
  const days = page.locator('section[id^="day-"]');
  expect(await days.count()).toBeGreaterThan(10);

  const dated = await days.evaluateAll((els) => els.map((el) => el.id).filter((id) => /^day-\d{4}-\d{2}-\d{2}$/.test(id)));
  expect(dated).toEqual([...dated].sort());
  // Every day has at least one entry.
  for (const day of await days.all()) expect(await day.getByRole('listitem').count()).toBeGreaterThan(0);

  const day = page.locator(`#day-${CHRONICLE.pressConferenceDay}`);
  await expect(day.getByRole('heading', { level: 3 })).toContainText('3月26日');
  await expect(day.getByRole('heading', { level: 3 })).toContainText(`${await day.getByRole('listitem').count()} 条`);
});

test('entries without a date sit under “date unknown”, and the day index jumps to a day', async ({ page }) => {
  await page.goto(CHRONICLE.path);
  await expect(page.locator('#day-undated').getByRole('heading')).toContainText('日期不详');

  await page.getByRole('navigation', { name: '日期' }).getByRole('link', { name: '3月26日' }).click();
  await expect(page).toHaveURL(new RegExp(`#day-${CHRONICLE.pressConferenceDay}$`));
  await expect(page.locator(`#day-${CHRONICLE.pressConferenceDay}`)).toBeInViewport();
});

test('day headings follow the interface language', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await page.goto(CHRONICLE.path);
  await expect(page.locator(`#day-${CHRONICLE.pressConferenceDay}`).getByRole('heading')).toContainText('Mar 26');
  await expect(page.locator('#day-undated').getByRole('heading')).toContainText('Date unknown');
});
