import { basename, extname } from 'node:path';
import { contentHash } from './content-hash';

/** A URL-safe slug from a file name (`scio-2020-03-26-press-conference.txt` → the same, minus `.txt`). */
export function slugFromFileName(path: string, fallbackPrefix: string, content: string): string {
  const slug = basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name with no Latin letters or digits (e.g. a Chinese file name) gets a content-based slug.
  return slug || `${fallbackPrefix}-${contentHash(content).slice(0, 10)}`;
}

/**
 * A URL-safe slug for a transcript imported through the app: the Latin letters and digits of its
 * title, else (a Chinese title) its date and a content hash, e.g. `2024-05-14-1a2b3c4d`.
 * Callers make it unique (`-2`, `-3`…).
 */
export function slugFromTitle(title: string, heldOn: string | null, content: string): string {
  const latin = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  // A title of only digits (a date) says little: add the hash.
  if (/[a-z]/.test(latin)) return latin;
  return [heldOn ?? 'transcript', contentHash(content).slice(0, 8)].join('-');
}
