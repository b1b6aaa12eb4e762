// The HTTP side of the load checks: signed-in annotators posting and editing annotations
// through the JSON API, recording every answer with its status and time.
import { randomUUID } from 'node:crypto';

export interface Answer {
  kind: 'create' | 'edit';
  status: number;
  /** ms from sending to the whole answer read; network errors count as status 0. */
  ms: number;
  /** performance.now() when the answer arrived. */
  at: number;
}

export interface Span {
  transcriptSlug: string;
  turnIndex: number;
  start: number;
  end: number;
  exact: string;
}

/** Sends one JSON request; never throws (a refused connection is status 0). */
export async function send(origin: string, cookie: string, method: 'POST' | 'PATCH', path: string, body: unknown, headers: Record<string, string> = {}) {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const json = (await response.json().catch(() => null)) as { annotation?: { id: string; revision: number } } | null;
    return { status: response.status, json, ms: performance.now() - started, at: performance.now() };
  } catch {
    return { status: 0, json: null, ms: performance.now() - started, at: performance.now() };
  }
}

/** What one annotator's run acknowledged: created ids (by key) and edits answered 200 per id. */
export interface AnnotatorLog {
  answers: Answer[];
  created: Map<string, string>;
  edits: Map<string, number>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One annotator until `deadline()` (performance.now() time, may move): creates a highlight with a tag and a
 * claim (so a write has three parts to lose), and every third time edits their last one at
 * its revision. A create that fails is retried with the same Idempotency-Key until it is
 * acknowledged, as a careful client does, so nothing is left ambiguous.
 */
export async function annotate(origin: string, cookie: string, span: Span, deadline: () => number): Promise<AnnotatorLog> {
  const log: AnnotatorLog = { answers: [], created: new Map(), edits: new Map() };
  let last: { id: string; revision: number } | null = null;
  for (let i = 0; performance.now() < deadline(); i++) {
    if (last && i % 3 === 2) {
      const r = await send(origin, cookie, 'PATCH', `/api/annotations/${last.id}`, { tags: [`edit-${i}`], expectedRevision: last.revision });
      log.answers.push({ kind: 'edit', status: r.status, ms: r.ms, at: r.at });
      if (r.status === 200 && r.json?.annotation) {
        log.edits.set(last.id, (log.edits.get(last.id) ?? 0) + 1);
        last = r.json.annotation;
      } else if (r.status === 409) {
        // An earlier edit may have committed while its answer was lost (an outage): take the stored revision.
        const current = await fetch(`${origin}/api/annotations/${last.id}`, { headers: { cookie } }).then((res) => res.json(), () => null);
        if (current?.annotation) last = current.annotation as { id: string; revision: number };
      } else await wait(200);
      continue;
    }
    const key = randomUUID();
    const body = { ...span, visibility: 'public', tags: ['load'], claim: { type: 'statistic' } };
    for (;;) {
      const r = await send(origin, cookie, 'POST', '/api/annotations', body, { 'idempotency-key': key });
      log.answers.push({ kind: 'create', status: r.status, ms: r.ms, at: r.at });
      if ((r.status === 201 || r.status === 200) && r.json?.annotation) {
        log.created.set(key, r.json.annotation.id);
        last = r.json.annotation;
        break;
      }
      if (r.status >= 400 && r.status < 500) break; // a client error is final, nothing stored
      await wait(200);
    }
  }
  return log;
}
