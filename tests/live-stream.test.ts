// The live route's own behaviour against real PostgreSQL: refusals, headers, heartbeats, the
// stream's lifetime, subscriber clean-up, and surviving a lost LISTEN connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { handleLive } from '@/app/api/live/handle-live';
import { createAnnotation } from '@/lib/data/annotations';
import { LiveListener } from '@/lib/live/live-listener';
import * as support from './support/annotation-database';
import { liveRequest, subscribe } from './support/live-subscriber';
import type { TestDatabase } from './support/test-database';

const { SLUG, docOf } = support;
let db: TestDatabase;
let listener: LiveListener;
let author: Viewer;

const writePublic = async () =>
  (await createAnnotation(author, { ...(await support.selectionOf(db, 2, '各位记者朋友')), body: docOf('live'), visibility: 'public' })).id;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  author = await support.createUser(db, 'Author');
  listener = new LiveListener(db.url, { minBackoffMs: 50, log: () => undefined });
});
afterAll(async () => {
  await listener?.stop();
  await support.tearDownAnnotationDatabase(db);
});

describe('GET /api/live', () => {
  it.each([
    ['another site (Sec-Fetch-Site)', { 'sec-fetch-site': 'cross-site' }],
    ['another origin', { origin: 'https://evil.example' }],
  ])('refuses %s with 403 before reading the session', async (_name, headers) => {
    let sessionRead = false;
    const response = await handleLive(liveRequest(SLUG, headers), async () => ((sessionRead = true), null), listener);
    expect(response.status).toBe(403);
    expect(sessionRead).toBe(false);
  });

  it('answers 404 for an unknown or missing transcript, like any unseen thing', async () => {
    for (const url of ['http://rostrum.test/api/live?transcript=no-such-transcript', 'http://rostrum.test/api/live']) {
      const response = await handleLive(new Request(url, { headers: { host: 'rostrum.test' } }), async () => null, listener);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'Not found' });
    }
  });

  it('streams text/event-stream, never cached, with heartbeats, and ends after its maximum age', async () => {
    const response = await handleLive(liveRequest(SLUG), async () => null, listener, { heartbeatMs: 50, maxAgeMs: 400 });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-store');
    const text = await response.text(); // resolves only because the stream ends by itself
    expect(text).toMatch(/^retry: \d+\n\n/);
    expect(text).toContain(': heartbeat\n\n');
    expect(text).toContain('event: ready\n');
    expect(listener.subscriberCount).toBe(0);
  });

  it('treats a session signed out before connecting as signed out (public changes only)', async () => {
    const stranger = await support.createUser(db, 'Stale');
    const stream = await subscribe(stranger, SLUG, listener, 7); // the user's version is 0: a stale cookie
    const id = await writePublic();
    await stream.waitFor((e) => e.data.id === id, 'public annotation');
    expect(stream.ended()).toBe(false);
    stream.close();
  });

  it('unsubscribes when the browser goes away', async () => {
    const before = listener.subscriberCount;
    const stream = await subscribe(null, SLUG, listener);
    expect(listener.subscriberCount).toBe(before + 1);
    stream.close();
    await expect.poll(() => listener.subscriberCount).toBe(before);
  });

  it('fans out through PostgreSQL: a stream on another app instance (its own listener) hears the write too', async () => {
    const otherInstance = new LiveListener(db.url, { log: () => undefined });
    try {
      const here = await subscribe(null, SLUG, listener);
      const there = await subscribe(null, SLUG, otherInstance);
      const id = await writePublic();
      await here.waitFor((e) => e.data.id === id, 'event on this instance');
      await there.waitFor((e) => e.data.id === id, 'event on the other instance');
      here.close();
      there.close();
    } finally {
      await otherInstance.stop();
    }
  });

  it('reconnects after its PostgreSQL backend is terminated, and delivers again', async () => {
    const stream = await subscribe(null, SLUG, listener);
    const first = await writePublic();
    await stream.waitFor((e) => e.data.id === first, 'event before the drop');
    const terminated = await db.query<{ ok: boolean }>(
      "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'rostrum-live' AND datname = current_database()",
    );
    expect(terminated).toEqual([{ ok: true }]);
    await expect
      .poll(async () => (await db.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'rostrum-live' AND datname = current_database() AND query ILIKE 'LISTEN%'")).length, { timeout: 5_000 })
      .toBe(1);
    const second = await writePublic();
    await stream.waitFor((e) => e.data.id === second, 'event after reconnecting');
    expect(stream.ended()).toBe(false);
    stream.close();
  });
});
