import { expect, test, type Browser, type Page } from '@playwright/test';
import { signUp } from './fixtures/accounts';
import { focusedAnnotationId, selectInTurn } from './fixtures/annotations';
import { TRANSCRIPT } from './fixtures/corpus';

// Both browsers use the English interface, so the spec reads like the story.
async function englishPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL }]);
  return context.newPage();
}

test('a teacher sets turns 10–14, a student annotates them, the dashboard shows the progress', async ({ browser, baseURL }) => {
  test.slow();
  const run = Date.now().toString(36);
  const className = `Class ${run}`;
  const title = `Turns 10–14 ${run}`;
  const teacher = await englishPage(browser, baseURL!);
  const student = await englishPage(browser, baseURL!);

  // The teacher creates a class and reads its join code.
  await signUp(teacher, '/groups');
  const create = teacher.getByRole('form', { name: 'Create a group' });
  await create.getByLabel('Name').fill(className);
  await create.getByLabel('Kind').selectOption('class');
  await create.getByRole('button', { name: 'Create group' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: className })).toBeVisible();
  const code = (await teacher.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-7]{10}$/);

  // The student joins with the code.
  const studentAccount = await signUp(student, '/groups');
  const join = student.getByRole('form', { name: 'Join with a code' });
  await join.getByLabel('Join code').fill(code);
  await join.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByRole('heading', { level: 1, name: className })).toBeVisible();

  // The teacher assigns turns 10–14 with at least one annotation and one claim.
  await teacher.reload();
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByLabel('Title').fill(title);
  await teacher.getByLabel('From turn').fill('10');
  await teacher.getByLabel('To turn').fill('14');
  await teacher.getByLabel('Instructions').fill('Mark a factual claim in the answer.');
  await teacher.getByLabel('Minimum annotations').fill('1');
  await teacher.getByLabel('Minimum claims').fill('1');
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: `Class progress: ${title}` })).toBeVisible();
  const row = teacher.locator(`tr[data-student="${studentAccount.name}"]`);
  await expect(row.getByRole('cell').first()).toHaveText('0/2');
  const dashboardUrl = teacher.url();

  // The student finds it under My assignments and opens the reader on the passage.
  await student.goto('/assignments');
  const card = student.getByRole('article', { name: title });
  await expect(card).toContainText('turns 10–14');
  await expect(card).toContainText('2 tasks left');
  await card.getByRole('link', { name: 'Open the transcript to work on it' }).click();
  await expect(student).toHaveURL(/[?&]assignment=/);
  const banner = student.getByRole('region', { name: title });
  await expect(banner).toContainText('Mark a factual claim in the answer.');
  await expect(banner.getByRole('link', { name: 'Go to turn 10' })).toBeVisible();
  if (process.env.E2E_SCREENSHOTS) await student.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/reader-banner.png` });

  // …and annotates a phrase of turn 12 as a claim.
  const phrase = (await student.locator('#turn-12 [data-paragraph]').first().textContent())!.trim().slice(0, 8);
  await selectInTurn(student, 12, phrase);
  await student.getByRole('button', { name: 'Annotate', exact: true }).click();
  await expect(student.getByRole('textbox', { name: 'Annotation', exact: true })).toBeFocused();
  await student.keyboard.type('A claim to check');
  await student.getByRole('checkbox', { name: 'This is a claim to check' }).check();
  await student.getByRole('button', { name: 'Save', exact: true }).click();
  await focusedAnnotationId(student);
  await student.goto(`${TRANSCRIPT.path}?assignment=${new URL(dashboardUrl).pathname.split('/').pop()}`);
  await expect(student.getByRole('region', { name: title })).toContainText('All required tasks are done.');

  // The teacher's dashboard shows the student done, with the work one click away.
  await teacher.goto(dashboardUrl);
  await expect(row.getByRole('cell').first()).toContainText('2/2');
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await row.getByRole('link', { name: 'Open work' }).click();
  await expect(teacher.getByRole('blockquote')).toHaveText(phrase);
  await expect(teacher.getByText('A claim to check')).toBeVisible();

  if (process.env.E2E_SCREENSHOTS) await teacher.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/student-work.png`, fullPage: true });

  // The teacher can still change the assignment; the form comes back filled in.
  await teacher.goto(dashboardUrl);
  await teacher.getByRole('link', { name: 'Edit the assignment' }).click();
  await expect(teacher.getByLabel('From turn')).toHaveValue('10');
  await teacher.getByLabel('Instructions').fill('Mark two factual claims.');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher.getByText('Mark two factual claims.')).toBeVisible();
  await expect(row.getByRole('cell').first()).toContainText('2/2');
  if (process.env.E2E_SCREENSHOTS) await teacher.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/dashboard.png`, fullPage: true });

  // The CSV is the teacher's alone.
  const csv = await teacher.request.get(`${dashboardUrl}/export.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(studentAccount.name);
  expect((await student.request.get(`${dashboardUrl}/export.csv`)).status()).toBe(404);
});
