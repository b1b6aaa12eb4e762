import { pingDatabase } from '@/lib/data/health';
import { answerUnlessDatabaseDown } from '@/lib/security/database-unavailable';

// Never prerendered or cached: it answers for this process, now.
export const dynamic = 'force-dynamic';

const ok = () => new Response('ok', { status: 200, headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' } });

/**
 * GET /api/health → 200 "ok" without touching the database (liveness; also the benchmark's
 * no-op baseline). `?db=1` also runs `SELECT 1` (readiness): 503 with Retry-After while
 * PostgreSQL is unreachable.
 */
export async function GET(request: Request): Promise<Response> {
  if (new URL(request.url).searchParams.get('db') !== '1') return ok();
  return answerUnlessDatabaseDown(async () => {
    await pingDatabase();
    return ok();
  });
}
