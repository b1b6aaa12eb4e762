/**
 * Which turns a news paragraph reports or paraphrases. Every news sentence is compared with
 * every turn sentence on shared token pairs (coverage-tokens.ts), each pair weighted by how
 * rare it is across all the sentences compared (IDF), so 疫情防控 counts little and
 * 89个国家和4个国际组织 counts a lot. A news sentence is matched to its best turn sentence when
 * the score reaches `threshold`; a bonus for shared numbers and for naming the turn's speaker
 * in the paragraph separates near ties. Pure: the caller loads turns and documents.
 */
import { sentenceSpans, type SentenceSpan } from './sentences';
import { tokenFeatures, tokenize } from './tokens';

/** A turn as the matcher needs it; `speakerNames` are the label and the person's name. */
export interface CoverageTurn {
  index: number;
  text: string;
  speakerNames: string[];
}

/** A news article; paragraph `position` 0 may be used for the title. */
export interface CoverageDocument {
  slug: string;
  title: string;
  paragraphs: { position: number; text: string }[];
}

/** One news sentence paired with the turn sentence it reports; offsets are UTF-16 units. */
export interface CoveragePassage {
  turnIndex: number;
  turnSentence: SentenceSpan;
  documentSlug: string;
  paragraphPosition: number;
  newsSentence: SentenceSpan;
  /** 0…1 plus bonuses; ≥ the threshold. */
  score: number;
}

/** Tuning of `matchCoverage`; the defaults were set on the sample corpus (tests/coverage-data.test.ts). */
export interface CoverageOptions {
  threshold?: number;
  /** A news sentence with fewer distinct token pairs is too short to attribute (谢谢。). */
  minFeatures?: number;
}

/** Default threshold (a similarity of 0.45, bonuses included) and minimum size of a news sentence, in token pairs. */
export const COVERAGE_DEFAULTS = { threshold: 0.45, minFeatures: 6 } as const;
const NUMBER_BONUS = 0.1;
const MAX_NUMBER_BONUS = 0.2;
const SPEAKER_BONUS = 0.1;

interface Sentence {
  span: SentenceSpan;
  features: Set<string>;
}

interface Candidate extends Sentence {
  turn: CoverageTurn;
  /** Sum of the features' IDF weights. */
  weight: number;
}

function sentencesOf(text: string): Sentence[] {
  return sentenceSpans(text).map((span) => ({ span, features: tokenFeatures(tokenize(span.text)) }));
}

/** Each sentence of a turn, and each two neighbouring sentences (a news sentence may sum up both). */
function candidatesOf(turn: CoverageTurn): Sentence[] {
  const singles = sentencesOf(turn.text);
  const pairs = singles.slice(1).map((second, i) => {
    const first = singles[i]!;
    const span = { start: first.span.start, end: second.span.end, text: turn.text.slice(first.span.start, second.span.end) };
    return { span, features: new Set([...first.features, ...second.features]) };
  });
  return [...singles, ...pairs];
}

/** Inverse document frequency over all sentences compared: ln(1 + N / df). */
function idfOf(sentences: readonly Sentence[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const { features } of sentences) for (const f of features) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [feature, count] of df) idf.set(feature, Math.log(1 + sentences.length / count));
  return idf;
}

const weightOf = (features: Iterable<string>, idf: ReadonlyMap<string, number>) => {
  let sum = 0;
  for (const f of features) sum += idf.get(f) ?? 0;
  return sum;
};

/**
 * Similarity from the shared weight and both sides' weights: the shared weight as a share of
 * each side, mostly the larger share (a news sentence may add an attribution, or quote part of
 * a long sentence), partly the smaller. Plus 0.1 per shared number, at most 0.2.
 */
export function similarityOf(common: number, newsWeight: number, turnWeight: number, sharedNumbers: number): number {
  if (common <= 0) return 0;
  const a = common / (newsWeight || 1);
  const b = common / (turnWeight || 1);
  return 0.7 * Math.max(a, b) + 0.3 * Math.min(a, b) + Math.min(MAX_NUMBER_BONUS, sharedNumbers * NUMBER_BONUS);
}

/** Shared weight and shared numbers of one news sentence with every candidate that shares anything. */
function overlaps(news: Sentence, postings: ReadonlyMap<string, number[]>, idf: ReadonlyMap<string, number>) {
  const shared = new Map<number, { common: number; numbers: number }>();
  for (const f of news.features) {
    const weight = idf.get(f) ?? 0;
    for (const id of postings.get(f) ?? []) {
      const entry = shared.get(id) ?? { common: 0, numbers: 0 };
      entry.common += weight;
      if (f.startsWith('n:')) entry.numbers += 1;
      shared.set(id, entry);
    }
  }
  return shared;
}

/**
 * Every news sentence that reports a turn sentence, paired with its best turn sentence
 * (ties within 0.02 keep all, so a phrase two speakers repeat is shown for both). Passages
 * come in document, paragraph and sentence order.
 */
export function matchCoverage(turns: readonly CoverageTurn[], documents: readonly CoverageDocument[], options: CoverageOptions = {}): CoveragePassage[] {
  const { threshold, minFeatures } = { ...COVERAGE_DEFAULTS, ...options };
  const raw = turns.flatMap((turn) => candidatesOf(turn).map((sentence) => ({ turn, ...sentence })));
  const newsParagraphs = documents.flatMap((doc) =>
    doc.paragraphs.map((paragraph) => ({ doc, paragraph, sentences: sentencesOf(paragraph.text) })),
  );
  const idf = idfOf([...raw, ...newsParagraphs.flatMap((p) => p.sentences)]);
  const candidates: Candidate[] = raw.filter((c) => c.features.size >= 3).map((c) => ({ ...c, weight: weightOf(c.features, idf) }));
  const postings = new Map<string, number[]>();
  candidates.forEach((candidate, id) => {
    for (const f of candidate.features) postings.set(f, [...(postings.get(f) ?? []), id]);
  });
  const passages: CoveragePassage[] = [];
  for (const { doc, paragraph, sentences } of newsParagraphs) {
    const named = new Set(turns.filter((turn) => turn.speakerNames.some((name) => name.length >= 2 && paragraph.text.includes(name))).map((turn) => turn.index));
    for (const news of sentences) {
      if (news.features.size < minFeatures) continue;
      const newsWeight = weightOf(news.features, idf);
      const scored = [...overlaps(news, postings, idf)]
        .map(([id, { common, numbers }]) => {
          const candidate = candidates[id]!;
          const bonus = named.has(candidate.turn.index) ? SPEAKER_BONUS : 0;
          return { candidate, score: similarityOf(common, newsWeight, candidate.weight, numbers) + bonus };
        })
        .filter(({ score }) => score >= threshold)
        .sort((x, y) => y.score - x.score || x.candidate.span.start - y.candidate.span.start);
      const best = scored[0]?.score ?? 0;
      const picked: Candidate[] = [];
      for (const { candidate, score } of scored) {
        if (score < best - 0.02) break;
        // A sentence and the pair that contains it are one passage: keep the better.
        if (picked.some((p) => p.turn === candidate.turn && p.span.start < candidate.span.end && candidate.span.start < p.span.end)) continue;
        picked.push(candidate);
        passages.push({
          turnIndex: candidate.turn.index,
          turnSentence: candidate.span,
          documentSlug: doc.slug,
          paragraphPosition: paragraph.position,
          newsSentence: news.span,
          score: Math.round(score * 1000) / 1000,
        });
      }
    }
  }
  return passages;
}
