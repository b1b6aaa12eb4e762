import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getAnnotationForViewer, listAnnotationsForTranscript, listClaimsForTranscript } from '@/lib/data/annotations';
import { getTranscriptHeader } from '@/lib/data/transcripts';
import { annotationFiltersSchema } from '@/lib/validation/annotations';

// Per-viewer answers: never stored by a shared cache.
const HEADERS = { 'Cache-Control': 'private, no-store' };

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: HEADERS });

/**
 * GET /api/annotations?transcript=<slug>[&tag=&claimStatus=&claimType=&authorId=&speaker=&mine=1&claims=1]
 * → `{ annotations: AnnotationSummary[] }` (or `ClaimSummary[]` with `claims=1`): what the
 * viewer may see on the transcript's current version; 404 alike for an unknown transcript and
 * one the viewer may not read. The viewer is a parameter so tests can call it as anyone.
 */
export async function handleListAnnotations(viewer: Viewer | null, url: URL): Promise<Response> {
  const params = url.searchParams;
  const slug = params.get('transcript');
  if (!slug) return json({ error: 'The transcript parameter is required' }, 400);
  const filters = annotationFiltersSchema.safeParse({
    tag: params.get('tag') || undefined,
    claimStatus: params.get('claimStatus') || undefined,
    claimType: params.get('claimType') || undefined,
    authorId: params.get('authorId') || undefined,
    speaker: params.get('speaker') || undefined,
    mine: params.get('mine') === '1' || params.get('mine') === 'true' || undefined,
  });
  if (!filters.success) return json({ error: 'Invalid filter' }, 400);
  if (!(await getTranscriptHeader(viewer, slug))) return json({ error: 'Not found' }, 404);
  const list = params.get('claims') === '1' ? listClaimsForTranscript : listAnnotationsForTranscript;
  return json({ annotations: await list(viewer, slug, filters.data) });
}

/**
 * GET /api/annotations/<id> → `{ annotation: AnnotationDetail }`, or 404 `{ error: 'Not found' }`
 * alike for an annotation the viewer may not see and one that does not exist.
 */
export async function handleGetAnnotation(viewer: Viewer | null, id: string): Promise<Response> {
  const annotation = await getAnnotationForViewer(viewer, id);
  if (!annotation) return json({ error: 'Not found' }, 404);
  return json({ annotation });
}
