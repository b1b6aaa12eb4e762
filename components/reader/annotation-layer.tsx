'use client';

import dynamic from 'next/dynamic';
import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { AnnotateTarget } from '@/components/annotations/annotate-form';
import type { ReaderLayerLabels } from '@/components/annotations/labels';
import { annotationCardId } from '@/components/highlights/highlight-ids';
import { LayerContext, type GroupChoice, type LayerContextValue } from '@/components/highlights/layer-context';
import type { Option } from '@/components/ui/option';
import { UserMessage } from '@/components/ui/user-text';
import { createAnnotationAction } from '@/lib/actions/annotation-actions';
import type { AssignmentContext } from '@/lib/assignments/types';
import { offsetsToRange } from '@/lib/anchoring/dom';
import { paintRange } from './css-highlight';
import { HighlightPopover } from './highlight-popover';
import { SelectionToolbar } from './selection-toolbar';
import { findTurn, MARK_SELECTOR, TURN_SELECTOR, turnIndexOf } from './turn-dom';
import { useFocusInPanel } from './use-focus-in-panel';
import { useHighlightPreview } from './use-highlight-preview';
import { useHydrated } from './use-hydrated';
import { useSentenceMode } from './use-sentence-mode';
import { useTurnSelection, type TurnSelection } from './use-turn-selection';
import styles from './annotation-layer.module.css';

// The form and the tiptap editor inside it load on first use: readers never download them.
const AnnotateForm = dynamic(() => import('@/components/annotations/annotate-form'), { ssr: false });

const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [contenteditable="true"], [data-layer-ui]';
const NO_GROUPS: GroupChoice[] = [];
const SENTENCE_KEYS: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 'first', End: 'last' };

/**
 * Everything interactive over the server-rendered turns, as one small client component around
 * the reading column: the Annotate/Highlight toolbar beside a selection inside one turn, the
 * keyboard sentence picker, previews of highlights on hover and focus, and focusing a turn or
 * highlight in the side panel on click (or Enter on a highlight).
 */
