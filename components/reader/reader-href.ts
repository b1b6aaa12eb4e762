/** Query parameters of the reader page, as Next passes them (repeated ones as arrays). */
export type ReaderQuery = Record<string, string | string[] | undefined>;

/**
 * A reader URL: `path` with the current query changed by `changes` (undefined or '' removes a
 * parameter) and an optional fragment. Filters survive focusing a turn and the other way round.
 * Works on the server (page props) and in the browser (`location.search`).
 */
export function readerHref(path: string, query: ReaderQuery | URLSearchParams, changes: Record<string, string | number | undefined>, hash?: string): string {
  const params = new URLSearchParams();
  const entries: [string, string][] =
    query instanceof URLSearchParams
      ? [...query.entries()]
      : Object.entries(query).flatMap(([key, value]) => (Array.isArray(value) ? value.map((v): [string, string] => [key, v]) : value === undefined ? [] : [[key, value]]));
  for (const [key, value] of entries) if (!(key in changes)) params.append(key, value);
  for (const [key, value] of Object.entries(changes)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}
