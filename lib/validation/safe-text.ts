import { z } from 'zod';

/** A NUL, or a UTF-16 surrogate without its partner (text PostgreSQL cannot store). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` holds a NUL or a lone surrogate. */
export const hasUnstorableText = (text: string): boolean => UNSTORABLE.test(text);

/**
 * A string PostgreSQL can store: no NUL, no lone surrogate (either would fail the query as a
 * 500). Every free-text input field starts from this; chain `.min`/`.max`/`.trim` as usual.
 */
export const storableString = () => z.string().refine((text) => !hasUnstorableText(text), 'The text holds a character that cannot be stored');

/** A record id as the database makes them (cuid): letters, digits, `_` and `-`, at most 64. */
export const recordIdSchema = z.string().min(1).max(64).regex(/^[\w-]+$/, 'Not an id');

/** A transcript's slug: letters, digits, `.`, `_` and `-`, at most 200 (lib/import/slug.ts makes them). */
export const transcriptSlugSchema = z.string().min(1).max(200).regex(/^[\w.-]+$/, 'Not a transcript name');
