import { hasUnstorableText } from '@/lib/validation/safe-text';

/** The longest path or query value a reader's link can need; longer ones are refused, not parsed. */
export const MAX_PATH_CHARS = 2048;
export const MAX_PARAMETER_CHARS = 4096;

/** decodeURIComponent, or null where the percent-encoding is not UTF-8 (e.g. `%ED%A0%80`, a surrogate). */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * What is wrong with a request target (`/path?query`, still percent-encoded), or null: percent-
 * encoding that is not UTF-8, a NUL or lone surrogate in the path or any query name or value,
 * or a path or value too long to be a real link. Checked before any route runs, so no id or
 * text parameter of any page or route handler reaches the database with such a value.
 */
export function findHostileInput(target: string): string | null {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  if (path.length > MAX_PATH_CHARS) return 'the path is too long';
  for (const segment of path.split('/')) {
    const text = decoded(segment);
    if (text === null || hasUnstorableText(text)) return 'the path is not valid text';
  }
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    const texts = [decoded(name), decoded(value)];
    if (texts.some((text) => text === null || hasUnstorableText(text))) return 'a query parameter is not valid text';
    if (value.length > MAX_PARAMETER_CHARS) return 'a query parameter is too long';
  }
  return null;
}
