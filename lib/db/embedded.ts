import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL compiled to WASM (PGlite) with its data in `dataDir` and serves it on a
 * local port, so the app talks to it through an ordinary DATABASE_URL and needs no second code path.
 */
export async function startEmbeddedDatabase(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataDir });
  const server = new PGLiteSocketServer({ db, port: options.port, host: '127.0.0.1', maxConnections: 16 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw new Error(`cannot serve the embedded database on 127.0.0.1:${options.port} (${(error as Error).message}); set EMBEDDED_DATABASE_PORT or DATABASE_URL`);
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    dataDir: options.dataDir,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
