import 'server-only';
import type { z } from 'zod';
import { requireViewer, type Viewer } from '@/lib/auth/viewer';
import { isAppError, type AppErrorCode } from '@/lib/errors';

/** What every server action returns; `error` is a message a user may read. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code: AppErrorCode | 'error' };

/** The first problem zod found, as `field: message`. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The input is not valid';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * Wraps a server action: validate the input with `schema`, require a signed-in viewer, run
 * `work` (data layer, then revalidatePath), and turn AppErrors into `{ ok: false, error }`.
 * Any other error is logged and reported without detail, so nothing internal leaks.
 */
export function validatedAction<Schema extends z.ZodType, T>(
  schema: Schema,
  work: (input: z.output<Schema>, viewer: Viewer) => Promise<T>,
): (input: z.input<Schema>) => Promise<ActionResult<T>> {
  return async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: describeIssue(parsed.error), code: 'invalid' };
    try {
      const viewer = await requireViewer();
      return { ok: true, data: await work(parsed.data, viewer) };
    } catch (error) {
      if (isAppError(error)) return { ok: false, error: error.message, code: error.code };
      console.error(error);
      return { ok: false, error: 'Something went wrong; try again', code: 'error' };
    }
  };
}
