import { getViewer } from '@/lib/auth/viewer';
import { limitRouteRequest } from '@/lib/security/route-rate-limit';
import { answerUnlessDatabaseDown } from '@/lib/security/database-unavailable';
import { handleUpdateAnnotation } from '../handle-annotation-writes';
import { handleGetAnnotation } from '../handle-annotations';

/** One annotation with its thread, evidence and claim history; 404 when not visible, 429 over the API rate limit, 503 while the database is unreachable. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return answerUnlessDatabaseDown(async () => {
    const viewer = await getViewer();
    return (await limitRouteRequest(request, viewer)) ?? handleGetAnnotation(viewer, id);
  });
}

/** Edits the viewer's own annotation (handleUpdateAnnotation): 409 on a stale expectedRevision. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return answerUnlessDatabaseDown(async () => handleUpdateAnnotation(await getViewer(), id, request));
}
