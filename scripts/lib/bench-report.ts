import { cpus, totalmem } from 'node:os';
import pg from 'pg';

/** One line of the benchmark table; `goal` and `met` only where the issue sets a goal. */
export interface Row {
  figure: string;
  value: string;
  goal?: string;
  met?: boolean;
}

/** CPU model and cores, RAM, Node and PostgreSQL versions, as one Markdown line. */
export async function describeMachine(adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
  await client.end();
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, PostgreSQL ${rows[0]?.server_version ?? '?'}, ${process.platform} ${process.arch}`;
}

/** The Markdown report: the table, then the machine and the method. */
export function renderReport(rows: readonly Row[], machine: string, method: { pageSamples: number; createSeconds: number; runs: number }): string {
  const lines = ['| Figure | Value | Goal | Met? |', '| --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${row.figure} | ${row.value} | ${row.goal ?? '—'} | ${row.met === undefined ? '—' : row.met ? 'yes' : '**no**'} |`);
  return [
    ...lines,
    '',
    `Machine: ${machine}. Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `Method: \`next start\` (production build) and the benchmark on the same machine; warm-up first, every figure the median of ${method.runs} runs; ` +
      `page loads are sequential, ${method.pageSamples} per run, as the signed-in bench reader (whole HTML read); creates are autocannon runs of ` +
      `${method.createSeconds} s against \`POST /api/annotations\` with p50/p95 over every response; the "empty page" is the build's 404 page (root layout only).`,
    '',
  ].join('\n');
}
