// The checks of `npm run test:load` against a running production server and its database.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/lib/db/client';
import { annotate, send, type AnnotatorLog, type Span } from './load-client';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface LoadTarget {
  origin: string;
  prisma: PrismaClient;
  /** Session cookies of the signed-in annotators, with their user ids. */
  readers: { id: string; cookie: string }[];
  span: Span;
}

/**
 * Runs every reader as an annotator for `seconds`; `during` runs alongside (the fault
 * injector), and the annotators go on until `afterSeconds` after it ended, so recovery is seen.
 */
export async function runAnnotators(target: LoadTarget, seconds: number, during?: () => Promise<void>, afterSeconds = 6): Promise<AnnotatorLog[]> {
  let end = performance.now() + seconds * 1000;
  let injecting = during !== undefined;
  const injected = during?.().finally(() => {
    injecting = false;
    end = Math.max(end, performance.now() + afterSeconds * 1000);
  });
  const deadline = () => (injecting ? Number.POSITIVE_INFINITY : end);
  const [logs] = await Promise.all([Promise.all(target.readers.map((r) => annotate(target.origin, r.cookie, target.span, deadline))), injected]);
  return logs;
}

/**
 * Acknowledged writes against the database: the annotators' rows are exactly the acknowledged
 * creates (no loss, no duplicate), each at revision 1 + its acknowledged edits, and none is
 * partial: every one has its tag(s) and the first entry of its claim history.
 */
export async function verifyStored(target: LoadTarget, logs: AnnotatorLog[]): Promise<CheckResult[]> {
  const authorIds = target.readers.map((r) => r.id);
  const rows = await target.prisma.annotation.findMany({
    where: { authorId: { in: authorIds } },
    select: { id: true, revision: true, claimStatus: true, _count: { select: { tags: true, statusChanges: true } } },
  });
  const acknowledged = new Set(logs.flatMap((log) => [...log.created.values()]));
  const stored = new Set(rows.map((r) => r.id));
  const missing = [...acknowledged].filter((id) => !stored.has(id));
  const unacknowledged = rows.filter((r) => !acknowledged.has(r.id));
  const edits = new Map(logs.flatMap((log) => [...log.edits]));
  // An edit whose answer was lost in an outage may still have committed: more is allowed, less is a lost write.
  const wrongRevision = rows.filter((r) => r.revision < 1 + (edits.get(r.id) ?? 0));
  const unacknowledgedEdits = rows.reduce((sum, r) => sum + Math.max(0, r.revision - 1 - (edits.get(r.id) ?? 0)), 0);
  const partial = rows.filter((r) => r._count.tags === 0 || r._count.statusChanges !== 1 || r.claimStatus !== 'unverified');
  return [
    {
      name: 'no acknowledged write lost',
      ok: missing.length === 0 && unacknowledged.length === 0 && wrongRevision.length === 0,
      detail: `${acknowledged.size} creates acknowledged, ${rows.length} rows stored, ${missing.length} missing, ${unacknowledged.length} stored but never acknowledged; ${[...edits.values()].reduce((a, b) => a + b, 0)} edits acknowledged, ${wrongRevision.length} rows below their acknowledged revision, ${unacknowledgedEdits} edits applied without an answer`,
    },
    { name: 'no partial writes', ok: partial.length === 0, detail: `${partial.length} of ${rows.length} rows lack their tag or claim history` },
  ];
}

/** Status counts of every answer, e.g. `201×812 200×301 503×12`. */
export function statusSummary(logs: AnnotatorLog[]): string {
  const counts = new Map<number, number>();
  for (const a of logs.flatMap((log) => log.answers)) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([status, n]) => `${status}×${n}`).join(' ');
}

/** Ten identical parallel POSTs with one Idempotency-Key store one annotation. */
export async function checkIdempotency(target: LoadTarget): Promise<CheckResult> {
  const reader = target.readers[0]!;
  const key = randomUUID();
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => send(target.origin, reader.cookie, 'POST', '/api/annotations', { ...target.span, tags: ['idempotent'] }, { 'idempotency-key': key })),
  );
  const ids = new Set(answers.map((a) => a.json?.annotation?.id));
  const rows = await target.prisma.annotation.count({ where: { authorId: reader.id, idempotencyKey: key } });
  const statuses = answers.map((a) => a.status).sort().join(',');
  const ok = rows === 1 && ids.size === 1 && answers.filter((a) => a.status === 201).length === 1 && answers.every((a) => a.status === 201 || a.status === 200);
  return { name: '10 identical parallel submits store one annotation', ok, detail: `statuses ${statuses}; ${rows} row(s), ${ids.size} distinct id(s)` };
}

/** N concurrent PATCHes of one annotation at the same revision: exactly one 200, the rest 409. */
export async function checkConflicts(target: LoadTarget, n = 10): Promise<CheckResult> {
  const reader = target.readers[0]!;
  const made = await send(target.origin, reader.cookie, 'POST', '/api/annotations', target.span);
  const id = made.json?.annotation?.id;
  if (made.status !== 201 || !id) return { name: 'concurrent edits: one wins', ok: false, detail: `create answered ${made.status}` };
  const answers = await Promise.all(Array.from({ length: n }, (_, i) => send(target.origin, reader.cookie, 'PATCH', `/api/annotations/${id}`, { tags: [`edit ${i}`], expectedRevision: 1 })));
  const wins = answers.filter((a) => a.status === 200).length;
  const conflicts = answers.filter((a) => a.status === 409).length;
  const stored = await target.prisma.annotation.findUniqueOrThrow({ where: { id }, select: { revision: true } });
  return {
    name: `${n} concurrent edits of one annotation: exactly one wins, the others get 409`,
    ok: wins === 1 && conflicts === n - 1 && stored.revision === 2,
    detail: `${wins} × 200, ${conflicts} × 409, stored revision ${stored.revision}`,
  };
}
