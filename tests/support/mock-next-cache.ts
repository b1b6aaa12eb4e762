// The stand-in for 'next/cache' in tests that run server actions outside Next (the real
// revalidatePath needs Next's request store):
//
//   vi.mock('next/cache', () => import('./support/mock-next-cache'));
//
// Not a test file itself (no `.test.ts`).
import { vi } from 'vitest';

/** Records calls and does nothing else. */
export const revalidatePath = vi.fn();
