// getViewer() once per request: during one server render every component that asks (header,
// account menu, page) shares one session check, rendered by React's own server build as Next
// renders a page; outside a render (route handlers, server actions) and on the live stream
// every check goes to the database again, so a session ended meanwhile is seen at once.
// The session cookie is stubbed (getServerSession); the check itself runs against PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import type { Viewer } from '@/lib/data/accounts';
import type { TestDatabase } from './support/test-database';
import { isSessionUserQuery, recordQueries } from './support/record-queries';

const cookie = vi.hoisted(() => ({ session: null as unknown, reads: 0 }));
vi.mock('react', () => import('./support/react-server').then((m) => m.React));
vi.mock('next-auth', () => ({
  getServerSession: async () => {
    cookie.reads++;
    return cookie.session;
  },
}));
vi.mock('@/lib/auth/auth-options', () => ({ getAuthOptions: () => ({}) }));

const { React, renderServerTree } = await import('./support/react-server');
const { getViewer, requireViewer } = await import('@/lib/auth/viewer');
const { endUserSessions } = await import('@/lib/data/accounts');
const { createAnnotation } = await import('@/lib/data/annotations');
const { LiveListener } = await import('@/lib/live/live-listener');
const support = await import('./support/annotation-database');
const { subscribe } = await import('./support/live-subscriber');

let db: TestDatabase;
let reader: Viewer;
let sessionVersion = 0;

/** The cookie of `reader` at the current session version. */
const signIn = () => (cookie.session = { claims: { userId: reader.id, sessionVersion } });
const signOutEverywhere = async () => {
  expect(await endUserSessions(reader.id, sessionVersion)).toBe(true);
  sessionVersion++;
};

// A page as Next composes it: the layout's header with the account menu, and the page itself.
const h = React.createElement;
async function AccountMenu() {
  return h('nav', null, `menu: ${(await getViewer())?.name ?? 'signed out'}`);
}
async function SiteHeader() {
  const viewer = await getViewer();
  return h('header', null, viewer ? `header: ${viewer.name}` : 'header: sign in', h(AccountMenu));
}
async function Page() {
  const viewer = await requireViewer().catch(() => null);
  return h('main', null, `page: ${viewer?.name ?? 'signed out'}`);
}
function Layout({ children }: { children: ReactNode }) {
  return h('body', null, h(SiteHeader), children);
}
const renderPage = () => renderServerTree(h(Layout, null, h(Page)));

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  reader = await support.createUser(db, 'Reader R');
});
afterAll(() => support.tearDownAnnotationDatabase(db));
beforeEach(() => {
  cookie.reads = 0;
  signIn();
});

describe('getViewer in server components', () => {
  it('checks the session once per render, however many components ask', async () => {
    const { result: payload, statements } = await recordQueries(renderPage);
    for (const part of ['header: Reader R', 'menu: Reader R', 'page: Reader R']) expect(payload).toContain(part);
    expect(statements.filter(isSessionUserQuery)).toHaveLength(1);
    expect(cookie.reads).toBe(1);
  });

  it('checks again on the next request: a session ended between two renders is seen', async () => {
    const { result: first, statements } = await recordQueries(async () => {
      const before = await renderPage();
      await signOutEverywhere();
      const after = await renderPage();
      return [before, after] as const;
    });
    expect(first[0]).toContain('page: Reader R');
    expect(first[1]).toContain('page: signed out');
    expect(first[1]).toContain('header: sign in');
    expect(first[1]).not.toContain('Reader R');
    expect(statements.filter(isSessionUserQuery)).toHaveLength(2);
  });
});

describe('getViewer outside a render (route handlers, server actions)', () => {
  it('checks the session on every call', async () => {
    const { result, statements } = await recordQueries(async () => {
      const seen = [await getViewer(), await requireViewer(), await getViewer()];
      await signOutEverywhere();
      return [...seen, await getViewer()];
    });
    expect(result.map((v) => v?.name ?? null)).toEqual(['Reader R', 'Reader R', 'Reader R', null]);
    expect(statements.filter(isSessionUserQuery)).toHaveLength(4);
    expect(cookie.reads).toBe(4);
  });
});

describe('the live stream', () => {
  it('checks the session on every event, not once per stream', async () => {
    const listener = new LiveListener(db.url, { log: () => undefined });
    const selection = await support.selectionOf(db, 2, '各位记者朋友');
    try {
      const { result: stream, statements } = await recordQueries(async () => {
        const live = await subscribe(reader, support.SLUG, listener, sessionVersion);
        for (let i = 0; i < 3; i++) {
          const { id } = await createAnnotation(reader, { ...selection, visibility: 'public' });
          await live.waitFor((e) => e.data.id === id, `event ${i + 1}`);
        }
        return live;
      });
      // One check when the stream opens, then one per event.
      expect(statements.filter(isSessionUserQuery)).toHaveLength(1 + 3);
      await signOutEverywhere();
      await createAnnotation(await support.createUser(db, 'Bystander'), { ...selection, visibility: 'public' });
      await expect.poll(() => stream.ended(), { timeout: 5_000 }).toBe(true);
    } finally {
      await listener.stop();
    }
  });
});
