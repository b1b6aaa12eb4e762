import { expect, test, type Browser, type Page } from '@playwright/test';
import { isolate } from '../lib/format/isolate';
import { groupsZh as zh } from '../lib/i18n/areas/groups-zh';
import { signUp, type Account } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { focusedAnnotationId, selectInTurn } from './fixtures/annotations';
import { TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

// The interface is Chinese by default; the texts come from the groups area so a wording change
// does not break the spec; control names: fixtures/controls.ts. Names inside accessible names
// (aria-label) are isolated with FSI … PDI (lib/format/isolate), so the spec isolates them too.
const mark = (page: Page, id: string) => page.locator(`mark[data-annotation-id="${id}"]`);
const card = (page: Page, id: string) => page.locator(`#annotation-${id}`);
const fill = (message: string, values: Record<string, string>) => message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Writes a note on `phrase` in `turn`, readable by the group `groupId`; returns its id. */
async function writeGroupNote(page: Page, turn: number, phrase: string, text: string, groupId: string): Promise<string> {
  await page.goto(TRANSCRIPT.path);
  await selectInTurn(page, turn, phrase);
  await page.getByRole('button', { name: C.annotate, exact: true }).click();
  const editor = page.getByRole('textbox', { name: C.editor, exact: true });
  await expect(editor).toBeFocused();
  await page.keyboard.type(text);
  await page.getByRole('form', { name: '新批注' }).getByLabel('可见范围').selectOption(`group:${groupId}`);
  await page.getByRole('button', { name: C.save, exact: true }).click();
  return focusedAnnotationId(page);
}

test('a team: create, invite by link, share notes, remove a member, rotate the code', async ({ browser }) => {
  test.slow();
  const teamName = `核查组 ${Date.now().toString(36)}`;
  const groupBadge = fill(zh.groupsVisibilityGroup, { name: teamName });

  // A creates a team and sees its join code and link.
  const a = await newPage(browser);
  await signUp(a, '/groups');
  await expect(a.getByRole('heading', { name: zh.groupsMine })).toBeVisible();
  await a.getByLabel(zh.groupsNameLabel, { exact: true }).fill(teamName);
  await a.getByRole('button', { name: zh.groupsCreateSubmit }).click();
  await expect(a.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
  const groupPath = new URL(a.url()).pathname;
  const groupId = groupPath.split('/').pop()!;
  const code = (await a.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-7]{10}$/);
  await expect(a.getByTestId('join-link')).toHaveAttribute('href', `/join/${code}`);

  // B opens the link signed out, is asked to sign in or up, then joins with a POST.
  const b = await newPage(browser);
  await b.goto(`/join/${code}`);
  await expect(b.locator('#main').getByRole('link', { name: zh.groupsJoinSignUp })).toHaveAttribute('href', `/signup?callbackUrl=${encodeURIComponent(`/join/${code}`)}`);
  const bAccount: Account = await signUp(b, `/join/${code}`);
  await expect(b.getByRole('heading', { name: fill(zh.groupsJoinInvite, { name: teamName, kind: zh.groupsKindTeam }) })).toBeVisible();
  await b.getByRole('button', { name: zh.groupsJoinSubmit, exact: true }).click();
  await expect(b).toHaveURL(new RegExp(`${groupPath}$`));
  await expect(b.getByTestId('join-code')).toHaveCount(0);

  // A sees B among the members.
  await a.reload();
  await expect(a.getByTestId('group-members')).toContainText(bAccount.name);

  // B writes a note for the group; A sees it with the group's badge, and writes one too.
  const bNote = await writeGroupNote(b, 2, '非常高兴和各位记者朋友见面', '小组内讨论', groupId);
  await a.goto(`${TRANSCRIPT.path}?annotation=${bNote}`);
  await expect(card(a, bNote)).toContainText('小组内讨论');
  await expect(card(a, bNote)).toContainText(groupBadge);
  // As the team's owner, A may hide it (it stays visible to A, marked) and show it again.
  await card(a, bNote).getByRole('button', { name: zh.groupsHide, exact: true }).click();
  await expect(card(a, bNote)).toContainText(zh.groupsHiddenBadge);
  await card(a, bNote).getByRole('button', { name: zh.groupsUnhide, exact: true }).click();
  await expect(card(a, bNote).getByRole('button', { name: zh.groupsHide, exact: true })).toBeVisible();
  await expect(card(a, bNote)).not.toContainText(zh.groupsHiddenBadge);
  const aNote = await writeGroupNote(a, 9, '下面开始提问', '负责人的小组批注', groupId);
  await b.goto(`${TRANSCRIPT.path}?annotation=${aNote}`);
  await expect(card(b, aNote)).toContainText('负责人的小组批注');

  // C, signed in but not a member, sees neither the highlight nor the note.
  const c = await newPage(browser);
  await signUp(c, TRANSCRIPT.path);
  await expect(c.locator('#turn-2')).toBeVisible();
  await expect(mark(c, bNote)).toHaveCount(0);
  await expect(c.getByText('小组内讨论')).toHaveCount(0);
  expect((await c.goto(`/annotations/${bNote}`))?.status()).toBe(404);
  expect((await c.goto(groupPath))?.status()).toBe(404);

  // A removes B: B's group page is gone, and so are A's group notes for B.
  await a.goto(groupPath);
  await a.getByRole('form', { name: fill(zh.groupsRemoveName, { name: isolate(bAccount.name) }) }).getByRole('button', { name: zh.groupsRemove }).click();
  await expect(a.getByTestId('group-members')).not.toContainText(bAccount.name);
  expect((await b.goto(groupPath))?.status()).toBe(404);
  await b.goto(TRANSCRIPT.path);
  await expect(b.locator('#turn-9')).toBeVisible();
  await expect(mark(b, aNote)).toHaveCount(0);
  expect((await b.goto(`/annotations/${aNote}`))?.status()).toBe(404);

  // The join link does not undo the removal: B is refused with the reason, on the link's page
  // and when typing the code on the groups page.
  await b.goto(`/join/${code}`);
  await expect(b.locator('#main').getByText(zh.groupsJoinBanned)).toBeVisible();
  await expect(b.getByRole('button', { name: zh.groupsJoinSubmit, exact: true })).toHaveCount(0);
  await b.goto('/groups');
  const joinForm = b.getByRole('form', { name: zh.groupsJoinTitle });
  await joinForm.getByLabel(zh.groupsCodeLabel, { exact: true }).fill(code);
  await joinForm.getByRole('button', { name: zh.groupsJoinSubmit, exact: true }).click();
  await expect(joinForm.getByRole('alert')).toContainText('你已被移出这个小组');

  // A sees B among the removed members and lets B back in; B joins again with the same link.
  await a.reload();
  const removed = a.getByTestId('banned-members');
  await expect(removed).toContainText(bAccount.name);
  const letBackIn = a.getByRole('form', { name: fill(zh.groupsLetBackInName, { name: isolate(bAccount.name) }) }).getByRole('button', { name: zh.groupsLetBackIn });
  // The section passes axe, fits a 320 px screen without sideways scrolling, and its button is
  // at least 24 × 24 px.
  await expectAccessible(a, 'group page with a removed member');
  const desktop = a.viewportSize()!;
  await a.setViewportSize({ width: 320, height: 800 });
  expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = (await letBackIn.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  await a.setViewportSize(desktop);
  await letBackIn.click();
  await expect(a.getByTestId('banned-members')).toHaveCount(0);
  await b.goto(`/join/${code}`);
  await b.getByRole('button', { name: zh.groupsJoinSubmit, exact: true }).click();
  await expect(b).toHaveURL(new RegExp(`${groupPath}$`));
  await a.reload();
  await expect(a.getByTestId('group-members')).toContainText(bAccount.name);

  // A rotates the code: the old link now says so.
  await a.getByRole('button', { name: zh.groupsRotate }).click();
  await expect(a.getByTestId('join-code')).not.toHaveText(code);
  await c.goto(`/join/${code}`);
  await expect(c.getByText(zh.groupsJoinInvalid)).toBeVisible();
  await expect(c.getByRole('button', { name: zh.groupsJoinSubmit, exact: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('creating a group and joining by code are plain form posts', async ({ page }) => {
    await signUp(page, '/groups');
    const name = `无脚本小组 ${Date.now().toString(36)}`;
    await page.getByLabel(zh.groupsNameLabel, { exact: true }).fill(name);
    await page.getByLabel(zh.groupsKindLabel, { exact: true }).selectOption('class');
    await page.getByRole('button', { name: zh.groupsCreateSubmit }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText(zh.groupsRoleTeacher).first()).toBeVisible();
    await page.goto('/groups');
    await expect(page.getByRole('link', { name })).toBeVisible();
    await page.getByLabel(zh.groupsCodeLabel, { exact: true }).fill('AAAAAAAAAA');
    await page.getByRole('button', { name: zh.groupsJoinSubmit, exact: true }).click();
    await expect(page.getByText(zh.groupsJoinInvalid)).toBeVisible();
  });

  test('removing a member and letting them back in are plain form posts', async ({ browser }) => {
    const owner = await newPage(browser);
    await signUp(owner, '/groups');
    await owner.getByLabel(zh.groupsNameLabel, { exact: true }).fill(`无脚本团队 ${Date.now().toString(36)}`);
    await owner.getByRole('button', { name: zh.groupsCreateSubmit }).click();
    const groupPath = new URL(owner.url()).pathname;
    const code = (await owner.getByTestId('join-code').textContent())!.trim();

    const member = await newPage(browser);
    const memberAccount = await signUp(member, `/join/${code}`);
    await member.getByRole('button', { name: zh.groupsJoinSubmit, exact: true }).click();
    await expect(member).toHaveURL(new RegExp(`${groupPath}$`));

    await owner.reload();
    await owner.getByRole('form', { name: fill(zh.groupsRemoveName, { name: isolate(memberAccount.name) }) }).getByRole('button', { name: zh.groupsRemove }).click();
    await expect(owner.getByTestId('banned-members')).toContainText(memberAccount.name);
    await member.goto(`/join/${code}`);
    await expect(member.getByText(zh.groupsJoinBanned)).toBeVisible();

    await owner.getByRole('form', { name: fill(zh.groupsLetBackInName, { name: isolate(memberAccount.name) }) }).getByRole('button', { name: zh.groupsLetBackIn }).click();
    await expect(owner.getByTestId('banned-members')).toHaveCount(0);
    await member.goto(`/join/${code}`);
    await member.getByRole('button', { name: zh.groupsJoinSubmit, exact: true }).click();
    await expect(member).toHaveURL(new RegExp(`${groupPath}$`));
  });
});
