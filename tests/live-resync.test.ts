// Live updates without NOTIFY. Embedded PGlite serves every connection from one backend
// session, so a notification reaches only the connection that wrote, never the listener: the
// listener detects PGlite and polls instead (a resync each second), and each stream then
// compares what its viewer sees now with what it saw. The same resync runs after a lost
// connection. Here: detection on a real PGlite, and the resync diff through the real route
// on PostgreSQL with a listener that only ever resyncs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { createAnnotation, deleteAnnotation } from '@/lib/data/annotations';
import { createGroup } from '@/lib/data/groups';
import { startEmbeddedDatabase } from '@/lib/db/embedded';
import { LiveListener, type LiveHandler } from '@/lib/live/live-listener';
import type { LiveNotification } from '@/lib/live/live-notification';
import * as support from './support/annotation-database';
import { subscribe } from './support/live-subscriber';
import type { TestDatabase } from './support/test-database';

const { SLUG, docOf } = support;

/** A listener that hears nothing from the database: only the resyncs the test sends. */
class ResyncOnlyListener extends LiveListener {
  private readonly handlers = new Set<LiveHandler>();
  override subscribe(_transcriptId: string, handler: LiveHandler) {
    this.handlers.add(handler);
    return () => void this.handlers.delete(handler);
  }
  override ready() {
    return Promise.resolve();
  }
  resync() {
    for (const handler of this.handlers) handler({ kind: 'resync' });
  }
}

describe('resync (poll mode and after a lost connection)', () => {
  let db: TestDatabase;
  let author: Viewer;
  let stranger: Viewer;
  const listener = new ResyncOnlyListener('postgresql://unused');
  const note = async (visibility: 'public' | 'group', groupId?: string) =>
    (await createAnnotation(author, { ...(await support.selectionOf(db, 2, '各位记者朋友')), body: docOf('n'), visibility, groupId })).id;

  beforeAll(async () => {
    db = await support.setUpAnnotationDatabase();
    author = await support.createUser(db, 'Author');
    stranger = await support.createUser(db, 'Stranger');
  });
  afterAll(() => support.tearDownAnnotationDatabase(db));

  it('announces what appeared and what went, through the access rule', async () => {
    const own = await subscribe(author, SLUG, listener);
    const other = await subscribe(stranger, SLUG, listener);
    const group = await createGroup(author, { name: 'Solo team', kind: 'team' });
    const shared = await note('public');
    const secret = await note('group', group.id);
    listener.resync();
    await own.waitFor((e) => e.data.id === secret && e.data.op === 'upsert', 'own group note');
    await other.waitFor((e) => e.data.id === shared && e.data.op === 'upsert', 'public note');
    await deleteAnnotation(author, shared);
    listener.resync();
    await other.waitFor((e) => e.data.id === shared && e.data.op === 'remove', 'removal of the public note');
    await own.waitFor((e) => e.data.id === shared && e.data.op === 'remove', 'removal for the author');
    expect(other.events.some((e) => e.data.id === secret)).toBe(false);
    own.close();
    other.close();
  });
});

describe('embedded PGlite', () => {
  let dir: string;
  let embedded: Awaited<ReturnType<typeof startEmbeddedDatabase>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rostrum-live-pglite-'));
    embedded = await startEmbeddedDatabase({ dataDir: dir, port: 54000 + (process.pid % 1000) });
  }, 180_000); // PGlite's first start in a new directory takes seconds, more on a loaded machine
  afterAll(async () => {
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cannot deliver NOTIFY to another connection, so the listener polls', async () => {
    const heard: string[] = [];
    const other = new pg.Client({ connectionString: embedded.url });
    await other.connect();
    other.on('notification', (m) => heard.push(m.payload ?? ''));
    await other.query('LISTEN probe');
    const writer = new pg.Client({ connectionString: embedded.url });
    await writer.connect();
    const writerHeard: string[] = [];
    writer.on('notification', (m) => writerHeard.push(m.payload ?? ''));
    await writer.query("SELECT pg_notify('probe', 'hello')");
    await other.query('SELECT 1'); // a round trip after the commit: a real server would have delivered by now
    expect(heard).toEqual([]);
    expect(writerHeard).toEqual(['hello']); // one backend session: it comes back to the writer
    await writer.end();
    await other.end();

    const listener = new LiveListener(embedded.url, { pollIntervalMs: 50, log: () => undefined });
    const got: LiveNotification[] = [];
    const unsubscribe = listener.subscribe('any-transcript', (n) => got.push(n));
    await listener.ready();
    expect(listener.mode).toBe('poll');
    await expect.poll(() => got.length).toBeGreaterThan(0);
    expect(got[0]).toEqual({ kind: 'resync' });
    unsubscribe();
    await listener.stop();
  });
});
