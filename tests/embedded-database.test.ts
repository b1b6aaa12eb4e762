import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { startEmbeddedDatabase } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';
import { importTranscriptFile } from '@/scripts/lib/import-files';
import { SEED_TRANSCRIPT } from './support/seed-files';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('embedded database (zero-config default)', () => {
  it('migrates, imports and keeps the data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rostrum-pglite-'));
    try {
      const port = await freePort();
      const first = await startEmbeddedDatabase({ dataDir, port });
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await migrate(client);
      await client.end();
      const prisma = createPrismaClient(first.url);
      const result = await importTranscriptFile(prisma, SEED_TRANSCRIPT);
      expect(result).toMatchObject({ status: 'created', turns: 43 });
      await prisma.$disconnect();
      await first.stop();

      const second = await startEmbeddedDatabase({ dataDir, port });
      const reopened = createPrismaClient(second.url);
      expect(await reopened.turn.count()).toBe(43);
      await reopened.$disconnect();
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
