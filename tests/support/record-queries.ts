// Records the SQL this process sends while some work runs, for tests that count queries. Every
// pg client counts (Prisma's adapter, the live listener, test helpers), so filter by text.
// Not a test file itself (no `.test.ts`).
import pg from 'pg';
import { vi } from 'vitest';

/** The statements sent while `work` ran, and its result. */
export async function recordQueries<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  try {
    const result = await work();
    const statements = spy.mock.calls.map(([config]: unknown[]) => (typeof config === 'string' ? config : ((config as { text?: string } | undefined)?.text ?? '')));
    return { result, statements };
  } finally {
    spy.mockRestore();
  }
}

/** The session check of getViewer and the live stream (getCurrentSessionUser): the user by id and session version. */
export const isSessionUserQuery = (sql: string) => /FROM "(public"\.")?User"/.test(sql) && sql.includes('"sessionVersion"');
