import type { LinkReason } from '@/lib/linking';
import { sentenceSpans } from '@/lib/coverage/compare';

/** Longest snippet, in code points (an ellipsis marks a cut). */
export const SNIPPET_LENGTH = 80;

/**
 * The sentence of a turn that best shows why it is linked: the one containing most of the
 * link's reasons (entity names, terms, as written in the reasons), else the first sentence;
 * cut to SNIPPET_LENGTH code points.
 */
export function turnSnippet(text: string, reasons: readonly LinkReason[]): string {
  const sentences = sentenceSpans(text).filter((s) => !/^(谢谢|感谢)/.test(s.text) || s.text.length > 12);
  const values = reasons.filter((r) => r.kind !== 'date').map((r) => r.value);
  let best = sentences[0]?.text ?? text;
  let bestHits = 0;
  for (const { text: sentence } of sentences) {
    const hits = values.filter((value) => value.length > 1 && sentence.includes(value)).length;
    if (hits > bestHits) [best, bestHits] = [sentence, hits];
  }
  const chars = [...best];
  return chars.length > SNIPPET_LENGTH ? `${chars.slice(0, SNIPPET_LENGTH - 1).join('')}…` : best;
}
