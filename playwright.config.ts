import { defineConfig, devices } from '@playwright/test';

// The e2e suite runs against a production build served by scripts/serve.ts, which migrates and
// seeds the database first. E2E_DATABASE_URL picks a PostgreSQL database (the test orchestrator
// passes a fresh one); without it serve.ts starts the embedded PGlite database.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Two cores: more workers than that only make a production Next server slower.
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  // A production server on two cores shared with the browser: give pages time under load
  // rather than failing on the 5 s default.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    // The interface follows the browser's language; specs read it in Chinese unless they say otherwise.
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    // Debian's Chromium: Playwright's own browser download is not reachable from these machines.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'npx tsx --conditions=react-server scripts/serve.ts',
    url: baseURL,
    // A cold production build on a busy two-core machine can take several minutes.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      ROSTRUM_SEED: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
