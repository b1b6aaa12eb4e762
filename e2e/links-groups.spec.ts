import { expect, test, type Browser, type Page } from '@playwright/test';
import { isolate } from '../lib/format/isolate';
import { groupsZh as zh } from '../lib/i18n/areas/groups-zh';
import { signUp, type Account } from './fixtures/accounts';
import { CHRONICLE, TRANSCRIPT } from './fixtures/corpus';

// A link confirmation shared with a group: members read it on the turn page and the chronicle,
// a stranger does not, and removal from the group ends access at once. Texts come from the
// groups area and the links' Chinese interface (the default language).
const fill = (message: string, values: Record<string, string>) => message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
const AID_TURN = `${TRANSCRIPT.path}/turns/8`;
/** The chronicle entry the engine ranks first for turn 8. */
const AID_ENTRY = '国家国际发展合作署数据显示';
const linkItem = (page: Page) => page.getByRole('region', { name: '相关大事记' }).locator('li[data-origin]').filter({ hasText: AID_ENTRY });
const chronicleTurn = (page: Page) => page.locator('li[id^="entry-"]').filter({ hasText: AID_ENTRY }).getByRole('link', { name: /第 8 段/ });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('a confirmation shared with a team: members read it, strangers do not, removal ends it at once', async ({ browser }) => {
  test.slow();
  const teamName = `关联组 ${Date.now().toString(36)}`;
  const note = `小组备注 ${Math.random().toString(36).slice(2, 8)}`;
  const groupLabel = fill(zh.groupsVisibilityGroup, { name: teamName });
  // An <option> holds text only: the name in it is isolated with FSI … PDI.
  const groupOption = fill(zh.groupsVisibilityGroup, { name: isolate(teamName) });

  // A creates a team; B joins it with the code.
  const a = await newPage(browser);
  await signUp(a, '/groups');
  await a.getByLabel(zh.groupsNameLabel, { exact: true }).fill(teamName);
  await a.getByRole('button', { name: zh.groupsCreateSubmit }).click();
  await expect(a.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
  const groupPath = new URL(a.url()).pathname;
  const groupId = groupPath.split('/').pop()!;
  const code = (await a.getByTestId('join-code').textContent())!.trim();
  const b = await newPage(browser);
  const bAccount: Account = await signUp(b, `/join/${code}`);
  await b.getByRole('button', { name: zh.groupsJoinSubmit, exact: true }).click();
  await expect(b).toHaveURL(new RegExp(`${groupPath}$`));

  // A confirms turn 8's best suggestion for the team, with a note.
  await a.goto(AID_TURN);
  await linkItem(a).getByLabel('可见范围').selectOption(`group:${groupId}`);
  await linkItem(a).getByRole('textbox', { name: /备注/ }).fill(note);
  await linkItem(a).getByRole('button', { name: '确认', exact: true }).click();
  await expect(linkItem(a).getByText(`你已确认（${groupLabel}）`)).toBeVisible();

  // B reads the note with the team's name; the reader's judgment form offers the team too.
  await b.goto(AID_TURN);
  await expect(linkItem(b)).toContainText(note);
  await expect(linkItem(b)).toContainText(groupLabel);
  await b.goto(CHRONICLE.path);
  await expect(chronicleTurn(b).first()).toBeVisible();
  await b.goto(TRANSCRIPT.path);
  await expect(b.locator(`#turn-8 select[name="visibility"] option[value="group:${groupId}"]`).first()).toHaveText(groupOption);

  // C, signed in but not a member, sees no note and is not offered the team.
  const c = await newPage(browser);
  await signUp(c, AID_TURN);
  await expect(linkItem(c)).toBeVisible();
  await expect(c.getByText(note)).toHaveCount(0);
  await expect(c.locator(`option[value="group:${groupId}"]`)).toHaveCount(0);

  // A removes B: the note is gone for B at once.
  await a.goto(groupPath);
  await a.getByRole('form', { name: fill(zh.groupsRemoveName, { name: isolate(bAccount.name) }) }).getByRole('button', { name: zh.groupsRemove }).click();
  await expect(a.getByTestId('group-members')).not.toContainText(bAccount.name);
  await b.goto(AID_TURN);
  await expect(linkItem(b)).toBeVisible();
  await expect(b.getByText(note)).toHaveCount(0);
  await expect(b.locator(`option[value="group:${groupId}"]`)).toHaveCount(0);
});
