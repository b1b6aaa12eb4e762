/**
 * How long a turn took to say, estimated from its text. A live text's timestamps are when a
 * turn was posted, not how long it was spoken: the gap before a short question also holds the
 * pause, the walk to the microphone and an interpreter. So a turn's duration is its length at
 * a typical speaking rate, never longer than the gap between its posting and the previous one.
 *
 * Rates (typical measured pace of prepared public speech; both are well-documented averages):
 * Mandarin about 4 characters a second (240 a minute), English about 2.5 words a second
 * (150 words a minute).
 */
export const SPEAKING_RATE = { zhCharactersPerSecond: 4, enWordsPerSecond: 2.5 } as const;

const HAN = /\p{Script=Han}/u;

/** `zh` when at least a fifth of the letters are Chinese characters, else `en`. */
export function textLanguage(text: string): 'zh' | 'en' {
  const letters = Array.from(text).filter((c) => /\p{L}/u.test(c));
  const han = letters.filter((c) => HAN.test(c)).length;
  return letters.length > 0 && han / letters.length >= 0.2 ? 'zh' : 'en';
}

/** Seconds to say `text` at SPEAKING_RATE: characters (no spaces or punctuation) for Chinese, words otherwise. */
export function estimateSpokenSeconds(text: string, language = textLanguage(text)): number {
  if (language === 'zh') return Array.from(text).filter((c) => /[\p{L}\p{N}]/u.test(c)).length / SPEAKING_RATE.zhCharactersPerSecond;
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0) / SPEAKING_RATE.enWordsPerSecond;
}

/**
 * Each turn's estimated spoken seconds, bounded by its posting gap where both times are known
 * (the first turn's gap runs from `heldAt`). `bounded` tells which estimates the gap cut.
 */
export function spokenDurations(
  heldAt: string | null,
  turns: ReadonlyArray<{ postedAt: string | null; text: string }>,
): { seconds: number; bounded: boolean }[] {
  const language = textLanguage(turns.map((t) => t.text).join('\n'));
  let previous = heldAt ? Date.parse(heldAt) : Number.NaN;
  return turns.map((turn) => {
    const estimate = estimateSpokenSeconds(turn.text, language);
    const posted = turn.postedAt ? Date.parse(turn.postedAt) : Number.NaN;
    const gap = (posted - previous) / 1000;
    if (!Number.isNaN(posted)) previous = posted;
    return Number.isFinite(gap) && gap >= 0 && gap < estimate ? { seconds: gap, bounded: true } : { seconds: estimate, bounded: false };
  });
}
