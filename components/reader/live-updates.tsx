'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';

export interface LiveUpdatesLabels {
  on: string;
  reconnecting: string;
}

// Changes in one burst (a save writes a row, its tags, a reply…) cost one re-render.
const REFRESH_DELAY_MS = 60;
const RECONNECTING_NOTICE_MS = 3_000;

/**
 * Keeps the reader current: listens to /api/live for the transcript and re-renders the page
 * from the server (router.refresh, which keeps scroll position and client state) whenever an
 * annotation the viewer may see appears, changes or goes. The events carry ids only; what to
 * show is read again through the access rule. Screen readers hear whether updates are on.
 */
export function LiveUpdates({ slug, labels }: { slug: string; labels: LiveUpdatesLabels }) {
  const router = useRouter();
  const [status, setStatus] = useState<'connecting' | 'on' | 'reconnecting'>('connecting');

  const [changes, setChanges] = useState(0);
  const [refreshing, startTransition] = useTransition();

  // One refresh at a time: changes announced while one runs are covered by a single next one,
  // so a busy transcript never queues re-renders ahead of the reader's own actions.
  const dirty = changes > 0;
  useEffect(() => {
    if (!dirty || refreshing) return;
    const timer = setTimeout(() => {
      setChanges(0);
      startTransition(() => router.refresh());
    }, REFRESH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, refreshing, router]);

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let lagging: ReturnType<typeof setTimeout> | undefined;
    let source: EventSource | null = null;
    let missedSome = false;
    let failures = 0;
    const refresh = () => setChanges((n) => n + 1);
    const open = () => {
      source = new EventSource(`/api/live?transcript=${encodeURIComponent(slug)}`);
      source.addEventListener('ready', () => {
        clearTimeout(lagging);
        setStatus('on');
        failures = 0;
        // Changes made while we were disconnected were never announced to us.
        if (missedSome) refresh();
        missedSome = false;
      });
      source.addEventListener('annotation', refresh);
      source.addEventListener('refresh', refresh);
      source.addEventListener('error', () => {
        missedSome = true;
        // The stream ends every few minutes by design; announce only a reconnection that lags.
        clearTimeout(lagging);
        lagging = setTimeout(() => setStatus('reconnecting'), RECONNECTING_NOTICE_MS);
        // EventSource retries by itself after a dropped stream, but gives up on an error
        // answer (429, 502 from a proxy during a restart): then we retry, backing off.
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        retry = setTimeout(open, Math.min(30_000, 2_000 * 2 ** failures++));
      });
    };
    open();
    return () => {
      clearTimeout(retry);
      clearTimeout(lagging);
      source?.close();
    };
  }, [slug]);

  return (
    <p className="visually-hidden" aria-live="polite" data-live-status={status}>
      {status === 'on' ? labels.on : status === 'reconnecting' ? labels.reconnecting : ''}
    </p>
  );
}
