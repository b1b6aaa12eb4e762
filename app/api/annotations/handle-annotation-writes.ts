import 'server-only';
import type { z } from 'zod';
import type { Viewer } from '@/lib/data/accounts';
import { createAnnotationOnce, updateAnnotation } from '@/lib/data/annotations';
import { consumeRateLimit } from '@/lib/data/accounts';
import { answerUnlessDatabaseDown } from '@/lib/security/database-unavailable';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import { rateLimitKeys, rateLimitRules } from '@/lib/security/rate-limit-rules';
import { readJsonBody } from '@/lib/security/request-limits';
import { createAnnotationInputSchema, updateAnnotationInputSchema } from '@/lib/validation/annotations';

const HEADERS = { 'Cache-Control': 'private, no-store' };
const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...HEADERS, ...headers } });

const STATUS: Record<AppErrorCode, number> = { invalid: 400, unauthenticated: 401, not_found: 404, conflict: 409, rate_limited: 429 };

/** An idempotency key: 1–200 visible ASCII characters (a UUID in practice). */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** The first zod problem as `field: message`. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'The input is not valid';
}

/**
 * The checks every write shares, in order: signed in (401), the viewer's write limit, shared
 * with server actions (rateLimitRules().writes, RATE_LIMIT_WRITES_PER_MINUTE; 429 with
 * Retry-After), a JSON body within MAX_API_BODY_BYTES (413, 400), then `schema` (400). Then
 * `work`, whose AppErrors become 400/401/404/409/429; an unreachable database answers 503.
 */
async function write<Schema extends z.ZodType>(
  viewer: Viewer | null,
  request: Request,
  schema: Schema,
  work: (input: z.output<Schema>, viewer: Viewer) => Promise<Response>,
): Promise<Response> {
  return answerUnlessDatabaseDown(async () => {
    if (!viewer) return json({ error: 'Please sign in first' }, 401);
    const limit = await consumeRateLimit(rateLimitKeys.writes(viewer.id), rateLimitRules().writes);
    if (!limit.allowed) return json({ error: 'Too many requests' }, 429, { 'Retry-After': String(limit.retryAfterSeconds) });
    const body = await readJsonBody(request);
    if (!body.ok) return body.reason === 'too_large' ? json({ error: 'Request body too large' }, 413) : json({ error: 'The body is not valid JSON' }, 400);
    const parsed = schema.safeParse(body.value);
    if (!parsed.success) return json({ error: describe(parsed.error) }, 400);
    try {
      return await work(parsed.data, viewer);
    } catch (error) {
      if (isAppError(error)) return json({ error: error.message, code: error.code }, STATUS[error.code]);
      throw error;
    }
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
