import { expect, test, type Page } from '@playwright/test';
import { groupsZh as zh } from '../lib/i18n/areas/groups-zh';
import { newAccount, signUp } from './fixtures/accounts';
import { focusedAnnotationId, selectInTurn } from './fixtures/annotations';
import { C } from './fixtures/controls';
import { TRANSCRIPT } from './fixtures/corpus';

// An outside attacker's report: a name, a group name or a tag with U+202E RIGHT-TO-LEFT
// OVERRIDE reordered the interface around it. Every such value must render isolated: inside a
// <bdi> (or another element with `unicode-bidi: isolate`, such as a note body's dir="auto")
// where markup can go, else (attributes, option labels, the document title, descriptions read
// as text) wrapped in FSI … PDI (lib/format/isolate.ts).
const RLO = '\u202E';

/**
 * Places where text holding U+202E is not isolated on the page: text nodes with no ancestor
 * isolating them (computed `unicode-bidi` isolate or plaintext: <bdi>, dir="auto") whose RLO is
 * not inside an open FSI … PDI, and attributes people see or hear (aria-label, title,
 * placeholder) or the document title holding an RLO outside FSI … PDI. Empty when all is well.
 */
function leaks(page: Page): Promise<string[]> {
  return page.evaluate((rlo) => {
    const FSI = '\u2068';
    const PDI = '\u2069';
    // The RLO at `at` sits inside an isolate opened by FSI earlier in the same string.
    const inIsolate = (text: string, at: number) => text.lastIndexOf(FSI, at) > text.lastIndexOf(PDI, at);
    const unisolated = (text: string) => {
      for (let at = text.indexOf(rlo); at >= 0; at = text.indexOf(rlo, at + 1)) if (!inIsolate(text, at)) return true;
      return false;
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      const parent = node.parentElement;
      // Scripts carry the page's data for hydration; they are not shown.
      if (!text.includes(rlo) || !parent || parent.closest('script, style, template')) continue;
      let isolated = false;
      for (let element: Element | null = parent; element && !isolated; element = element.parentElement) {
        isolated = ['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(element).unicodeBidi);
      }
      if (!isolated && unisolated(text)) found.push(`text in <${parent.localName}>: ${JSON.stringify(text)}`);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && unisolated(value)) found.push(`${name} of <${element.localName}>: ${JSON.stringify(value)}`);
      }
    }
    if (unisolated(document.title)) found.push(`document title: ${JSON.stringify(document.title)}`);
    return found;
  }, RLO);
}

test('names, a group name and a tag with a right-to-left override stay isolated on the group page and the reader', async ({ page }) => {
  test.slow();
  const run = Date.now().toString(36);
  const account = await signUp(page, '/groups', { ...newAccount(), name: `${RLO}读者 ${run}` });
  const teamName = `${RLO}核查组 ${run}`;
  const tag = `${RLO}标签${run}`;

  // The header shows the signed-in reader's name in a <bdi>.
  await expect(page.getByTestId('viewer-name').locator('bdi')).toHaveText(account.name);

  // The group page: its name (heading and document title) and the member list.
  await page.getByLabel(zh.groupsNameLabel, { exact: true }).fill(teamName);
  await page.getByRole('button', { name: zh.groupsCreateSubmit }).click();
  await expect(page.getByRole('heading', { level: 1 }).locator('bdi')).toHaveText(teamName);
  await expect(page.getByTestId('group-members').locator('bdi', { hasText: account.name })).toHaveCount(1);
  const groupId = new URL(page.url()).pathname.split('/').pop()!;
  expect(await leaks(page)).toEqual([]);
  await page.goto('/groups');
  await expect(page.getByRole('link', { name: teamName })).toBeVisible();
  expect(await leaks(page)).toEqual([]);

  // The reader: a note for the group with the tag, then the card, the badges, the highlight's
  // description and the annotate form's visibility options.
  await page.goto(TRANSCRIPT.path);
  await selectInTurn(page, 2, '非常高兴和各位记者朋友见面');
  await page.getByRole('button', { name: C.annotate, exact: true }).click();
  await expect(page.getByRole('textbox', { name: C.editor, exact: true })).toBeFocused();
  await page.keyboard.type(`${RLO}批注 ${run}`);
  const form = page.getByRole('form', { name: '新批注' });
  await form.getByLabel('可见范围').selectOption(`group:${groupId}`);
  // An <option> holds text only: the group's name is wrapped in FSI … PDI.
  expect(await form.locator(`option[value="group:${groupId}"]`).textContent()).toContain(`\u2068${teamName}\u2069`);
  await form.getByLabel('标签').fill(tag);
  await page.getByRole('button', { name: C.save, exact: true }).click();
  const id = await focusedAnnotationId(page);

  await page.reload();
  const card = page.locator(`#annotation-${id}`);
  await expect(card.locator('bdi', { hasText: account.name })).toHaveCount(1);
  await expect(card.locator('bdi', { hasText: teamName })).toHaveCount(1);
  await expect(card.locator('bdi', { hasText: tag })).toHaveCount(1);
  expect(await leaks(page)).toEqual([]);

  // The side panel's list of every annotation (no turn focused), and the annotation's own page.
  await page.goto(TRANSCRIPT.path);
  await expect(page.locator('#annotations').locator('bdi', { hasText: account.name }).first()).toBeVisible();
  expect(await leaks(page)).toEqual([]);
  await page.goto(`/annotations/${id}`);
  await expect(page.locator(`#annotation-${id}`).locator('bdi', { hasText: tag })).toHaveCount(1);
  expect(await leaks(page)).toEqual([]);
});
