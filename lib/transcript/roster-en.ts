import type { TranscriptSpeaker } from './types';

const QUESTION = /^(?:Q|QUESTION|Question|FOLLOW[- ]?UP|Follow[- ]?[Uu]p|REPORTER|Reporter|JOURNALIST|Journalist|AUDIENCE MEMBER)$/u;
const ANSWER = /^(?:A|ANSWER|Answer)$/u;
const HOST = /^(?:MODERATOR|Moderator|HOST|Host|OPERATOR|Operator|MC|CHAIR|Chair)$/u;
// Words that make a speaker an official: the title written before the surname.
const OFFICIAL =
  /^(?:THE |Mr\.? |MR\.? )?(?:SECRETARY|Secretary|UNDER SECRETARY|DEPUTY SECRETARY|ASSISTANT SECRETARY|AMBASSADOR|Ambassador|GENERAL|General|ADMIRAL|Admiral|COLONEL|DIRECTOR|Director|GOVERNOR|Governor|PRESIDENT|President|VICE PRESIDENT|PRIME MINISTER|MINISTER|Minister|SENATOR|Senator|ADMINISTRATOR|COMMISSIONER|SPOKESPERSON|Spokesperson|DR\.?|Dr\.?|CHIEF|MAYOR|Mayor|CHANCELLOR|DEPUTY)\b/u;
const HONORIFIC = /^(?:MR|MRS|MS|MISS|Mr|Mrs|Ms|Miss)\.?\s+/u;

const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

/** True for a label without Han characters: it is described by the English rules. */
export function isEnglishLabel(label: string): boolean {
  return !/\p{Script=Han}/u.test(label) && /\p{Script=Latin}/u.test(label);
}

/**
 * An English speaker: `Q`, `QUESTION`, `Follow-up` ask; `A`, titled speakers (`SECRETARY BLINKEN`,
 * `AMBASSADOR THOMAS-GREENFIELD`, `DR. FAUCI`) answer; `MODERATOR` chairs. The name is the last
 * word in title case, the title the words before it. A spokesperson the header names
 * (`Press Briefing by Press Secretary Jen Psaki`) chairs; anyone else is `other` for now.
 */
export function describeEnglish(label: string, header: string): TranscriptSpeaker {
  const base = { label, name: null, title: null, organization: null };
  if (QUESTION.test(label)) return { ...base, role: 'journalist' };
  if (ANSWER.test(label)) return { ...base, role: 'official' };
  if (HOST.test(label)) return { ...base, role: 'host' };
  const stripped = label.replace(HONORIFIC, '').replace(/^THE\s+/u, '');
  const words = stripped.split(/\s+/u);
  const capitals = stripped === stripped.toUpperCase();
  // `SECRETARY BLINKEN`: title words, then the surname; `Secretary Antony Blinken`: a title prefix, then the name.
  const prefix = capitals ? null : (OFFICIAL.exec(stripped)?.[0] ?? null);
  const name = capitals ? titleCase(words[words.length - 1] ?? stripped) : stripped.slice(prefix?.length ?? 0).trim() || stripped;
  const title = capitals ? (words.length > 1 ? words.slice(0, -1).map(titleCase).join(' ') : null) : prefix;
  const surname = (name.split(/\s+/u).pop() ?? name).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const spokesperson = new RegExp(`(?:Press Secretary|Spokesperson|Spokesman|Spokeswoman)[\\s,]+(?:[A-Z][\\w.]*\\s+){0,2}${surname}\\b|${surname},\\s+(?:Department\\s+)?Spokesperson`, 'iu');
  if (spokesperson.test(header)) return { ...base, name, title, role: 'host' };
  return { ...base, name, title, role: OFFICIAL.test(label) ? 'official' : 'other' };
}
