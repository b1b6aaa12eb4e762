// The fuzz pass (hardening round two): every page and route handler of the app, read from the
// app/ folder, gets hostile values in every path segment and in every query parameter the app
// reads; no answer may be a 5xx, and every answer carries the security headers. The JSON write
// API gets the same values in every body field, signed in.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { signUp } from './fixtures/accounts';
import { TRANSCRIPT } from './fixtures/corpus';

/** Raw (already percent-encoded) hostile values, as an attacker would type them into a URL. */
const HOSTILE: Record<string, string> = {
  nul: '%00',
  'nul inside': 'a%00b',
  'lone surrogate': '%ED%A0%80',
  'broken escape': '%E4%B8',
  'ten thousand characters': 'x'.repeat(10_000),
  'path traversal': '..%2F..%2F..%2Fetc%2Fpasswd',
  negative: '-1',
  huge: '99999999999999999999999',
  'not a number': 'NaN',
  'right-to-left override': '%E2%80%AEevil',
  'markup': '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'sql': "'%20OR%201%3D1--",
};

/** Every query parameter the app's pages and route handlers read. */
const QUERY_NAMES = [
  'q', 'kind', 'speaker', 'tag', 'status', 'from', 'to', 'page', 'transcript', 'group', 'mine', 'authorId',
  'claimStatus', 'claimType', 'claims', 'annotation', 'assignment', 'turn', 'sort', 'linkError', 'callbackUrl', 'error', 'db',
];

/** A harmless value for each dynamic segment, so one segment at a time can be hostile. */
const BENIGN: Record<string, string> = { slug: TRANSCRIPT.slug, index: '2', code: 'ABCDEFGH23', nextauth: 'session' };

/** The app's routes from app/ (pages and route handlers), as path patterns with their segments. */
function appRoutes(): { pattern: string; segments: string[]; handler: boolean }[] {
  const routes: { pattern: string; segments: string[]; handler: boolean }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'page.tsx' || name === 'route.ts') {
        const parts = relative('app', dir).split(sep).filter((part) => part && !part.startsWith('('));
        routes.push({ pattern: `/${parts.join('/')}`, segments: parts, handler: name === 'route.ts' });
      }
    }
  };
  walk('app');
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

const dynamicName = (segment: string) => /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1];

/** The route with `hostile` in dynamic segment `at` (others benign), or every segment benign. */
function pathOf(segments: string[], at: number, hostile: string): string {
  return `/${segments.map((segment, i) => (i === at ? hostile : dynamicName(segment) ? (BENIGN[dynamicName(segment)!] ?? 'none') : segment)).join('/')}`;
}

function expectSafe(response: APIResponse, what: string): void {
  expect(response.status(), what).toBeLessThan(500);
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['content-security-policy'] ?? '', what).toContain("frame-ancestors 'none'");
}

async function probe(request: APIRequestContext, url: string): Promise<APIResponse> {
  // Redirects are answers too (sign-in pages); the live channel must refuse, not stream.
  return request.get(url, { maxRedirects: 0, timeout: 20_000 });
}

const routes = appRoutes();
let cases = 0;

test('the route list covers the app (pages, handlers, dynamic segments)', () => {
  expect(routes.length).toBeGreaterThanOrEqual(30);
  expect(routes.some((r) => r.pattern === '/transcripts/[slug]/turns/[index]')).toBe(true);
  expect(routes.filter((r) => r.handler).length).toBeGreaterThanOrEqual(7);
});

for (const route of routes) {
  test(`no 5xx and the security headers on ${route.pattern}, hostile in every segment and parameter`, async ({ request }) => {
    test.setTimeout(240_000);
    for (const [label, value] of Object.entries(HOSTILE)) {
      for (const [at, segment] of route.segments.entries()) {
        if (!dynamicName(segment)) continue;
        const url = pathOf(route.segments, at, value);
        expectSafe(await probe(request, url), `${route.pattern}: ${label} as ${segment}`);
        cases++;
      }
      const query = QUERY_NAMES.map((name) => `${name}=${value}`).join('&');
      const url = `${pathOf(route.segments, -1, '')}?${query}`;
      expectSafe(await probe(request, url), `${route.pattern}: ${label} in every query parameter`);
      cases++;
    }
  });
}

test('the JSON write API answers hostile bodies with 4xx, signed in', async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page);
  const api = page.request;
  const decode = (raw: string) => {
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  // Lone surrogates survive JSON.stringify as \ud800 escapes, exactly as an attacker would send them.
  const values: unknown[] = [...Object.values(HOSTILE).map(decode), '\u0000', 'a\ud800b', -1, 1e308, null, [], {}, 'x'.repeat(100_000)];
  const base = { transcriptSlug: TRANSCRIPT.slug, turnIndex: 2, start: 0, end: 2, exact: 'x', visibility: 'private' };
  for (const field of ['transcriptSlug', 'turnIndex', 'start', 'end', 'exact', 'prefix', 'suffix', 'body', 'visibility', 'groupId', 'assignmentId', 'tags']) {
    for (const value of values) {
      const response = await api.post('/api/annotations', { data: { ...base, [field]: value }, headers: { origin: new URL(page.url()).origin }, maxRedirects: 0 });
      expectSafe(response, `POST ${field} = ${JSON.stringify(value).slice(0, 40)}`);
      cases++;
    }
  }
  for (const [label, raw] of Object.entries(HOSTILE)) {
    const response = await api.fetch(`/api/annotations/${raw}`, { method: 'PATCH', data: { expectedRevision: 1 }, headers: { origin: new URL(page.url()).origin } });
    expectSafe(response, `PATCH /api/annotations/${label}`);
    cases++;
  }
});

test.afterAll(() => {
  // A bench-style figure for the closing note; the assertions above are the test.
  console.log(`fuzz: ${routes.length} routes, ${Object.keys(HOSTILE).length} hostile values, ${cases} requests in this worker`);
});
