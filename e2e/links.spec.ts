import { expect, test, type Page } from '@playwright/test';
import { CHRONICLE, TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

// Every test makes its own account, so the specs run in parallel and need no teardown. Several
// tests may confirm the same suggestion, so counts are matched loosely.
const newAccount = () => {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return { name: `Linker ${id}`, email: `linker-${id}@example.test`, password: `pass ${id} 密码` };
};

async function signUp(page: Page) {
  const account = newAccount();
  await page.goto('/signup');
  await page.getByLabel(C.name, { exact: true }).fill(account.name);
  await page.getByLabel(C.email, { exact: true }).fill(account.email);
  await page.getByLabel(C.password, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: C.createAccount, exact: true }).click();
  await expect(page.getByRole('banner').getByText(account.name)).toBeVisible();
  return account;
}

/** 邓波清's turn: 4 batches of aid to 89 countries and 4 international organisations. */
const AID_TURN = { index: 8, speaker: '邓波清', path: `${TRANSCRIPT.path}/turns/8` };
/** The chronicle entry the engine ranks first for that turn. */
const AID_ENTRY = '国家国际发展合作署数据显示';

const relatedEntries = (page: Page) => page.getByRole('region', { name: '相关大事记' });
const linkItem = (page: Page, text: string) => relatedEntries(page).locator('li[data-origin]').filter({ hasText: text });

test('confirm a suggestion publicly, find the turn under the chronicle entry, compare the news coverage', async ({ page, browser }) => {
  await signUp(page);
  await page.goto(AID_TURN.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`第 ${AID_TURN.index} 段 · ${AID_TURN.speaker}`);

  const item = linkItem(page, AID_ENTRY);
  await expect(item.getByRole('list', { name: '关联依据' })).toContainText('89个国家');
  await item.getByLabel('可见范围').selectOption('public');
  await item.getByRole('textbox', { name: /备注/ }).fill('发布会当天的数据，与发言一致。');
  await item.getByRole('button', { name: '确认', exact: true }).click();
  await expect(linkItem(page, AID_ENTRY).getByText('你已确认（公开）')).toBeVisible();
  await expect(linkItem(page, AID_ENTRY)).toContainText(/[1-9]\d* 人确认/);
  await expect(linkItem(page, AID_ENTRY)).toContainText('发布会当天的数据，与发言一致。');

  // The chronicle shows the turn under the entry, for the confirmer and for a signed-out reader.
  for (const reader of [page, await (await browser.newContext()).newPage()]) {
    await reader.goto(CHRONICLE.path);
    const entry = reader.locator('li[id^="entry-"]').filter({ hasText: AID_ENTRY });
    const turnLink = entry.getByRole('link', { name: new RegExp(`第 ${AID_TURN.index} 段 · ${AID_TURN.speaker}`) });
    await expect(turnLink).toHaveAttribute('href', `${TRANSCRIPT.path}#turn-${AID_TURN.index}`);
  }

  // The coverage view: the news passage beside the turn's sentence, differences marked.
  await page.goto(AID_TURN.path);
  await page.getByRole('link', { name: '新闻报道对照' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`第 ${AID_TURN.index} 段发言的新闻报道`);
  await expect(page.getByRole('complementary', { name: '标记说明' })).toBeVisible();
  const comparison = page.getByRole('listitem').filter({ hasText: '邓波清认为' }).first();
  await expect(comparison.getByRole('region', { name: '发言原句' })).toContainText('开展对外抗疫援助，也有利于中国控制和降低境外疫情输入的风险');
  await expect(comparison.getByRole('region', { name: '新闻报道' }).locator('ins').first()).toHaveText('国家国际发展合作署副署长邓波清认为（报道新增）');
  // 八十九 in the headline is the turn's 89: written differently, not marked.
  const headline = page.getByRole('listitem').filter({ hasText: '标题' }).first();
  await expect(headline.getByRole('region', { name: '新闻报道' })).toContainText('八十九个国家');
  await expect(headline.locator('mark')).toHaveCount(0);
  await expect(page.locator('del').first()).toBeVisible();
});

test('a private rejection is seen by its author only; withdrawing it removes it', async ({ page, browser }) => {
  await signUp(page);
  await page.goto(AID_TURN.path);
  const item = () => linkItem(page, '塞尔维亚总统武契奇致慰问电');
  await item().getByRole('button', { name: '否定', exact: true }).click();
  await expect(item().getByText('你已否定（仅自己可见）')).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(AID_TURN.path);
  await expect(linkItem(visitor, '塞尔维亚总统武契奇致慰问电')).not.toContainText('你已');
  await expect(relatedEntries(visitor).getByText('登录后可以确认、否定或添加关联。')).toBeVisible();

  await item().getByRole('button', { name: '撤回我的判断' }).click();
  await expect(item().getByText('你已否定')).toHaveCount(0);
});

test('add a link by hand from the entry picker', async ({ page }) => {
  await signUp(page);
  // A host's hand-over (谢谢罗部长，下面有请徐部长): the engine suggests nothing, so the link is a manual one.
  await page.goto(`${TRANSCRIPT.path}/turns/3`);
  await expect(relatedEntries(page)).toContainText('还没有与这段发言相关的大事记。');
  const form = page.getByRole('form', { name: '添加关联' });
  const picker = form.getByLabel('大事记条目');
  const option = picker.locator('option', { hasText: '中日韩' }).first();
  await picker.selectOption(await option.getAttribute('value'));
  await form.getByRole('button', { name: '添加关联' }).click();
  // (Someone else may have added the same link in an earlier run: then this is their link, confirmed by us.)
  const added = relatedEntries(page).locator('li[data-origin="manual"]').filter({ hasText: '中日韩' });
  await expect(added).toContainText('人工添加');
  await expect(added).toContainText('你已确认（仅自己可见）');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('confirming is a plain form post', async ({ page }) => {
    await signUp(page);
    await page.goto(AID_TURN.path);
    await linkItem(page, AID_ENTRY).getByRole('button', { name: '确认', exact: true }).click();
    await expect(linkItem(page, AID_ENTRY).getByText('你已确认（仅自己可见）')).toBeVisible();
  });
});
