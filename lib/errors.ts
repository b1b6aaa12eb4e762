/** What went wrong, in words a user may read; the cause goes to the log only. */
export type AppErrorCode = 'not_found' | 'unauthenticated' | 'invalid' | 'conflict' | 'key_reused' | 'rate_limited';

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  not_found: 'Not found',
  unauthenticated: 'Please sign in first',
  invalid: 'The input is not valid',
  conflict: 'Someone changed this in the meantime; reload and try again',
  key_reused: 'This Idempotency-Key was already used for a different request',
  rate_limited: 'Too many attempts; wait a moment and try again',
};

/**
 * The one error type the data layer and actions throw. There is no "forbidden": a record the
 * viewer may not touch is reported as not found, so nobody learns what exists.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

const HTTP_STATUS: Record<AppErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  not_found: 404,
  conflict: 409,
  // A reused Idempotency-Key with another body (IETF httpapi-idempotency-key-header, section 2.7).
  key_reused: 422,
  rate_limited: 429,
};

/**
 * The HTTP status a route handler answers for an AppError code. The one map for every route
 * handler, kept beside the codes so a new code cannot be added without its status.
 */
export const httpStatusFor = (code: AppErrorCode): number => HTTP_STATUS[code];
