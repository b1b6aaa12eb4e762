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
