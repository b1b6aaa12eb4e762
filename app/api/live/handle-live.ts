import 'server-only';
import type { SessionClaims } from '@/lib/auth/session-claims';
import { findLiveTranscript } from '@/lib/data/annotations';
import { getCurrentSessionUser } from '@/lib/data/accounts';
import { getLiveListener } from '@/lib/live/get-live-listener';
import type { LiveListener } from '@/lib/live/live-listener';
import { openLiveStream, type LiveStreamOptions } from '@/lib/live/live-stream';
import { isSameOriginRequest } from '@/lib/security/origin';
import { limitRouteRequest } from '@/lib/security/route-rate-limit';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/**
 * GET /api/live?transcript=<slug> → a text/event-stream of changes the viewer may see on the
 * transcript (see openLiveStream). Another site's request: 403. No such transcript, or one the
 * viewer may not read (visibleTranscriptWhere): 404.
 * Signed out (or a session ended since its cookie was issued): public changes only.
 * Over the API rate limit: 429 (the client retries later).
 * `loadSession` is read only after the origin check; tests pass claims and a listener directly.
 */
export async function handleLive(
  request: Request,
  loadSession: () => Promise<SessionClaims | null>,
  listener: LiveListener = getLiveListener(),
  timing: Pick<LiveStreamOptions, 'heartbeatMs' | 'maxAgeMs'> = {},
): Promise<Response> {
  if (!isSameOriginRequest(request)) return Response.json({ error: 'Forbidden' }, { status: 403, headers: NO_STORE });
  const slug = new URL(request.url).searchParams.get('transcript');
  if (!slug) return Response.json({ error: 'Not found' }, { status: 404, headers: NO_STORE });
  const claims = await loadSession();
  // The same check as getViewer: the session version must still be the user's current one.
  const viewer = claims ? await getCurrentSessionUser(claims.userId, claims.sessionVersion) : null;
  const session = claims && viewer ? { viewer, claims } : null;
  const transcript = await findLiveTranscript(viewer, slug);
  if (!transcript) return Response.json({ error: 'Not found' }, { status: 404, headers: NO_STORE });
  // Each (re)connection counts against the API limit like any route-handler request.
  const limited = await limitRouteRequest(request, viewer);
  if (limited) return limited;
  const stream = openLiveStream({ transcript, session, listener, signal: request.signal, ...timing });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'private, no-store, no-transform',
      // Proxies such as nginx would otherwise hold the events back in a buffer.
      'X-Accel-Buffering': 'no',
    },
  });
}
