import { getViewer } from '@/lib/auth/viewer';
import { publicBase } from '@/lib/export/public-base';
import { handleExportAnnotations } from '../handle-export';

export const dynamic = 'force-dynamic';

/** W3C Web Annotation export; see handleExportAnnotations. */
export async function GET(request: Request): Promise<Response> {
  return handleExportAnnotations(await getViewer(), new URL(request.url), publicBase(request));
}
