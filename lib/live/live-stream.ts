import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import type { SessionClaims } from '@/lib/auth/session-claims';
import { findLiveTranscript, isAnnotationVisibleLive, listVisibleAnnotationStamps, type LiveTranscript } from '@/lib/data/annotations';
import { getCurrentSessionUser } from '@/lib/data/accounts';
import type { LiveListener } from './live-listener';
import type { LiveNotification } from './live-notification';

export interface LiveStreamOptions {
  transcript: LiveTranscript;
  /** The signed-in viewer with the session claims they were checked with; null when signed out. */
  session: { viewer: Viewer; claims: SessionClaims } | null;
  listener: LiveListener;
  /** The request's signal: the browser went away. */
  signal?: AbortSignal;
  heartbeatMs?: number;
  /** The stream ends after this long, so EventSource reconnects with a fresh auth check. */
  maxAgeMs?: number;
}

const encoder = new TextEncoder();
const READY_TIMEOUT_MS = 5_000;

/**
 * A server-sent event stream of changes on one transcript, as this viewer may see them:
 * `event: annotation` with `{ id, op: 'upsert' | 'remove' }` (ids only — the page re-reads
 * through the access rule), `event: refresh` when the viewer's own memberships change, `ready`
 * once the stream is listening, a comment every `heartbeatMs`. Each notification is re-checked
 * with visibleAnnotationWhere(viewer), and 'remove' goes only for ids the viewer could see. The
 * session is re-validated on every event; a signed-out session ends the stream.
 */
export function openLiveStream(options: LiveStreamOptions): ReadableStream<Uint8Array> {
  const { transcript, session, listener } = options;
  const viewer = session?.viewer ?? null;
  let known = new Map<string, string>();
  let closed = false;
  let work: Promise<void> = Promise.resolve();
  let cleanup = () => undefined as void;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        controller.close();
      };

      const sessionStillValid = async () =>
        !session || (await getCurrentSessionUser(session.claims.userId, session.claims.sessionVersion)) !== null;

      const resync = async () => {
        const next = await listVisibleAnnotationStamps(viewer, transcript.slug);
        for (const [id, stamp] of next) if (known.get(id) !== stamp) send('annotation', { id, op: 'upsert' });
        for (const id of known.keys()) if (!next.has(id)) send('annotation', { id, op: 'remove' });
        known = next;
      };

      const handle = async (notification: LiveNotification) => {
        if (closed) return;
        if (!(await sessionStillValid())) return close();
        if (notification.kind === 'resync') return resync();
        if (notification.kind === 'membership') {
          if (!viewer || notification.userId !== viewer.id) return;
          known = await listVisibleAnnotationStamps(viewer, transcript.slug);
          send('refresh', {});
          // Left the group the transcript is shared with: the page reloads to a 404, the stream ends.
          if (!(await findLiveTranscript(viewer, transcript.slug))) close();
          return;
        }
        const id = notification.annotationId;
        if (await isAnnotationVisibleLive(viewer, transcript.slug, id)) {
          if (!known.has(id)) known.set(id, '');
          send('annotation', { id, op: 'upsert' });
        } else if (known.delete(id)) {
          send('annotation', { id, op: 'remove' });
        }
      };

      // One at a time, in arrival order, so a 'remove' never overtakes the 'upsert' before it.
      const enqueue = (step: () => Promise<void>) => {
        work = work.then(step).catch((error: Error) => console.error(`[live] ${transcript.slug}: ${error.message}`));
      };

      const unsubscribe = listener.subscribe(transcript.id, (notification) => enqueue(() => handle(notification)));
      const heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs ?? 15_000);
      const maxAge = setTimeout(close, options.maxAgeMs ?? 5 * 60_000);
      const onAbort = () => close();
      options.signal?.addEventListener('abort', onAbort);
      cleanup = () => {
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(maxAge);
        options.signal?.removeEventListener('abort', onAbort);
      };
      if (options.signal?.aborted) return close();

      write('retry: 3000\n\n');
      // Listen first, then take the snapshot: whatever commits after it is heard.
      enqueue(async () => {
        await Promise.race([listener.ready(), new Promise((resolve) => setTimeout(resolve, READY_TIMEOUT_MS).unref())]);
        known = await listVisibleAnnotationStamps(viewer, transcript.slug);
        send('ready', { mode: listener.mode });
      });
    },
    cancel() {
      closed = true;
      cleanup();
    },
  });
}
