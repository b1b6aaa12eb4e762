import 'server-only';
import type { z } from 'zod';
import type { Viewer } from '@/lib/data/accounts';
import { consumeRateLimit } from '@/lib/data/accounts';
import { isAppError, type AppError } from '@/lib/errors';
import { rateLimitKeys, rateLimitRules } from '@/lib/security/rate-limit-rules';

/** Why a request body could not be read: over the size limit, or not JSON. */
export type UnreadableBody = 'too_large' | 'invalid';

/**
 * A write's input: a value in hand (a server action's argument), or a request body still to be
 * read (the JSON API; see readJsonBody).
 */
export type WriteInput = { value: unknown } | { read: () => Promise<{ ok: true; value: unknown } | { ok: false; reason: UnreadableBody }> };

/** Why the write core did not write, named by the check that stopped it. */
export type WriteRefusal =
  | { ok: false; reason: 'invalid_input'; issues: z.ZodError }
  | { ok: false; reason: 'unreadable_body'; body: UnreadableBody }
  | { ok: false; reason: 'signed_out' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number }
  /** The data layer (or any step) threw an AppError: not found, conflict, invalid, … */
  | { ok: false; reason: 'refused'; error: AppError };

/** The work's result, or why nothing was written. */
export type WriteOutcome<T> = { ok: true; data: T } | WriteRefusal;

/**
 * The one write path, shared by server actions (validatedAction, formAction) and the JSON API.
 * Checks in order: an input in hand is validated first (free, and an invalid one is not
 * counted); then a signed-in viewer; then the viewer's write limit (rateLimitRules().writes,
 * shared by every instance through PostgreSQL); a body still to be read is read and validated
 * only now, so nobody signed out or throttled gets a body parsed; then `work` (the data layer,
 * then revalidatePath). Each caller turns a refusal into its own answer (a message, an HTTP
 * status via httpStatusFor). Errors other than AppError are thrown: the caller logs them or
 * answers 503 for a database outage.
 */
export async function runWrite<Schema extends z.ZodType, T>(
  schema: Schema,
  work: (input: z.output<Schema>, viewer: Viewer) => Promise<T>,
  { input, viewer: loadViewer }: { input: WriteInput; viewer: () => Promise<Viewer | null> },
): Promise<WriteOutcome<T>> {
  const parse = async (): Promise<WriteOutcome<z.output<Schema>>> => {
    const body = 'value' in input ? { ok: true as const, value: input.value } : await input.read();
    if (!body.ok) return { ok: false, reason: 'unreadable_body', body: body.reason };
    const parsed = schema.safeParse(body.value);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: 'invalid_input', issues: parsed.error };
  };
  const inHand = 'value' in input ? await parse() : null;
  if (inHand && !inHand.ok) return inHand;
  try {
    const viewer = await loadViewer();
    if (!viewer) return { ok: false, reason: 'signed_out' };
    const limit = await consumeRateLimit(rateLimitKeys.writes(viewer.id), rateLimitRules().writes);
    if (!limit.allowed) return { ok: false, reason: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
    const parsed = inHand ?? (await parse());
    if (!parsed.ok) return parsed;
    return { ok: true, data: await work(parsed.data, viewer) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, reason: 'refused', error };
    throw error;
  }
}
