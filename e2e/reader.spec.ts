import { expect, test, type Page } from '@playwright/test';
import { TRANSCRIPT } from './fixtures/corpus';

const turns = (page: Page) => page.locator('article[id^="turn-"]');

/** True when the element is the document's :target, i.e. the URL fragment points at it. */
const isTarget = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.matches(':target'));

test('the home page lists the transcript and opens it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '新闻发布会实录' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: TRANSCRIPT.titleStart });
  await expect(card).toContainText('2020年3月26日');
  await expect(card).toContainText('10:00');
  await expect(card).toContainText('财新网');
  await expect(card).toContainText(`${TRANSCRIPT.turns} 段发言`);

  await card.getByRole('link', { name: new RegExp(TRANSCRIPT.titleStart) }).click();
  await expect(page).toHaveURL(TRANSCRIPT.path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TRANSCRIPT.titleStart);
});

test('the reader shows every turn with speaker, role and Beijing time', async ({ page }) => {
  await page.goto(TRANSCRIPT.path);
  await expect(turns(page)).toHaveCount(TRANSCRIPT.turns);
  // Ids are exactly turn-1 … turn-43, in order.
  const ids = await turns(page).evaluateAll((els) => els.map((el) => el.id));
  expect(ids).toEqual(Array.from({ length: TRANSCRIPT.turns }, (_, i) => `turn-${i + 1}`));

  const first = page.locator('#turn-1');
  await expect(first.getByRole('heading')).toHaveText(TRANSCRIPT.host);
  await expect(first).toContainText('主持人');
  await expect(first.locator(':scope > header time')).toHaveText(TRANSCRIPT.firstTurnTime);
  await expect(first.getByRole('link', { name: '第 1 段的链接' })).toHaveAttribute('href', '#turn-1');

  const official = turns(page).filter({ has: page.getByRole('heading', { name: TRANSCRIPT.official.name }) }).first();
  await expect(official.getByRole('heading')).toContainText(TRANSCRIPT.official.title);
  await expect(official).toContainText('发布人');
  // Paragraphs of a turn are separate <p> elements.
  expect(await official.locator('p').count()).toBeGreaterThan(1);
});

test('the roster names speakers with title or outlet and their number of turns', async ({ page }) => {
  await page.goto(TRANSCRIPT.path);
  const roster = page.getByRole('region', { name: '发言人' });
  const official = roster.getByRole('listitem').filter({ hasText: TRANSCRIPT.official.name });
  await expect(official).toContainText(TRANSCRIPT.official.title);
  await expect(official).toContainText(/\d+ 段/);
  await expect(roster.getByRole('listitem').filter({ hasText: TRANSCRIPT.journalist })).toContainText('1 段');
});

test('a deep link targets its turn and scrolls it into view', async ({ page }) => {
  await page.goto(`${TRANSCRIPT.path}#turn-20`);
  await expect(page.locator('#turn-20')).toBeInViewport();
  expect(await isTarget(page, '#turn-20')).toBe(true);
});

test('a question in the jump list lands on that question', async ({ page }) => {
  await page.goto(TRANSCRIPT.path);
  const jumpList = page.getByRole('navigation', { name: /^问答/ });
  const questions = jumpList.getByRole('link');
  expect(await questions.count()).toBeGreaterThan(5);
  const third = questions.nth(2);
  const href = await third.getAttribute('href');
  expect(href).toMatch(/^#turn-\d+$/);

  await third.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const target = page.locator(href!);
  await expect(target).toBeInViewport();
  expect(await isTarget(page, href!)).toBe(true);
  await expect(target).toHaveAttribute('data-role', 'journalist');
  await expect(target).toContainText('记者');
});

test('the speaker filter shows only one speaker, keeps turn ids and clears', async ({ page }) => {
  await page.goto(TRANSCRIPT.path);
  const name = TRANSCRIPT.official.name;
  const expectedIds = await turns(page)
    .filter({ has: page.getByRole('heading', { name }) })
    .evaluateAll((els) => els.map((el) => el.id));
  expect(expectedIds.length).toBeGreaterThan(1);

  await page.getByRole('combobox', { name: '发言人' }).selectOption(name);
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\?speaker=/);
  await expect(turns(page)).toHaveCount(expectedIds.length);
  expect(await turns(page).evaluateAll((els) => els.map((el) => el.id))).toEqual(expectedIds);
  for (const turn of await turns(page).all()) await expect(turn.getByRole('heading')).toContainText(name);
  await expect(page.getByRole('status')).toContainText(`显示 ${expectedIds.length} / ${TRANSCRIPT.turns} 段发言`);
  await expect(page.getByRole('combobox', { name: '发言人' })).toHaveValue(name);

  await page.getByRole('link', { name: '清除筛选' }).click();
  await expect(page).not.toHaveURL(/speaker=/);
  await expect(turns(page)).toHaveCount(TRANSCRIPT.turns);
});

test('the timeline draws one bar per timed turn and each bar links to its turn', async ({ page }) => {
  await page.goto(TRANSCRIPT.path);
  const timeline = page.getByRole('group', { name: '发布会进程' });
  await expect(timeline).toBeVisible();
  const timedTurns = await page.locator('article[id^="turn-"] > header time').count();
  expect(timedTurns).toBe(TRANSCRIPT.turns);
  await expect(timeline.getByRole('link')).toHaveCount(timedTurns);
  // Axis from the start of the conference to the 10 minutes after its last turn.
  await expect(timeline.getByText('10:00', { exact: true })).toBeAttached();
  await expect(timeline.getByText('12:10', { exact: true })).toBeAttached();

  const bar = timeline.getByRole('link', { name: /^第 20 段：/ });
  await expect(bar).toHaveAttribute('href', '#turn-20');
  await bar.click();
  await expect(page).toHaveURL(/#turn-20$/);
  await expect(page.locator('#turn-20')).toBeInViewport();
});

test('an unknown transcript is a 404 page', async ({ page }) => {
  const response = await page.goto('/transcripts/no-such-press-conference');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
  await page.getByRole('link', { name: '返回实录列表' }).click();
  await expect(page).toHaveURL('/');
});
