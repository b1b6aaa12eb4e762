import 'server-only';
import type { z } from 'zod';
import { runWrite, type WriteRefusal } from '@/lib/actions/write-core';
import type { Viewer } from '@/lib/data/accounts';
import { createAnnotationOnce, updateAnnotation } from '@/lib/data/annotations';
import { httpStatusFor } from '@/lib/errors';
import { answerUnlessDatabaseDown } from '@/lib/security/database-unavailable';
import { readJsonBody } from '@/lib/security/request-limits';
import { createAnnotationInputSchema, updateAnnotationInputSchema } from '@/lib/validation/annotations';

const HEADERS = { 'Cache-Control': 'private, no-store' };
const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...HEADERS, ...headers } });

/** An idempotency key: 1–200 visible ASCII characters (a UUID in practice). */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** The first zod problem as `field: message` (English: the API's clients are programs). */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'The input is not valid';
}

/** The write core's refusal as the API's answer; AppError codes get their status from httpStatusFor. */
function refusal(refused: WriteRefusal): Response {
  switch (refused.reason) {
    case 'signed_out':
      return json({ error: 'Please sign in first' }, httpStatusFor('unauthenticated'));
    case 'rate_limited':
      return json({ error: 'Too many requests' }, httpStatusFor('rate_limited'), { 'Retry-After': String(refused.retryAfterSeconds) });
    case 'unreadable_body':
      return refused.body === 'too_large' ? json({ error: 'Request body too large' }, 413) : json({ error: 'The body is not valid JSON' }, httpStatusFor('invalid'));
    case 'invalid_input':
      return json({ error: describe(refused.issues) }, httpStatusFor('invalid'));
    case 'refused':
      return json({ error: refused.error.message, code: refused.error.code }, httpStatusFor(refused.error.code));
  }
}

/**
 * A JSON write through the write core (runWrite), whose order the answers follow: signed in
 * (401), the viewer's write limit, shared with server actions (rateLimitRules().writes,
 * RATE_LIMIT_WRITES_PER_MINUTE; 429 with Retry-After), a JSON body within MAX_API_BODY_BYTES
 * (413, 400), then `schema` (400). Then `work`, whose AppErrors become 400/401/404/409/429;
 * an unreachable database answers 503.
 */
async function write<Schema extends z.ZodType>(
  viewer: Viewer | null,
  request: Request,
  schema: Schema,
  work: (input: z.output<Schema>, viewer: Viewer) => Promise<Response>,
): Promise<Response> {
  return answerUnlessDatabaseDown(async () => {
    const outcome = await runWrite(schema, work, { viewer: async () => viewer, input: { read: () => readJsonBody(request) } });
    return outcome.ok ? outcome.data : refusal(outcome);
  });
}

/**
 * POST /api/annotations, body = createAnnotationInputSchema → 201 `{ annotation }`. With an
 * `Idempotency-Key` header, a repeat of the same viewer's key answers 200 with the annotation
 * the first request stored (parallel repeats included), never a second row.
 */
export async function handleCreateAnnotation(viewer: Viewer | null, request: Request): Promise<Response> {
  const key = request.headers.get('idempotency-key');
  if (key !== null && !KEY_PATTERN.test(key)) return json({ error: 'Idempotency-Key: 1–200 visible ASCII characters' }, 400);
  return write(viewer, request, createAnnotationInputSchema, async (input, author) => {
    const { annotation, created } = await createAnnotationOnce(author, input, key ?? undefined);
    return json({ annotation }, created ? 201 : 200);
  });
}

/**
 * PATCH /api/annotations/<id>, body = updateAnnotationInputSchema without `id` (with
 * `expectedRevision`) → 200 `{ annotation }`; 409 when the annotation changed since that
 * revision, 404 when it is not the viewer's own.
 */
export async function handleUpdateAnnotation(viewer: Viewer | null, id: string, request: Request): Promise<Response> {
  const schema = updateAnnotationInputSchema.omit({ id: true });
  return write(viewer, request, schema, async (changes, author) => json({ annotation: await updateAnnotation(author, id, changes) }, 200));
}
