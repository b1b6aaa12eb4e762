import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { listAnnotationsForExport, listReviewedClaims, type ExportScope } from '@/lib/data/annotations';
import { toClaimReview } from '@/lib/export/claim-review';
import { toAnnotationCollection } from '@/lib/export/web-annotation';
import type { Translator } from '@/lib/i18n/translate';
import { claimStatusLabel } from '@/components/annotations/labels';

const notFound = () => Response.json({ error: 'Not found' }, { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

/** A per-viewer JSON-LD download; never stored by a shared cache. */
function download(body: unknown, filename: string): Response {
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/ld+json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

const safeName = (value: string) => value.replace(/[^\w.-]+/g, '-').slice(0, 80);

/**
 * GET /api/export/annotations?transcript=<slug> | group=<id> | mine=1 (combinable) → the
 * annotations the viewer may read in that scope as a W3C AnnotationCollection. An unknown
 * transcript or one the viewer may not read, a group the viewer is not in, or `mine` signed
 * out: 404. No scope: 400.
 */
export async function handleExportAnnotations(viewer: Viewer | null, url: URL, base: string): Promise<Response> {
  const params = url.searchParams;
  const scope: ExportScope = {
    transcriptSlug: params.get('transcript') || undefined,
    groupId: params.get('group') || undefined,
    mine: params.get('mine') === '1' || undefined,
  };
  if (!scope.transcriptSlug && !scope.groupId && !scope.mine) return Response.json({ error: 'Choose a transcript, a group or mine=1' }, { status: 400 });
  const annotations = await listAnnotationsForExport(viewer, scope);
  if (!annotations) return notFound();
  const name = ['rostrum', scope.transcriptSlug, scope.groupId && `group-${scope.groupId}`, scope.mine && 'mine'].filter(Boolean).join('-');
  return download(toAnnotationCollection(annotations, base, name), `${safeName(name)}.jsonld`);
}

/** GET /api/export/claim-reviews?transcript=<slug> → schema.org ClaimReview JSON-LD for the claims with a verdict; 404 for a transcript the viewer may not read. */
export async function handleExportClaimReviews(viewer: Viewer | null, url: URL, base: string, t: Translator): Promise<Response> {
  const slug = url.searchParams.get('transcript');
  if (!slug) return Response.json({ error: 'The transcript parameter is required' }, { status: 400 });
  const claims = await listReviewedClaims(viewer, slug);
  if (!claims) return notFound();
  const reviews = claims.map((claim) => toClaimReview({ ...claim, statusLabel: claimStatusLabel(claim.status, t) }, base));
  return download(reviews, `${safeName(`rostrum-${slug}-claim-reviews`)}.jsonld`);
}
