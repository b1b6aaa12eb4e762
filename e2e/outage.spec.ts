// While PostgreSQL cannot be reached, pages answer 503 with Retry-After (hardening round two:
// they answered 500), as route handlers already did. A second server on the same build is
// started against a database address where nothing listens.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { TRANSCRIPT } from './fixtures/corpus';

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const origin = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/next-server.ts'], {
    stdio: 'ignore',
    env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', NODE_ENV: 'production', DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nowhere', DATABASE_CONNECT_TIMEOUT_MS: '500' },
  });
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${origin}/api/health`).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the second server did not start');
});
test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('pages answer 503 with Retry-After and the security headers while the database is down', async ({ request }) => {
  for (const path of ['/', TRANSCRIPT.path, '/chronicle', '/search?q=%E7%96%AB%E6%83%85']) {
    const response = await request.get(`${origin}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(503);
    expect(Number(response.headers()['retry-after']), path).toBeGreaterThan(0);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(await response.text(), path).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:1|stack/i);
  }
  const health = await request.get(`${origin}/api/health?db=1`);
  expect(health.status()).toBe(503);
});
