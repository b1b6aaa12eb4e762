/** What went wrong, in words a user may read; the cause goes to the log only. */
export type AppErrorCode = 'not_found' | 'unauthenticated' | 'invalid' | 'conflict' | 'rate_limited';

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  not_found: 'Not found',
  unauthenticated: 'Please sign in first',
  invalid: 'The input is not valid',
  conflict: 'Someone changed this in the meantime; reload and try again',
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
