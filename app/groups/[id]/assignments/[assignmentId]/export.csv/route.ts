import { getViewer } from '@/lib/auth/viewer';
import { getI18n } from '@/lib/i18n/get-i18n';
import { limitRouteRequest } from '@/lib/security/route-rate-limit';
import { handleExportAssignment } from './handle-export';

/** The class's progress on an assignment as a CSV download (teachers only; else 404). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; assignmentId: string }> }): Promise<Response> {
  const [viewer, { id, assignmentId }, { t }] = await Promise.all([getViewer(), params, getI18n()]);
  return (await limitRouteRequest(request, viewer)) ?? handleExportAssignment(viewer, id, assignmentId, t);
}
