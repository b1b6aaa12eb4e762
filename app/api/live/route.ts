import { getServerSession } from 'next-auth';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { readSessionClaims } from '@/lib/auth/session-claims';
import { handleLive } from './handle-live';

// A long-lived stream per reader: never prerendered or cached, and it needs Node's pg.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Live changes on one transcript as server-sent events; see handleLive. */
export async function GET(request: Request): Promise<Response> {
  return handleLive(request, async () => readSessionClaims(await getServerSession(getAuthOptions())));
}
