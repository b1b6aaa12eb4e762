/**
 * `npm run bench [-- --out=bench-results.md] [-- --in-memory]`: the performance figures of issue 7 against a
 * production server (`next start`, built into NEXT_DIST_DIR when the sources changed) on a
 * fresh PostgreSQL database (TEST_DATABASE_ADMIN_URL, default postgres@127.0.0.1:5432).
 * Every figure: warm-up first, then the median of 3 runs. Prints a Markdown table (figure,
 * value, goal, met?) with the machine it ran on; progress goes to stderr. Knobs:
 * BENCH_PAGE_SAMPLES (page loads per run, 20), BENCH_CREATE_SECONDS (per autocannon run, 5).
 * `--in-memory` measures only the figures that need no server and no database
 * (scripts/lib/bench-in-memory.ts: link suggestions on the gold sample, 1,000 re-anchors), in seconds.
 */
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { codePointLength } from '@/lib/anchoring/code-points';
import { createCliAccount } from '@/lib/data/accounts';
import { getCurrentVersionText } from '@/lib/data/transcripts';
import { buildIfNeeded, createSeededDatabase, createSignedInReader, startAppServer } from './lib/app-server';
import { fetchOk, medianOfRuns, percentile, median, timedLoop, type Latency } from './lib/bench-measure';
import { inMemoryRows, renderInMemoryReport } from './lib/bench-in-memory';
import { pageWeight, timeCorrectedImport, timeLinkSuggestions, timeReanchorPure } from './lib/bench-offline';
import { VISIBLE_ANNOTATIONS_SQL } from './lib/bench-queries';
import { describeMachine, renderReport, type Row } from './lib/bench-report';
import { seedAnnotations } from './lib/bench-seed';
import { fail } from './lib/cli';

const SLUG = 'scio-2020-03-26-press-conference';
const PAGE_SAMPLES = Number(process.env.BENCH_PAGE_SAMPLES ?? 20);
const CREATE_SECONDS = Number(process.env.BENCH_CREATE_SECONDS ?? 5);
const RUNS = 3;
const out = process.argv.slice(2).find((arg) => arg.startsWith('--out='))?.slice('--out='.length);
const inMemoryOnly = process.argv.slice(2).includes('--in-memory');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** p50/p95 of `samples` sequential calls, warm-up of a few calls, median of RUNS runs. */
const latencyOf = (samples: number, once: () => Promise<unknown>) =>
  medianOfRuns(RUNS, () => timedLoop(Math.max(3, Math.ceil(samples / 5)), once), () => timedLoop(samples, once));

/** Creates through POST /api/annotations with autocannon at `connections`; exact p50/p95 from every response. */
async function createLatency(origin: string, cookie: string, body: string, connections: number): Promise<Latency & { errors: number; requests: number }> {
  const run = async (duration: number) => {
    const times: number[] = [];
    const instance = autocannon({
      url: origin,
      connections,
      duration,
      timeout: 30,
      requests: [{ method: 'POST', path: '/api/annotations', headers: { 'content-type': 'application/json', cookie }, body }],
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
    const result = await instance;
    return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), errors: result.errors + result.timeouts + result.non2xx, requests: result.requests.total };
  };
  await run(1); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(CREATE_SECONDS));
  return {
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
  };
}

/** Prints (and with --out= writes) the report. */
function publish(report: string): void {
  if (out) writeFileSync(out, report);
  process.stdout.write(report);
}

