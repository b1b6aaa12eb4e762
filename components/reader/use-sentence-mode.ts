import { useCallback, useEffect, useState, type RefObject } from 'react';
import { offsetsToRange, textOfRoot } from '@/lib/anchoring/dom';
import { codePointSlice } from '@/lib/anchoring/code-points';
import { paintRange } from './css-highlight';
import { sentenceSpans, type SentenceSpan } from './sentences';
import { boxWithin, findTurn } from './turn-dom';
import type { TurnSelection } from './use-turn-selection';

interface SentenceState {
  turnIndex: number;
  spans: SentenceSpan[];
  text: string;
  index: number;
  current: TurnSelection;
}

/**
 * Choosing a sentence of a turn with the keyboard: `start(turn)` picks its first sentence,
 * `move(±1)` the next or previous one, `stop()` ends. The chosen sentence is painted as a CSS
 * custom highlight (or, without that API, made the document selection) and scrolled into view;
 * `current` carries its offsets and quote like a mouse selection does.
 */
export function useSentenceMode(rootRef: RefObject<HTMLElement | null>) {
  const [state, setState] = useState<SentenceState | null>(null);

  const choose = useCallback(
    (turnIndex: number, spans: SentenceSpan[], text: string, index: number): SentenceState | null => {
      const root = rootRef.current;
      const article = root && findTurn(root, turnIndex);
      const span = spans[index];
      const range = article && span ? offsetsToRange(article, span.start, span.end) : null;
      if (!root || !range || !span) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      const box = boxWithin(range.getBoundingClientRect(), root);
      const exact = codePointSlice(text, span.start, span.end);
      return { turnIndex, spans, text, index, current: { turnIndex, start: span.start, end: span.end, exact, box } };
    },
    [rootRef],
  );

  const start = useCallback(
    (turnIndex: number) => {
      const article = rootRef.current && findTurn(rootRef.current, turnIndex);
      if (!article) return;
      const text = textOfRoot(article);
      setState(choose(turnIndex, sentenceSpans(text), text, 0));
    },
    [choose, rootRef],
  );

  const move = useCallback(
    (delta: number | 'first' | 'last') => {
      if (!state) return;
      const last = state.spans.length - 1;
      const target = delta === 'first' ? 0 : delta === 'last' ? last : Math.min(Math.max(state.index + delta, 0), last);
      if (target === state.index) return;
      const next = choose(state.turnIndex, state.spans, state.text, target);
      if (next) setState(next);
    },
    [choose, state],
  );

  const stop = useCallback(() => setState(null), []);

  // Paint the chosen sentence; without the Highlight API, select it instead.
  useEffect(() => {
    const root = rootRef.current;
    const article = state && root ? findTurn(root, state.turnIndex) : null;
    const range = state && article ? offsetsToRange(article, state.current.start, state.current.end) : null;
    if (!paintRange('rostrum-sentence', range) && range) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return () => {
      paintRange('rostrum-sentence', null);
    };
  }, [state, rootRef]);

  return {
    turnIndex: state?.turnIndex ?? null,
    current: state?.current ?? null,
    position: state ? { i: state.index + 1, n: state.spans.length } : null,
    start,
    move,
    stop,
  };
}
