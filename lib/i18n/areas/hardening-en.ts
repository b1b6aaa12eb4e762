import type { Message } from '../dictionary';
import type { hardeningZh } from './hardening-zh';

/** English interface text for the hardening area; the type makes a missing key a compile error. */
export const hardeningEn: Record<keyof typeof hardeningZh, Message> = {
  hardeningRateLimited: {
    one: 'Too many changes at once; try again in {n} second',
    other: 'Too many changes at once; try again in {n} seconds',
  },
  hardeningSignUpRateLimited: {
    one: 'Too many accounts were created from this network; try again in {n} second',
    other: 'Too many accounts were created from this network; try again in {n} seconds',
  },
  hardeningErrorTitle: 'Something went wrong',
  hardeningErrorBody: 'This page cannot be shown right now. Try again in a moment; if it keeps happening, let us know.',
  hardeningErrorRetry: 'Try again',
  hardeningErrorHome: 'Back to the home page',
};
