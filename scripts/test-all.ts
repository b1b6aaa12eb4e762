/**
 * `npm test`: every check in one command — lint, types, unit and integration tests (Vitest,
 * against a real PostgreSQL), end-to-end tests (Playwright in Chromium against the real app on
 * a fresh database), and the short load checks (`npm run test:load` for 5 s: acknowledged
 * writes kept, idempotency, conflicts). Ends with one summary line `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { adminUrl, createEmptyDatabase } from '@/tests/support/test-database';
import { describeDatabaseUrl } from '@/lib/db/describe-url';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const VITEST_REPORT = 'test-results/vitest.json';
const PLAYWRIGHT_REPORT = 'test-results/playwright.json';

function run(step: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n=== ${step}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) console.error(`=== ${step} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

async function assertPostgresReachable(): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    console.error(`PostgreSQL is not reachable at ${describeDatabaseUrl(adminUrl)} (${(error as Error).message}).`);
    console.error('Start it (see README, "Running the tests") or point TEST_DATABASE_ADMIN_URL at a server where tests may create databases.');
    process.exit(1);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs the short load checks and counts their `PASS`/`FAIL` lines (a crash counts as one failure). */
function runLoadChecks(): { passed: number; failed: number } {
  console.log('\n=== load (short): npm run test:load (LOAD_SECONDS=5)');
  const result = spawnSync('npm', ['run', '--silent', 'test:load'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...env, LOAD_SECONDS: '5' }, encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  const lines = (result.stdout ?? '').split('\n');
  const passed = lines.filter((line) => line.startsWith('PASS ')).length;
  const failed = lines.filter((line) => line.startsWith('FAIL ')).length;
  if (result.status !== 0) console.error(`=== load failed (exit ${result.status ?? result.signal})`);
  return { passed, failed: failed + (result.status !== 0 && failed === 0 ? 1 : 0) };
}

function countVitest(): { passed: number; failed: number } {
  if (!existsSync(VITEST_REPORT)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8'));
  // A suite that fails to load has no failed test but still fails the run: count it once.
  const brokenSuites = report.success === false && report.numFailedTests === 0 ? 1 : 0;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites };
}

function countPlaywright(): { passed: number; failed: number } {
  if (!existsSync(PLAYWRIGHT_REPORT)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

async function main(): Promise<void> {
  rmSync('test-results', { recursive: true, force: true });
  await assertPostgresReachable();
  const npx = 'npx';
  const staticOk = run('types', npx, ['next', 'typegen']) && run('types', npx, ['tsc', '--noEmit']) && run('lint', npx, ['eslint', '.', '--max-warnings=0']);

  run('unit and integration', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`]);
  const vitest = countVitest();

  const e2eDatabase = await createEmptyDatabase();
  try {
    run('end-to-end', npx, ['playwright', 'test', '--reporter=list,json'], {
      E2E_DATABASE_URL: e2eDatabase.url,
      PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT,
    });
  } finally {
    await e2eDatabase.drop();
  }
  const e2e = countPlaywright();
  const load = runLoadChecks();

  const failed = vitest.failed + e2e.failed + load.failed + (staticOk ? 0 : 1);
  console.log(
    `\nunit+integration: ${vitest.passed} passed, ${vitest.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed; load: ${load.passed} passed, ${load.failed} failed; lint+types: ${staticOk ? 'ok' : 'FAILED'}`,
  );
  console.log(`tests: ${vitest.passed + e2e.passed + load.passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
