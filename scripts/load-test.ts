/**
 * `npm run test:load`: load and fault checks against a production server (`next start`, built
 * into NEXT_DIST_DIR when the sources changed) on a fresh database of a real PostgreSQL
 * (TEST_DATABASE_ADMIN_URL, default postgres@127.0.0.1:5432). Exits 1 when a check fails.
 * - LOAD_CONCURRENCY (16) annotators for LOAD_SECONDS (30; CI: 5): acknowledged writes equal
 *   rows in the database, no 5xx, no partial write; 10 parallel submits with one Idempotency-Key
 *   store one annotation; concurrent edits at one revision: one 200, the others 409.
 * - `--faults` (never in CI or `npm test`: it restarts a whole PostgreSQL cluster that other
 *   databases may be using): FAULT_CLUSTER="<version> <name>" (e.g. "15 main") of the server
 *   at TEST_DATABASE_ADMIN_URL is restarted 3 times during another annotators' run
 *   (FAULT_SECONDS, default 30): the app survives, failures are fast 503s, service is back
 *   within 5 s, nothing acknowledged is lost and nothing is partial.
 */
import { codePointLength } from '@/lib/anchoring/code-points';
import { getCurrentVersionText } from '@/lib/data/transcripts';
import { injectRestarts, judgeOutages, type Restart } from '@/tests/load/faults';
import { checkConflicts, checkIdempotency, runAnnotators, statusSummary, verifyStored, type CheckResult, type LoadTarget } from '@/tests/load/load-checks';
import { buildIfNeeded, createSeededDatabase, createSignedInReader, startAppServer } from './lib/app-server';
import { fail } from './lib/cli';

const SLUG = 'scio-2020-03-26-press-conference';
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const faultSeconds = Number(process.env.FAULT_SECONDS ?? 30);
const concurrency = Number(process.env.LOAD_CONCURRENCY ?? 16);
const withFaults = process.argv.includes('--faults');
const log = (line: string) => process.stderr.write(`[load] ${line}\n`);

function report(results: CheckResult[]): boolean {
  for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name}: ${r.detail}`);
  return results.every((r) => r.ok);
}

async function main(): Promise<void> {
  if (withFaults && !process.env.FAULT_CLUSTER) fail('--faults needs FAULT_CLUSTER="<version> <name>" of the PostgreSQL at TEST_DATABASE_ADMIN_URL');
  buildIfNeeded(log);
  const db = await createSeededDatabase('rostrum_load');
  const server = await startAppServer(db.url, { RATE_LIMIT_WRITES_PER_MINUTE: '1000000000', RATE_LIMIT_API_PER_MINUTE: '1000000000', DATABASE_POOL_MAX: '20' });
  let ok = true;
  try {
    const turn = (await getCurrentVersionText(db.prisma, SLUG))?.turns.find((t) => t.index === 2);
    if (!turn) throw new Error(`no turn 2 in "${SLUG}"`);
    const start = codePointLength(turn.text.slice(0, turn.text.indexOf('非常高兴')));
    const span = { transcriptSlug: SLUG, turnIndex: 2, start, end: start + 4, exact: '非常高兴' };
    const signIn = (prefix: string) => Promise.all(Array.from({ length: concurrency }, (_, i) => createSignedInReader(db.prisma, server.origin, `${prefix} ${i}`)));
    const target: LoadTarget = { origin: server.origin, prisma: db.prisma, readers: await signIn('Annotator'), span };

    log(`${concurrency} annotators for ${seconds} s`);
    const logs = await runAnnotators(target, seconds);
    const answers = logs.flatMap((l) => l.answers);
    const serverErrors = answers.filter((a) => a.status >= 500 || a.status === 0).length;
    ok = report([
      { name: `${concurrency} annotators for ${seconds} s get no 5xx`, ok: serverErrors === 0, detail: `${answers.length} answers: ${statusSummary(logs)}` },
      ...(await verifyStored(target, logs)),
      await checkIdempotency(target),
      await checkConflicts(target),
    ]);

    if (withFaults) {
      const faultTarget = { ...target, readers: await signIn('Fault annotator') };
      log(`${concurrency} annotators for ${faultSeconds} s, restarting PostgreSQL (${process.env.FAULT_CLUSTER}) 3 times`);
      const restarts: Restart[] = [];
      const faultLogs = await runAnnotators(faultTarget, faultSeconds, () => injectRestarts(process.env.FAULT_CLUSTER!, faultSeconds, 3, restarts));
      console.log(`fault run answers: ${statusSummary(faultLogs)}`);
      ok = report([...judgeOutages(faultLogs, restarts, server.alive()), ...(await verifyStored(faultTarget, faultLogs))]) && ok;
    }
  } finally {
    await server.stop();
    await db.drop();
  }
  if (!ok) process.exit(1);
}

main().catch((error: Error) => fail(`load test: ${error.stack ?? error.message}`));
