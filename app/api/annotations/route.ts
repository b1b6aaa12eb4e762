import { getViewer } from '@/lib/auth/viewer';
import { handleListAnnotations } from './handle-annotations';

/** The annotations the signed-in (or signed-out) reader may see on one transcript; see handleListAnnotations. */
export async function GET(request: Request): Promise<Response> {
  return handleListAnnotations(await getViewer(), new URL(request.url));
}
