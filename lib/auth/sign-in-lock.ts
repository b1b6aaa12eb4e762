import 'server-only';
import { getSignInLockSeconds, signInThrottleKeys } from '@/lib/data/accounts';
import { signInInputSchema } from '@/lib/validation/auth';
import { clientAddress } from './client-address';

/**
 * For next-auth's credentials callback: a 429 with Retry-After while any of the attempt's
 * throttle keys (the same as authenticate.ts counts) is locked, else null (next-auth then runs
 * the usual throttled check, which answers with a redirect, the only answer it knows). Reads a
 * clone, so the body stays for next-auth.
 */
export async function lockedSignInResponse(request: Request): Promise<Response | null> {
  const form = await request.clone().formData().catch(() => null);
  const input = signInInputSchema.safeParse({ email: form?.get('email') ?? '', password: form?.get('password') ?? '' });
  if (!input.success) return null;
  const seconds = await getSignInLockSeconds(signInThrottleKeys(input.data.email, clientAddress(request.headers)));
  if (seconds <= 0) return null;
  return Response.json({ error: 'Too many sign-in attempts; try again later' }, { status: 429, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } });
}
