import { truncateCodePoints } from '@/lib/format/truncate';
/** Longest tag, in code points after normalisation. */
export const MAX_TAG_LENGTH = 50;
/** Most tags on one annotation. */
export const MAX_TAGS = 20;

// Control characters and zero-width spaces are invisible in a tag (and PostgreSQL cannot store
// U+0000): two tags that look the same must be one.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff]/gu;

/** NFKC, invisible characters removed, whitespace trimmed and collapsed to one space. */
function tidy(name: string): string {
  return name.normalize('NFKC').replace(CONTROLS, '').replace(/\s+/gu, ' ').trim();
}

/**
 * The key two spellings of one tag share: NFKC (folds full-width `ｃｏｖｉｄ` to `covid`),
 * whitespace trimmed and collapsed to one space, lower case. `' COVID '`, `'ｃｏｖｉｄ'` and
 * `'Covid'` all give `'covid'`.
 */
export function normalizeTag(name: string): string {
  return tidy(name).toLowerCase();
}

/** How a tag is shown: NFKC with whitespace tidied, case kept. */
export function displayTag(name: string): string {
  return tidy(name);
}

export type NormalizedTags = { ok: true; tags: { name: string; normalized: string }[] } | { ok: false; error: string };

/**
 * Tidies a list of typed tags: drops empty ones and repeats (by normalised key, first spelling
 * wins), refuses a tag over MAX_TAG_LENGTH code points or more than MAX_TAGS tags.
 */
export function normalizeTags(names: readonly string[]): NormalizedTags {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const normalized = normalizeTag(raw);
    if (!normalized) continue;
    if ([...normalized].length > MAX_TAG_LENGTH) return { ok: false, error: `Tag "${truncateCodePoints(displayTag(raw), 20)}" is longer than ${MAX_TAG_LENGTH} characters` };
    if (!seen.has(normalized)) seen.set(normalized, displayTag(raw));
  }
  if (seen.size > MAX_TAGS) return { ok: false, error: `At most ${MAX_TAGS} tags` };
  return { ok: true, tags: [...seen].map(([normalized, name]) => ({ name, normalized })) };
}
