import { useRouter } from 'next/navigation';
import { useCallback, useTransition } from 'react';
import { readerHref } from './reader-href';

/**
 * Shows a turn's annotations (and one of them) in the side panel by putting `?turn=N` and
 * `?annotation=id` in the URL, the same state links and the no-JavaScript page use; the server
 * renders the panel. Replaces the history entry and keeps the scroll position.
 */
export function useFocusInPanel(path: string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const focus = useCallback(
    (turnIndex: number, annotationId: string | null) => {
      const current = `${location.pathname}${location.search}`;
      const next = readerHref(path, new URLSearchParams(location.search), { turn: turnIndex, annotation: annotationId ?? undefined });
      if (next === current) return;
      startTransition(() => router.replace(next, { scroll: false }));
    },
    [path, router],
  );
  return { focus, pending };
}
