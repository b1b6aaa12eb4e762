// The stand-in for '@/lib/auth/viewer' in tests that call actions and route handlers directly:
// whoever `signInAs` names is the signed-in reader (null: signed out). Each test file mocks the
// module with this one (vi.mock is hoisted per file, so the line itself cannot be shared):
//
//   vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
//   import { signInAs } from './support/mock-viewer';
//
// The factory and the test import the same module instance, so `signInAs` drives the mock.
// Every file starts signed out. Not a test file itself (no `.test.ts`).
import type { Viewer } from '@/lib/data/accounts';
import { AppError } from '@/lib/errors';

let signedIn: Viewer | null = null;

/** Makes `viewer` the signed-in reader of every later getViewer/requireViewer; null signs out. */
export function signInAs(viewer: Viewer | null): void {
  signedIn = viewer;
}

/** As lib/auth/viewer.ts: the signed-in reader, or null. */
export async function getViewer(): Promise<Viewer | null> {
  return signedIn;
}

/** As lib/auth/viewer.ts: the signed-in reader; AppError('unauthenticated') when signed out. */
export async function requireViewer(): Promise<Viewer> {
  if (!signedIn) throw new AppError('unauthenticated');
  return signedIn;
}