export function AnnotationLayer({
  slug,
  path,
  signInHref,
  labels,
  chronicleOptions,
  groups = NO_GROUPS,
  assignment = null,
  children,
}: {
  slug: string;
  /** The transcript page's path, for the panel-focus URLs. */
  path: string;
  /** Set when nobody is signed in: selections offer this sign-in link instead of the buttons. */
  signInHref: string | null;
  labels: ReaderLayerLabels;
  /** Chronicle entries a claim's evidence may point to. */
  chronicleOptions: Option[];
  /** The viewer's active groups, offered as visibilities. */
  groups?: GroupChoice[];
  /** Set while working on a class assignment (`?assignment=id`). */
  assignment?: AssignmentContext | null;
  children: ReactNode;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const selection = useTurnSelection(rootRef);
  const sentences = useSentenceMode(rootRef);
  const { focus } = useFocusInPanel(path);
  const [draft, setDraft] = useState<TurnSelection | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { preview, handlers: previewHandlers, hide: hidePreview } = useHighlightPreview(rootRef);
  const returnFocus = useRef<HTMLElement | null>(null);
  const focusAfterRefresh = useRef<string | null>(null);
  const helpId = useId();
  const hydrated = useHydrated();

  const candidate = draft ? null : (sentences.current ?? selection);

  const openDraft = (target: TurnSelection) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    sentences.stop();
    setError(null);
    setDraft(target);
  };

  const saved = (turnIndex: number, id: string) => {
    document.getSelection()?.removeAllRanges();
    sentences.stop();
    setDraft(null);
    focusAfterRefresh.current = id;
    focus(turnIndex, id);
  };

  const highlight = async (target: TurnSelection) => {
    setBusy(true);
    setError(null);
    const { turnIndex, start, end, exact } = target;
    const result = await createAnnotationAction({ transcriptSlug: slug, turnIndex, start, end, exact, body: null });
    setBusy(false);
    if (result.ok) saved(turnIndex, result.data.id);
    else setError(result.error);
  };

  const cancelDraft = () => {
    setDraft(null);
    returnFocus.current?.focus();
  };

  // The quote being annotated stays marked while the editor has the focus (and the selection).
  useEffect(() => {
    const article = draft && rootRef.current ? findTurn(rootRef.current, draft.turnIndex) : null;
    paintRange('rostrum-draft', draft && article ? offsetsToRange(article, draft.start, draft.end) : null);
    return () => {
      paintRange('rostrum-draft', null);
    };
  }, [draft]);

  // After a save the page comes back with the new annotation's card: move the focus there.
  useEffect(() => {
    const id = focusAfterRefresh.current;
    const card = id ? document.getElementById(annotationCardId(id)) : null;
    if (card) {
      focusAfterRefresh.current = null;
      card.focus({ preventScroll: true });
    }
  }, [children]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (sentences.turnIndex !== null && target.dataset.sentencePicker === String(sentences.turnIndex)) {
      const move = SENTENCE_KEYS[event.key];
      if (move !== undefined) sentences.move(move);
      else if (event.key === 'Escape') sentences.stop();
      else if (event.key === 'Enter' && sentences.current) openDraft(sentences.current);
      else if (event.key.toLowerCase() === 'h' && sentences.current) void highlight(sentences.current);
      else return;
      event.preventDefault();
      return;
    }
    const article = target.closest<HTMLElement>(TURN_SELECTOR);
    if (event.key === 'Enter' && article && target.matches(MARK_SELECTOR)) focus(turnIndexOf(article), target.dataset.annotationId ?? null);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const article = target.closest<HTMLElement>(TURN_SELECTOR);
    if (!article || target.closest(INTERACTIVE) || document.getSelection()?.isCollapsed === false) return;
    focus(turnIndexOf(article), target.closest<HTMLElement>(MARK_SELECTOR)?.dataset.annotationId ?? null);
  };

  const layer = useMemo<LayerContextValue | null>(
    () =>
      signInHref
        ? null
        : {
            sentenceTurn: sentences.turnIndex,
            toggleSentences: (turnIndex) => (sentences.turnIndex === turnIndex ? sentences.stop() : sentences.start(turnIndex)),
            helpId,
            labels: { selectSentence: labels.selectSentence },
            groups,
            assignment,
          },
    [signInHref, sentences, helpId, labels.selectSentence, groups, assignment],
  );

  return (
    <LayerContext.Provider value={layer}>
      <div
        ref={rootRef}
        className={styles.layer}
        data-ready={hydrated || undefined}
        onKeyDown={onKeyDown}
        onClick={onClick}
        {...previewHandlers}
        onBlur={(event: FocusEvent) => {
          hidePreview(event.relatedTarget);
          const picker = (event.target as HTMLElement).dataset.sentencePicker;
          if (picker !== undefined && picker === String(sentences.turnIndex)) sentences.stop();
        }}
      >
        {children}
        {candidate && (
          <SelectionToolbar
            box={candidate.box}
            signInHref={signInHref}
            busy={busy}
            error={error}
            labels={labels}
            onAnnotate={() => openDraft(candidate)}
            onHighlight={() => void highlight(candidate)}
          />
        )}
        {preview && !draft && !candidate && <HighlightPopover state={preview} />}
        {draft && (
          <div className={styles.dock} style={{ '--top': `${draft.box.bottom + 10}px`, '--left': `${draft.box.left}px` } as React.CSSProperties} data-layer-ui>
            <AnnotateForm
              target={{ transcriptSlug: slug, turnIndex: draft.turnIndex, start: draft.start, end: draft.end, exact: draft.exact } satisfies AnnotateTarget}
              labels={labels.form}
              chronicleOptions={chronicleOptions}
              onSaved={(id) => saved(draft.turnIndex, id)}
              onCancel={cancelDraft}
            />
          </div>
        )}
        <p id={helpId} hidden>
          {labels.sentenceHelp}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {sentences.current && sentences.position ? <UserMessage message={labels.sentenceStatus} values={{ ...sentences.position, text: sentences.current.exact }} /> : ''}
        </p>
      </div>
    </LayerContext.Provider>
  );
}
