import { ORGANISATION_PATTERN } from './organisations';

/** Title and byline found at the start of a text that runs them into the body. */
export interface RunInTitle {
  title: string;
  source: string;
  /** The text after the byline: the start of the body. */
  rest: string;
}

/** The byline must come early; further in, an organisation name is body text. */
const MAX_BYLINE_OFFSET = 60;
const MAX_TITLE_LENGTH = 40;
const SENTENCE_PUNCTUATION = /[。！？!?；;]/;

/**
 * Splits `同舟共济,守望相助外交部国际司新冠肺炎疫情发生后,…` into the title
 * (`同舟共济,守望相助`), the byline (`外交部国际司`) and the body, for documents whose
 * layout lost the line breaks between them. Returns null unless a known organisation
 * (see organisations.ts) follows a short unpunctuated title near the start.
 */
export function splitRunInTitle(text: string): RunInTitle | null {
  const match = ORGANISATION_PATTERN.exec(text.slice(0, MAX_BYLINE_OFFSET));
  if (!match) return null;
  const title = text.slice(0, match.index).trim();
  const rest = text.slice(match.index + match[0].length).replace(/^[\s,，:：]+/, '');
  if ([...title].length < 2 || [...title].length > MAX_TITLE_LENGTH) return null;
  // A title does not end in a clause mark: `疫情发生后,外交部部署…` is body text.
  if (SENTENCE_PUNCTUATION.test(title) || /[,，、:：]$/.test(title) || !rest) return null;
  return { title, source: match[0], rest };
}
