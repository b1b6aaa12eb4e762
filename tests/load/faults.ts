// PostgreSQL restarted under load: the injector and what the answers say about the outages.
import { spawn } from 'node:child_process';
import type { AnnotatorLog } from './load-client';
import type { CheckResult } from './load-checks';

export interface Restart {
  started: number;
  /** When `pg_ctlcluster … restart` returned: PostgreSQL accepts connections again. */
  done: number;
}

function run(command: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(' ')} exited ${code}: ${stderr}`))));
  });
}

/**
 * Restarts PostgreSQL `times` times, evenly spread over `seconds` (FAULT_CLUSTER
 * "<version> <name>", run as `pg_ctlcluster <version> <name> restart --mode fast`).
 */
export async function injectRestarts(cluster: string, seconds: number, times: number, restarts: Restart[]): Promise<void> {
  const [version, name] = cluster.split(/\s+/);
  if (!version || !name) throw new Error(`FAULT_CLUSTER must be "<version> <name>", got "${cluster}"`);
  const gap = (seconds * 1000) / (times + 1);
  for (let i = 0; i < times; i++) {
    await new Promise((resolve) => setTimeout(resolve, gap * (i === 0 ? 1 : 0.9)));
    const started = performance.now();
    await run(['pg_ctlcluster', version, name, 'restart', '--mode', 'fast']);
    restarts.push({ started, done: performance.now() });
  }
}

/**
 * What the outages looked like to clients: every failure a quick 503 (none slower than
 * `failFastMs`, no other 5xx, no refused connection), service back within `backWithinMs`
 * of each restart's end, the app process alive.
 */
export function judgeOutages(logs: AnnotatorLog[], restarts: Restart[], alive: boolean, failFastMs = 1000, backWithinMs = 5000): CheckResult[] {
  const answers = logs.flatMap((log) => log.answers).sort((a, b) => a.at - b.at);
  const failures = answers.filter((a) => a.status >= 500 || a.status === 0);
  const not503 = failures.filter((a) => a.status !== 503);
  const slowest503 = Math.max(0, ...failures.filter((a) => a.status === 503).map((a) => a.ms));
  const recoveries = restarts.map((r) => {
    const firstOk = answers.find((a) => a.at > r.done && a.status >= 200 && a.status < 300);
    return { back: firstOk ? firstOk.at - r.done : Number.POSITIVE_INFINITY, outage: firstOk ? firstOk.at - r.started : Number.POSITIVE_INFINITY };
  });
  const fmt = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'never');
  return [
    { name: 'the app process survives the restarts', ok: alive, detail: alive ? `alive after ${restarts.length} restarts` : 'the server process exited' },
    {
      name: 'requests during an outage fail fast with 503',
      ok: failures.length > 0 && not503.length === 0 && slowest503 < failFastMs,
      detail: `${failures.length} failed answers, ${not503.length} not 503 (${[...new Set(not503.map((a) => a.status))].join(',') || 'none'}), slowest 503 ${slowest503.toFixed(0)} ms (limit ${failFastMs} ms)`,
    },
    {
      name: `service back within ${backWithinMs / 1000} s of each restart`,
      ok: restarts.length > 0 && recoveries.every((r) => r.back <= backWithinMs),
      detail: recoveries.map((r, i) => `restart ${i + 1}: back ${fmt(r.back)} after PostgreSQL was up (${fmt(r.outage)} from the restart command)`).join('; '),
    },
  ];
}
