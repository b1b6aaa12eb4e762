import { expect, test, type Browser, type Page } from '@playwright/test';
import { FSI, isolate } from '../lib/format/isolate';
import { signUp, type Account } from './fixtures/accounts';
import { focusedAnnotationId, selectInTurn } from './fixtures/annotations';
import { TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

// The interface is Chinese (the browser asks for zh-CN); control names: fixtures/controls.ts.
// Names and quotes in option labels and aria-labels are isolated (FSI … PDI, lib/format/isolate).
const QUOTE = 'CGTN特别在网上对这次新闻发布会进行了预热';

/** A fresh reader in their own browser context, signed up and sent to `path`. */
async function reader(browser: Browser, path: string): Promise<{ page: Page; account: Account }> {
  const page = await (await browser.newContext()).newPage();
  const account = await signUp(page, path);
  return { page, account };
}

/** Joins the team through its join link (a POST behind the Join button). */
async function join(page: Page, code: string, groupId: string) {
  await page.goto(`/join/${code}`);
  await page.getByRole('button', { name: '加入', exact: true }).click();
  await expect(page).toHaveURL(`/groups/${groupId}`);
}

/** Creates a team on /groups as the signed-in reader; its id and join code. */
async function createTeam(page: Page, name: string): Promise<{ groupId: string; code: string }> {
  await page.goto('/groups');
  const create = page.getByRole('form', { name: '创建小组' });
  await create.getByLabel('名称').fill(name);
  await create.getByLabel('类型').selectOption('team');
  await create.getByRole('button', { name: '创建小组' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const groupId = new URL(page.url()).pathname.split('/').pop()!;
  return { groupId, code: (await page.getByTestId('join-code').textContent())!.trim() };
}

/** Marks QUOTE in turn 12 as a factual claim with `status` (and evidence), shared with the team. */
async function claimForTeam(page: Page, team: string, status: 'supported' | 'disputed', note: string) {
  await page.goto(TRANSCRIPT.path);
  await selectInTurn(page, 12, QUOTE);
  await page.getByRole('button', { name: C.annotate, exact: true }).click();
  await page.getByRole('textbox', { name: C.editor, exact: true }).fill(note);
  const form = page.getByRole('form', { name: '新批注' });
  await form.getByLabel('可见范围').selectOption({ label: `小组：${isolate(team)}` });
  await form.getByLabel('这是一项需要核查的说法').check();
  await form.getByLabel('核查状态').selectOption(status);
  await form.getByLabel(/依据链接/).fill(`https://example.org/${status}`);
  await page.getByRole('button', { name: C.save, exact: true }).click();
  await focusedAnnotationId(page);
}

test('two team members disagree on a claim; the owner adjudicates and the decision is kept', async ({ browser }) => {
  test.slow();
  const team = `核查组 ${Date.now().toString(36)}`;

  // The owner creates the team on /groups and reads its join code.
  const owner = await reader(browser, '/groups');
  const { groupId, code } = await createTeam(owner.page, team);

  // Two members join with the link and mark the same words with different statuses.
  const alice = await reader(browser, '/groups');
  const bob = await reader(browser, '/groups');
  await join(alice.page, code, groupId);
  await join(bob.page, code, groupId);
  await claimForTeam(alice.page, team, 'supported', '央视的说法有出处');
  await claimForTeam(bob.page, team, 'disputed', '预热范围不清楚');

  // The owner opens the board from the team's page: the two claims stand side by side.
  await owner.page.reload();
  await owner.page.getByRole('region', { name: '核查看板' }).getByRole('link', { name: new RegExp(TRANSCRIPT.titleStart) }).click();
  await expect(owner.page).toHaveURL(`/groups/${groupId}/board/${TRANSCRIPT.slug}`);
  const span = owner.page.getByRole('article', { name: new RegExp(`第 12 段：${FSI}${QUOTE}`) });
  await expect(span).toContainText('有分歧');
  const claims = span.getByRole('listitem');
  await expect(claims).toHaveCount(2);
  await expect(claims.filter({ hasText: alice.account.name })).toContainText('事实陈述 · 有依据');
  await expect(claims.filter({ hasText: bob.account.name })).toContainText('事实陈述 · 有争议');
  await expect(claims.filter({ hasText: bob.account.name })).toContainText('预热范围不清楚');
  await expect(owner.page.getByTestId('agreement')).toContainText('α =');

  // The disagreements-only filter is a GET form and keeps the span.
  const filters = owner.page.getByRole('form', { name: '筛选和排序' });
  await filters.getByLabel('只看分歧').check();
  await filters.getByRole('button', { name: '应用' }).click();
  await expect(owner.page).toHaveURL(/disagreements=1/);
  await expect(span).toBeVisible();

  // The owner decides; the board shows the decision and who made it.
  const decide = span.getByRole('form', { name: '裁定' });
  await decide.getByLabel('核查状态').selectOption('disputed');
  await decide.getByLabel('理由（可选）').fill('发布会没有给出预热的数据');
  await decide.getByRole('button', { name: '保存裁定' }).click();
  const decision = span.getByRole('note');
  await expect(decision).toContainText('裁定：事实陈述 · 有争议');
  await expect(decision).toContainText(`${owner.account.name} 于`);
  await expect(decision).toContainText('发布会没有给出预热的数据');

  // A member sees the decision after a reload but cannot decide.
  await alice.page.goto(`/groups/${groupId}/board/${TRANSCRIPT.slug}`);
  const aliceSpan = alice.page.getByRole('article', { name: new RegExp(`第 12 段`) });
  await expect(aliceSpan.getByRole('note')).toContainText('裁定：事实陈述 · 有争议');
  await expect(alice.page.getByRole('button', { name: '保存裁定' })).toHaveCount(0);

  // Someone outside the team gets the not-found page.
  const outsider = await reader(browser, '/');
  const response = await outsider.page.goto(`/groups/${groupId}/board/${TRANSCRIPT.slug}`);
  expect(response?.status()).toBe(404);
});

test('an owner keeps a closed tag vocabulary; a member may only use its tags on team annotations', async ({ browser }) => {
  test.slow();
  const team = `词表组 ${Date.now().toString(36)}`;
  const owner = await reader(browser, '/groups');
  const { groupId, code } = await createTeam(owner.page, team);
  const vocabulary = owner.page.getByRole('region', { name: '标签词表' });
  const add = vocabulary.getByRole('form', { name: '添加标签' });
  await add.getByLabel('新标签').fill('疫情');
  await add.getByLabel('说明（可选）').fill('与疫情有关的说法');
  await add.getByRole('button', { name: '添加标签' }).click();
  await expect(vocabulary.getByRole('listitem')).toContainText('#疫情');
  await vocabulary.getByRole('button', { name: '改为封闭词表' }).click();
  await expect(vocabulary.getByTestId('vocabulary-state')).toHaveText('封闭词表：小组批注只能使用下列标签。');

  const member = await reader(browser, '/groups');
  await join(member.page, code, groupId);
  // Members read the vocabulary but get no controls for it.
  await expect(member.page.getByRole('region', { name: '标签词表' })).toContainText('#疫情');
  await expect(member.page.getByRole('button', { name: '添加标签' })).toHaveCount(0);

  await member.page.goto(TRANSCRIPT.path);
  await selectInTurn(member.page, 12, QUOTE);
  await member.page.getByRole('button', { name: C.annotate, exact: true }).click();
  await member.page.getByRole('textbox', { name: C.editor, exact: true }).fill('标签试一试');
  const form = member.page.getByRole('form', { name: '新批注' });
  await form.getByLabel('可见范围').selectOption({ label: `小组：${isolate(team)}` });
  await form.getByLabel('标签').fill('随便');
  await member.page.getByRole('button', { name: C.save, exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('随便');
  await form.getByLabel('标签').fill('疫情');
  await member.page.getByRole('button', { name: C.save, exact: true }).click();
  const id = await focusedAnnotationId(member.page);
  await expect(member.page.locator(`#annotation-${id}`)).toContainText('#疫情');
});
