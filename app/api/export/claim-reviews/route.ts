import { getViewer } from '@/lib/auth/viewer';
import { publicBase } from '@/lib/export/public-base';
import { getI18n } from '@/lib/i18n/get-i18n';
import { limitRouteRequest } from '@/lib/security/route-rate-limit';
import { handleExportClaimReviews } from '../handle-export';

export const dynamic = 'force-dynamic';

/** schema.org ClaimReview export (rate-limited as a download); see handleExportClaimReviews. */
export async function GET(request: Request): Promise<Response> {
  const [viewer, { t }] = await Promise.all([getViewer(), getI18n()]);
  return (await limitRouteRequest(request, viewer, new Date(), 'exports')) ?? handleExportClaimReviews(viewer, new URL(request.url), publicBase(request), t);
}
