/** One sentence with its closing punctuation and quotes, or a trailing unfinished part. */
const SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』）)"']*|$)/g;

/**
 * Below this many characters a paragraph takes in the next sentence too. Chinese news
 * paragraphs run about 100–250 characters; short run-in subheadings
 * (`控制国内疫情,为全球抗疫斗争作出表率。`) thus open the paragraph they head.
 */
export const MIN_PARAGRAPH_LENGTH = 150;

/** Splits running text into sentences, keeping each sentence's punctuation. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * Recovers paragraphs from text that lost its paragraph breaks: sentences are taken in
 * order and a paragraph is closed at the first sentence end once it holds at least
 * {@link MIN_PARAGRAPH_LENGTH} characters. The original breaks are unknowable, so this
 * only aims at readable, evenly sized blocks that never split a sentence.
 */
export function groupSentences(text: string, minLength = MIN_PARAGRAPH_LENGTH): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const sentence of splitSentences(text)) {
    current += sentence;
    if ([...current].length >= minLength) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
