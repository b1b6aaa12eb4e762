import { getViewer } from '@/lib/auth/viewer';
import { handleGetAnnotation } from '../handle-annotations';

/** One annotation with its thread, evidence and claim history; 404 when not visible. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleGetAnnotation(await getViewer(), id);
}