async function main(): Promise<void> {
  // First, while nothing else of the bench runs: the figures that need no server.
  log('in-memory figures');
  const inMemory = inMemoryRows(RUNS);
  if (inMemoryOnly) return publish(renderInMemoryReport(inMemory, await describeMachine(), RUNS));
  buildIfNeeded(log);
  log('creating and seeding a fresh database');
  const db = await createSeededDatabase('rostrum_bench');
  const server = await startAppServer(db.url, { RATE_LIMIT_WRITES_PER_MINUTE: '1000000000', RATE_LIMIT_API_PER_MINUTE: '1000000000' });
  const bare = new pg.Client({ connectionString: db.url });
  await bare.connect();
  const rows: Row[] = [];
  try {
    const reader = await createSignedInReader(db.prisma, server.origin, 'Bench reader');
    const others = await Promise.all(Array.from({ length: 19 }, (_, i) => createCliAccount(db.prisma, { name: `Annotator ${i}`, email: `bench-${i}-${reader.id}@example.test` })));
    const authors = [reader.id, ...others.map((o) => o.id)];
    const headers = { cookie: reader.cookie };
    const page = `${server.origin}/transcripts/${SLUG}`;
    const pageLatency = () => latencyOf(PAGE_SAMPLES, () => fetchOk(page, { headers }));
    const queryLatency = () => latencyOf(100, () => bare.query(VISIBLE_ANNOTATIONS_SQL, [SLUG, reader.id]));

    log('baselines');
    const select1 = await latencyOf(200, () => bare.query('SELECT 1'));
    const noop = await latencyOf(200, () => fetchOk(`${server.origin}/api/health`));
    const query0 = await queryLatency();
    const page0 = await pageLatency();
    const readerWeight = await pageWeight(server.origin, `/transcripts/${SLUG}`, headers);
    const emptyWeight = await pageWeight(server.origin, '/bench-no-such-page', headers);

    log('1,000 annotations');
    await seedAnnotations(db.prisma, SLUG, 1000, authors, 1);
    const query1k = await queryLatency();
    const page1k = await pageLatency();
    const html1k = await pageWeight(server.origin, `/transcripts/${SLUG}`, headers);
    const reanchorPure = await timeReanchorPure(db.prisma, SLUG);
    const reanchorImport = await timeCorrectedImport(db.prisma, SLUG);
    const links = await timeLinkSuggestions(db.prisma, SLUG);

    log('10,000 annotations');
    await seedAnnotations(db.prisma, SLUG, 9000, authors, 2);
    const query10k = await queryLatency();
    const page10k = await pageLatency();
    const html10k = await pageWeight(server.origin, `/transcripts/${SLUG}`, headers);

    log('creates');
    const turn = (await getCurrentVersionText(db.prisma, SLUG))?.turns.find((t) => t.index === 2);
    if (!turn) throw new Error(`${SLUG} has no turn 2`);
    const at = turn.text.indexOf('非常高兴');
    const start = codePointLength(turn.text.slice(0, at));
    const body = JSON.stringify({ transcriptSlug: SLUG, turnIndex: 2, start, end: start + 4, exact: '非常高兴', visibility: 'public', tags: ['bench'] });
    const creates = [];
    for (const c of [1, 4, 16]) creates.push({ c, ...(await createLatency(server.origin, reader.cookie, body, c)) });

    const extra = (page1k.p50 - page0.p50);
    rows.push(
      { figure: 'Baseline: `SELECT 1` through `pg` (p50 / p95)', value: `${ms(select1.p50)} / ${ms(select1.p95)}` },
      { figure: 'Baseline: no-op route handler `GET /api/health` (p50 / p95)', value: `${ms(noop.p50)} / ${ms(noop.p95)}` },
      { figure: 'Baseline: visibility query, bare `pg`, 0 / 1k / 10k annotations (p50)', value: `${ms(query0.p50)} / ${ms(query1k.p50)} / ${ms(query10k.p50)}` },
      { figure: 'Baseline: reader page, no annotations (p50 / p95)', value: `${ms(page0.p50)} / ${ms(page0.p95)}` },
      { figure: 'Reader page, 1k annotations (p50 / p95)', value: `${ms(page1k.p50)} / ${ms(page1k.p95)}`, goal: 'p50 ≤ 150 ms', met: page1k.p50 <= 150 },
      { figure: 'Reader page 1k − page with none (p50) vs 4 × bare query at 1k', value: `${ms(extra)} vs ${ms(4 * query1k.p50)}`, goal: '≤ 4 × bare query', met: extra <= 4 * query1k.p50 },
      { figure: 'Reader page, 10k annotations (p50 / p95)', value: `${ms(page10k.p50)} / ${ms(page10k.p95)} (${(page10k.p50 / page1k.p50).toFixed(2)} × 1k)`, goal: '≤ 2 × the 1k time', met: page10k.p50 <= 2 * page1k.p50 },
      { figure: 'Reader page HTML gzipped, 0 / 1k / 10k annotations', value: `${kB(readerWeight.htmlGzip)} / ${kB(html1k.htmlGzip)} / ${kB(html10k.htmlGzip)}` },
      ...creates.map(({ c, p50, p95, errors, requests }) => ({
        figure: `Annotation create at concurrency ${c} (p50 / p95; errors in ${requests} requests)`,
        value: `${ms(p50)} / ${ms(p95)}; ${errors} errors`,
        goal: c === 16 ? 'p95 ≤ 200 ms, 0 errors' : '0 errors',
        met: errors === 0 && (c !== 16 || p95 <= 200),
      })),
      {
        figure: `JS shipped to the reader page, gzipped (${readerWeight.files} files) vs empty page of the build (${emptyWeight.files} files)`,
        value: `${kB(readerWeight.scriptsGzip)} vs ${kB(emptyWeight.scriptsGzip)}: +${kB(readerWeight.scriptsGzip - emptyWeight.scriptsGzip)}`,
        goal: '≤ 60 kB more',
        met: readerWeight.scriptsGzip - emptyWeight.scriptsGzip <= 60_000,
      },
      { figure: `Re-anchoring ${reanchorPure.annotations} annotations after a one-turn correction (lib/anchoring, in memory)`, value: ms(reanchorPure.ms), goal: '≤ 50 ms', met: reanchorPure.ms <= 50 },
      { figure: `Corrected import with ${reanchorPure.annotations} annotations (new version + lib/data re-anchoring, one transaction)`, value: ms(reanchorImport) },
      { figure: `Link suggestions, all ${links.turns} turns × all ${links.entries} chronicle entries`, value: ms(links.ms) },
      ...inMemory,
    );
  } finally {
    await bare.end();
    await server.stop();
    await db.drop();
  }
  publish(renderReport(rows, await describeMachine(), { pageSamples: PAGE_SAMPLES, createSeconds: CREATE_SECONDS, runs: RUNS }));
}

main().catch((error: Error) => fail(`bench: ${error.stack ?? error.message}`));
