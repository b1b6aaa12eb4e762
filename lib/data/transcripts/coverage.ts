import 'server-only';
import { cache } from 'react';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { diffPassage, groupByParagraph, matchCoverage, type CoverageDocument, type CoveragePassage, type PassageDiff, type ParagraphCoverage } from '@/lib/coverage/compare';
import { visibleCurrentTranscriptWhere } from './access-rule';

/** A news article as coverage views name it. */
export interface CoverageSource {
  slug: string;
  title: string;
  /** YYYY-MM-DD, or null. */
  publishedOn: string | null;
  source: string | null;
}

/** A news passage beside the turn passage it reports, with what differs. */
export interface CoverageComparison extends CoveragePassage {
  document: CoverageSource;
  diff: PassageDiff;
}

/** Everything the coverage of one transcript is computed from, and the result. */
interface TranscriptCoverage {
  documents: Map<string, CoverageSource>;
  passages: CoveragePassage[];
}

/**
 * Matches every news article against the turns of the current version of transcript `slug`
 * (lib/linking/coverage.ts), or null for an unknown transcript or one the viewer may not read
 * (visibleTranscriptWhere; news articles are public). Cached per request and viewer: the pages
 * and metadata share it.
 */
const loadTranscriptCoverage = cache(async (viewer: Viewer | null, slug: string): Promise<TranscriptCoverage | null> => {
  const prisma = getPrisma();
  const [transcript, news] = await Promise.all([
    prisma.transcript.findFirst({
      where: visibleCurrentTranscriptWhere(viewer, slug),
      select: { currentVersion: { select: { turns: { orderBy: { index: 'asc' }, select: { index: true, text: true, speaker: { select: { label: true, name: true } } } } } } },
    }),
    prisma.newsDocument.findMany({
      orderBy: [{ publishedOn: { sort: 'asc', nulls: 'last' } }, { slug: 'asc' }],
      select: { slug: true, title: true, publishedOn: true, source: true, paragraphs: { orderBy: { position: 'asc' }, select: { position: true, text: true } } },
    }),
  ]);
  if (!transcript?.currentVersion) return null;
  const turns = transcript.currentVersion.turns.map((turn) => ({
    index: turn.index,
    text: turn.text,
    speakerNames: [turn.speaker.label, turn.speaker.name].filter((name): name is string => Boolean(name)),
  }));
  // The headline is matched too, as paragraph 0: headlines often restate the key figure.
  const documents: CoverageDocument[] = news.map((doc) => ({ slug: doc.slug, title: doc.title, paragraphs: [{ position: 0, text: doc.title }, ...doc.paragraphs] }));
  return {
    documents: new Map(news.map((doc) => [doc.slug, { slug: doc.slug, title: doc.title, publishedOn: doc.publishedOn?.toISOString().slice(0, 10) ?? null, source: doc.source }])),
    passages: matchCoverage(turns, documents),
  };
});

/** The news passages that report turn `turnIndex`, each beside its turn passage with the differences; null for an unknown transcript or one the viewer may not read. */
export async function getTurnCoverage(viewer: Viewer | null, slug: string, turnIndex: number): Promise<CoverageComparison[] | null> {
  const coverage = await loadTranscriptCoverage(viewer, slug);
  if (!coverage) return null;
  return coverage.passages
    .filter((passage) => passage.turnIndex === turnIndex)
    .map((passage) => ({ ...passage, document: coverage.documents.get(passage.documentSlug)!, diff: diffPassage(passage.turnSentence.text, passage.newsSentence.text) }));
}

/** For an overview: every news article with, per paragraph, the turns it reports; null for an unknown transcript or one the viewer may not read. */
export async function getTranscriptCoverage(viewer: Viewer | null, slug: string): Promise<{ document: CoverageSource; paragraphs: ParagraphCoverage[] }[] | null> {
  const coverage = await loadTranscriptCoverage(viewer, slug);
  if (!coverage) return null;
  const paragraphs = groupByParagraph(coverage.passages);
  return [...coverage.documents.values()].map((document) => ({ document, paragraphs: paragraphs.filter((p) => p.documentSlug === document.slug) }));
}
