import { expect, test, type Page } from '@playwright/test';
import { signUp } from './fixtures/accounts';
import { selectInTurn, waitForAnnotationLayer } from './fixtures/annotations';
import { TRANSCRIPT } from './fixtures/corpus';
import { C } from './fixtures/controls';

/** The response's policies joined (the baseline one from next.config.js and the proxy's). */
const policyOf = (headers: Record<string, string>) => headers['content-security-policy'] ?? '';
const scriptSrc = (policy: string) => policy.split(/[;,\n]/).find((d) => d.trim().startsWith('script-src'))?.trim() ?? '';

/** Records every CSP violation the page reports, so a test can assert there were none. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  return violations;
}

test('every page is sent with the security headers', async ({ request }) => {
  for (const path of ['/', '/chronicle', '/signin', '/no-such-page', TRANSCRIPT.path]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(policyOf(headers), path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('scripts run only with a fresh per-response nonce, and Next’s own scripts carry it', async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get(TRANSCRIPT.path);
    const directive = scriptSrc(policyOf(response.headers()));
    expect(directive).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(directive).toContain("'strict-dynamic'");
    expect(directive).not.toContain("'unsafe-inline'");
    expect(directive).not.toContain("'unsafe-eval'");
    const nonce = /'nonce-([^']+)'/.exec(directive)![1]!;
    nonces.push(nonce);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('under the policy the reader hydrates and the lazily loaded editor opens, with no violation', async ({ page }) => {
  test.slow();
  const violations = await watchViolations(page);
  await signUp(page, TRANSCRIPT.path);
  await waitForAnnotationLayer(page);
  await selectInTurn(page, 6, '在习近平总书记亲自部署');
  await page.getByRole('button', { name: C.annotate, exact: true }).click();
  const editor = page.getByRole('textbox', { name: C.editor, exact: true });
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.type('CSP');
  await expect(editor).toContainText('CSP');
  expect(violations).toEqual([]);

  // The watcher has teeth: an injected inline handler (the shape of an XSS payload) is blocked.
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML = '<img src="data:," onerror="window.__injected = true">';
    document.body.append(box);
  });
  await expect.poll(() => violations.join('\n')).toContain('script-src');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('a cross-site write to a route handler is refused with 403', async ({ request, baseURL }) => {
  const url = `/api/annotations?transcript=${TRANSCRIPT.slug}`;
  const foreign = await request.post(url, { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, data: {} });
  expect(foreign.status()).toBe(403);
  const sibling = await request.post(url, { headers: { Origin: 'https://evil.example' }, data: {} });
  expect(sibling.status()).toBe(403);
  // The same request from our own origin gets past the check, to the handler (signed out: 401).
  const own = await request.post(url, { headers: { Origin: new URL(baseURL!).origin }, data: {} });
  expect(own.status()).toBe(401);
});

test('an oversized body is refused with 413 before it is read', async ({ request, baseURL }) => {
  const big = 'x'.repeat(2 * 1024 * 1024);
  const api = await request.post('/api/annotations', { headers: { Origin: new URL(baseURL!).origin }, data: big });
  expect(api.status()).toBe(413);
  const page = await request.post('/signin', { headers: { Origin: new URL(baseURL!).origin }, data: big });
  expect(page.status()).toBe(413);
});
