import { getViewer } from '@/lib/auth/viewer';
import { publicBase } from '@/lib/export/public-base';
import { limitRouteRequest } from '@/lib/security/route-rate-limit';
import { handleExportAnnotations } from '../handle-export';

export const dynamic = 'force-dynamic';

/** W3C Web Annotation export (rate-limited as a download); see handleExportAnnotations. */
export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  return (await limitRouteRequest(request, viewer, new Date(), 'exports')) ?? handleExportAnnotations(viewer, new URL(request.url), publicBase(request));
}
