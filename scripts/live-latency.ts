/**
 * Measures the delay of live updates: from sending COMMIT of a change to a public annotation
 * until the event is in a signed-out reader's stream. Sequential writes, default 50:
 *   npx tsx --conditions=react-server scripts/live-latency.ts [count] [--url=http://127.0.0.1:3000]
 * against DATABASE_URL (a migrated, seeded database). Without --url it calls the route's own
 * handler in this process (its listener and per-viewer check included); with --url it reads
 * GET /api/live from a running server on that database over HTTP. Cleans up what it made.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { handleLive } from '@/app/api/live/handle-live';
import { createCliAccount, deleteCliAccount } from '@/lib/data/accounts';
import { insertAnnotationRows } from '@/lib/data/annotations';
import { getCurrentVersionText, listCurrentTranscriptSlugs } from '@/lib/data/transcripts';
import { getPrisma } from '@/lib/db/client';
import { requireDatabaseUrl } from '@/lib/db/pool';
import { LiveListener } from '@/lib/live/live-listener';
import { fail } from './lib/cli';

const args = process.argv.slice(2);
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 50);
const server = args.find((arg) => arg.startsWith('--url='))?.slice('--url='.length);

/** The live stream: over HTTP from a running server, or from the route handler in this process. */
async function openStream(slug: string, listener: LiveListener, signal: AbortSignal): Promise<Response> {
  const path = `/api/live?transcript=${encodeURIComponent(slug)}`;
  if (server) return fetch(new URL(path, server), { signal, headers: { accept: 'text/event-stream' } });
  return handleLive(new Request(`http://localhost${path}`, { signal }), async () => null, listener);
}

async function main(): Promise<void> {
  const url = requireDatabaseUrl();
  const prisma = getPrisma();
  const [slug] = await listCurrentTranscriptSlugs(prisma);
  const version = slug ? await getCurrentVersionText(prisma, slug) : null;
  const turn = version?.turns[0];
  if (!slug || !version || !turn) fail('no transcript in the database: run `npm run db:seed` first');
  const user = await createCliAccount(prisma, { name: 'Latency probe', email: `latency-${randomBytes(4).toString('hex')}@example.test` });
  // A placeholder anchor: nobody reads the probe, only its change events are timed.
  const [annotationId] = await insertAnnotationRows(prisma, [
    { transcriptId: version.transcriptId, turnId: turn.id, authorId: user.id, visibility: 'public', start: 0, end: 1, exact: 'x', prefix: '', suffix: '' },
  ]);
  const listener = new LiveListener(url);
  const abort = new AbortController();
  const writer = new pg.Client({ connectionString: url });
  await writer.connect();
  try {
    const response = await openStream(slug, listener, abort.signal);
    if (response.status !== 200 || !response.body) fail(`GET /api/live answered ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const next = async (needle: string) => {
      let text = '';
      while (!text.includes(needle)) text += decoder.decode((await reader.read()).value, { stream: true });
      return performance.now();
    };
    await next('event: ready');
    const delays: number[] = [];
    for (let i = 0; i < count; i++) {
      await writer.query('BEGIN');
      await writer.query('UPDATE "Annotation" SET "bodyText" = $1, "updatedAt" = now() WHERE id = $2', [`probe ${i}`, annotationId]);
      const sent = performance.now();
      const arrived = next(`"id":"${annotationId}"`);
      await writer.query('COMMIT');
      delays.push((await arrived) - sent);
    }
    delays.sort((a, b) => a - b);
    const at = (q: number) => delays[Math.min(delays.length - 1, Math.ceil(q * delays.length) - 1)]!.toFixed(1);
    console.log(`live update delay over ${count} writes (COMMIT sent → event in the stream, ${server ? `over HTTP from ${server}` : `in process, ${listener.mode} mode`}): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${delays.at(-1)!.toFixed(1)} ms`);
  } finally {
    abort.abort();
    await writer.end();
    await listener.stop();
    await deleteCliAccount(prisma, user.id);
    await prisma.$disconnect();
  }
}

main().catch((error: Error) => fail(`live-latency: ${error.message}`));
