import { expect, test, type Page } from '@playwright/test';
import { TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

// Every test makes its own account, so the specs run in parallel and need no teardown.
const newAccount = () => {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return { name: `Reader ${id}`, email: `user-${id}@example.test`, password: `pass ${id} 密码` };
};
type Account = ReturnType<typeof newAccount>;

// The interface is Chinese (the browser asks for zh-CN); control names come from the dictionary (fixtures/controls.ts).
const INCORRECT = '邮箱或密码不正确。';
const banner = (page: Page) => page.getByRole('banner');
// The form's own alert; Next's route announcer is an (empty) alert too.
const formAlert = (page: Page) => page.locator('main form').getByRole('alert');

async function signUp(page: Page, account: Account, path = '/signup') {
  await page.goto(path);
  await page.getByLabel(C.name, { exact: true }).fill(account.name);
  await page.getByLabel(C.email, { exact: true }).fill(account.email);
  await page.getByLabel(C.password, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: C.createAccount, exact: true }).click();
  await expect(banner(page).getByText(account.name)).toBeVisible();
}

async function signIn(page: Page, email: string, password: string, path = '/signin') {
  await page.goto(path);
  await page.getByLabel(C.email, { exact: true }).fill(email);
  await page.getByLabel(C.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: C.signIn, exact: true }).click();
}

async function signOut(page: Page, account: Account) {
  await banner(page).getByRole('button', { name: C.signOut, exact: true }).click();
  await expect(banner(page).getByRole('link', { name: '登录' })).toBeVisible();
  await expect(banner(page).getByText(account.name)).toHaveCount(0);
}

test('sign up, sign out and sign in again', async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await expect(page).toHaveURL(/\/$/);
  await signOut(page, account);

  await signIn(page, account.email.toUpperCase(), account.password); // emails are case-insensitive
  await expect(banner(page).getByText(account.name)).toBeVisible();
});

test('signing in from a page returns to it, and never to another site', async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await signOut(page, account);

  await page.goto(TRANSCRIPT.path);
  await banner(page).getByRole('link', { name: '登录' }).click();
  await expect(page).toHaveURL(/callbackUrl=/);
  await page.getByLabel(C.email, { exact: true }).fill(account.email);
  await page.getByLabel(C.password, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: C.signIn, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${TRANSCRIPT.path}$`));
  await signOut(page, account);

  await signIn(page, account.email, account.password, '/signin?callbackUrl=//evil.example/steal');
  await expect(banner(page).getByText(account.name)).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
});

test('a wrong password and an unknown email get the same neutral message', async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await signOut(page, account);

  await signIn(page, account.email, 'not the password');
  await expect(formAlert(page)).toHaveText(INCORRECT);
  await expect(page.getByLabel(C.email, { exact: true })).toHaveValue(account.email); // kept for the next try
  await expect(banner(page).getByText(account.name)).toHaveCount(0);

  await signIn(page, `nobody-${account.email}`, account.password);
  await expect(formAlert(page)).toHaveText(INCORRECT);
});

test('sign-up explains what is wrong with each field, and refuses a taken email', async ({ page }) => {
  const account = newAccount();
  await page.goto('/signup');
  await page.getByLabel(C.name, { exact: true }).fill(account.name);
  await page.getByLabel(C.email, { exact: true }).fill(account.email);
  await page.getByLabel(C.password, { exact: true }).fill('short');
  await page.getByRole('button', { name: C.createAccount, exact: true }).click();
  await expect(page.getByLabel(C.password, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('密码至少需要 8 个字符。')).toBeVisible();
  await expect(page.getByLabel(C.name, { exact: true })).toHaveValue(account.name);

  await page.getByLabel(C.password, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: C.createAccount, exact: true }).click();
  await expect(banner(page).getByText(account.name)).toBeVisible();
  await signOut(page, account);

  await page.goto('/signup');
  await page.getByLabel(C.name, { exact: true }).fill('Someone else');
  await page.getByLabel(C.email, { exact: true }).fill(account.email);
  await page.getByLabel(C.password, { exact: true }).fill('another password');
  await page.getByRole('button', { name: C.createAccount, exact: true }).click();
  await expect(page.getByLabel(C.email, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('这个邮箱已经注册过账户。').first()).toBeVisible();
});

test('a session cookie replayed after sign-out is refused', async ({ page, browser }) => {
  const account = newAccount();
  await signUp(page, account);
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).toContain('rostrum.session-token');

  // Control: before sign-out the copied cookie is a working session.
  const before = await browser.newContext();
  await before.addCookies(cookies);
  const beforePage = await before.newPage();
  await beforePage.goto('/');
  await expect(banner(beforePage).getByText(account.name)).toBeVisible();
  await before.close();

  await signOut(page, account);

  const after = await browser.newContext();
  await after.addCookies(cookies);
  const afterPage = await after.newPage();
  await afterPage.goto('/');
  await expect(banner(afterPage).getByRole('link', { name: '登录' })).toBeVisible();
  await expect(banner(afterPage).getByText(account.name)).toHaveCount(0);
  await after.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sign up, sign out and sign in work as plain form posts', async ({ page }) => {
    const account = newAccount();
    await signUp(page, account);
    await signOut(page, account);
    await signIn(page, account.email, 'not the password');
    await expect(formAlert(page)).toHaveText(INCORRECT);
    await signIn(page, account.email, account.password);
    await expect(banner(page).getByText(account.name)).toBeVisible();
  });
});
