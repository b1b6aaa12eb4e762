import { getViewer } from '@/lib/auth/viewer';
import { limitRouteRequest } from '@/lib/security/route-rate-limit';
import { answerUnlessDatabaseDown } from '@/lib/security/database-unavailable';
import { handleCreateAnnotation } from './handle-annotation-writes';
import { handleListAnnotations } from './handle-annotations';

/**
 * The annotations the signed-in (or signed-out) reader may see on one transcript; see
 * handleListAnnotations. 429 with Retry-After over the API rate limit. Cross-site writes and
 * oversized bodies never get here (proxy.ts answers 403 and 413). 503 while the database is unreachable.
 */
export async function GET(request: Request): Promise<Response> {
  return answerUnlessDatabaseDown(async () => {
    const viewer = await getViewer();
    return (await limitRouteRequest(request, viewer)) ?? handleListAnnotations(viewer, new URL(request.url));
  });
}

/** Creates an annotation (handleCreateAnnotation); 503 while the database is unreachable. */
export async function POST(request: Request): Promise<Response> {
  return answerUnlessDatabaseDown(async () => handleCreateAnnotation(await getViewer(), request));
}
