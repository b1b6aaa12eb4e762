// Shared by the live-update tests: a reader of the real route's event stream. Not a test file.
import type { Viewer } from '@/lib/data/accounts';
import type { LiveListener } from '@/lib/live/live-listener';
import { handleLive } from '@/app/api/live/handle-live';

/** One server-sent event as the browser's EventSource would see it. */
export interface LiveEvent {
  event: string;
  data: { id?: string; op?: string };
}

export interface LiveSubscriber {
  events: LiveEvent[];
  /** True once the server ended the stream. */
  ended: () => boolean;
  /** Waits (up to 5 s) for an event matching `match`; fails the test otherwise. */
  waitFor(match: (e: LiveEvent) => boolean, what: string): Promise<LiveEvent>;
  close(): void;
}

/** Parses `event:`/`data:` blocks; comments (heartbeats) and `retry:` are skipped. */
export function parseEvents(text: string): { events: LiveEvent[]; rest: string } {
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: LiveEvent[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
    const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
    if (event) events.push({ event, data: data ? JSON.parse(data) : {} });
  }
  return { events, rest };
}

/** A request to the live route as a same-site EventSource would send it. */
export function liveRequest(slug: string, headers: Record<string, string> = {}, signal?: AbortSignal): Request {
  return new Request(`http://rostrum.test/api/live?transcript=${encodeURIComponent(slug)}`, {
    headers: { host: 'rostrum.test', 'sec-fetch-site': 'same-origin', accept: 'text/event-stream', ...headers },
    signal,
  });
}

/**
 * Opens GET /api/live as `viewer` (null: signed out; the session claims are the user's current
 * version, as a fresh cookie would carry) through the route's own handler, reads the stream in
 * the background and resolves once the stream is listening (its `ready` event).
 */
export async function subscribe(viewer: Viewer | null, slug: string, listener: LiveListener, sessionVersion = 0): Promise<LiveSubscriber> {
  const abort = new AbortController();
  const claims = viewer ? { userId: viewer.id, sessionVersion } : null;
  const response = await handleLive(liveRequest(slug, {}, abort.signal), async () => claims, listener);
  if (response.status !== 200 || !response.body) throw new Error(`live route answered ${response.status}`);
  const events: LiveEvent[] = [];
  let ended = false;
  const waiters = new Set<() => void>();
  void (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseEvents(buffer + decoder.decode(value, { stream: true }));
        buffer = parsed.rest;
        events.push(...parsed.events);
        for (const wake of waiters) wake();
      }
    } finally {
      ended = true;
      for (const wake of waiters) wake();
    }
  })();
  const subscriber: LiveSubscriber = {
    events,
    ended: () => ended,
    async waitFor(match, what) {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (ended || Date.now() > deadline) throw new Error(`no ${what} (${ended ? 'stream ended' : 'within 5 s'}); got ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          const wake = () => (waiters.delete(wake), resolve());
          waiters.add(wake);
          setTimeout(wake, 100);
        });
      }
    },
    close: () => abort.abort(),
  };
  await subscriber.waitFor((e) => e.event === 'ready', 'ready event');
  return subscriber;
}
