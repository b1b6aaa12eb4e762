import type { ExportedAnnotation, PortableEvidence } from './web-annotation-types';

/** The Web Annotation context plus our few extension terms (claim type, portable evidence keys, the tiptap document). */
export const WEB_ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { rostrum: 'https://rostrum.example/ns#', 'rostrum:doc': { '@type': '@json' } },
] as const;

const transcriptUrl = (base: string, slug: string) => `${base}/transcripts/${encodeURIComponent(slug)}`;

function evidenceBody(base: string, transcriptSlug: string, evidence: PortableEvidence) {
  const common = { type: 'SpecificResource', purpose: 'linking', ...(evidence.note ? { 'rostrum:note': evidence.note } : {}) };
  switch (evidence.kind) {
    case 'chronicle_entry':
      return { ...common, source: `${base}/chronicle#entry-${evidence.entryKey}`, 'rostrum:chronicle': evidence.chronicleSlug, 'rostrum:entryKey': evidence.entryKey };
    case 'news_paragraph':
      return { ...common, source: `${transcriptUrl(base, transcriptSlug)}/coverage#doc-${evidence.documentSlug}`, 'rostrum:newsDocument': evidence.documentSlug, 'rostrum:paragraph': evidence.position };
    case 'url':
      return { ...common, source: evidence.url };
  }
}

/**
 * One annotation as a W3C Web Annotation: the target is the transcript page, selected by the
 * turn's fragment (`turn-N`) refined by a TextQuoteSelector and a TextPositionSelector (code
 * points within the turn). Bodies carry purposes: commenting (the note as HTML, with the
 * tiptap document alongside so a round trip is exact), tagging, assessing (claim status) and
 * linking (evidence).
 */
export function toWebAnnotation(annotation: ExportedAnnotation, base: string) {
  const bodies: object[] = [];
  if (annotation.bodyHtml !== null) {
    bodies.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/html', value: annotation.bodyHtml, 'rostrum:doc': annotation.body });
  }
  for (const tag of annotation.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (annotation.claim) bodies.push({ type: 'TextualBody', purpose: 'assessing', value: annotation.claim.status, 'rostrum:claimType': annotation.claim.type });
  for (const evidence of annotation.evidence) bodies.push(evidenceBody(base, annotation.transcriptSlug, evidence));
  const fragment = { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: `turn-${annotation.turnIndex}` };
  return {
    id: `${base}/annotations/${encodeURIComponent(annotation.id)}`,
    type: 'Annotation',
    motivation: annotation.claim ? 'assessing' : annotation.bodyHtml !== null ? 'commenting' : 'highlighting',
    created: annotation.createdAt,
    ...(annotation.modifiedAt ? { modified: annotation.modifiedAt } : {}),
    creator: { type: 'Person', name: annotation.author.name },
    ...(bodies.length ? { body: bodies } : {}),
    target: {
      source: transcriptUrl(base, annotation.transcriptSlug),
      selector: [
        { ...fragment, refinedBy: { type: 'TextQuoteSelector', exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix } },
        { ...fragment, refinedBy: { type: 'TextPositionSelector', start: annotation.start, end: annotation.end } },
      ],
    },
  };
}

/** Annotations as one AnnotationCollection with a single page. */
export function toAnnotationCollection(annotations: ExportedAnnotation[], base: string, label: string) {
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map((annotation) => toWebAnnotation(annotation, base)) },
  };
}
