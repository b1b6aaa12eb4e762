import { afterEach, describe, expect, it } from 'vitest';
import { createPool } from './pool';
import { isDatabaseOutage, recordDatabaseFailure, recordDatabaseSuccess } from './outage';

const ADMIN = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const pools: Array<{ end(): Promise<void> }> = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.end();
});

describe('database outage state', () => {
  it('holds while the latest news is a failure, for a while', () => {
    recordDatabaseSuccess();
    expect(isDatabaseOutage(1_000)).toBe(false);
    recordDatabaseFailure(2_000);
    expect(isDatabaseOutage(3_000)).toBe(true);
    expect(isDatabaseOutage(2_000 + 10_001)).toBe(false);
    recordDatabaseSuccess();
    expect(isDatabaseOutage(2_500)).toBe(false);
    // A failure and a success within the same millisecond: the later one counts.
    recordDatabaseFailure(5_000);
    recordDatabaseSuccess();
    expect(isDatabaseOutage(5_000)).toBe(false);
    recordDatabaseFailure(5_000);
    expect(isDatabaseOutage(5_000)).toBe(true);
  });

  it('is recorded by the pool on a refused connection and cleared by the next good one, in both calling styles', async () => {
    const dead = createPool('postgresql://postgres@127.0.0.1:1/none', 1);
    pools.push(dead);
    await expect(dead.query('SELECT 1')).rejects.toThrow();
    expect(isDatabaseOutage()).toBe(true);
    const live = createPool(ADMIN, 1);
    pools.push(live);
    const client = await live.connect();
    client.release();
    expect(isDatabaseOutage()).toBe(false);
    await expect(dead.connect()).rejects.toThrow();
    expect(isDatabaseOutage()).toBe(true);
    await live.query('SELECT 1');
    expect(isDatabaseOutage()).toBe(false);
  });
});
