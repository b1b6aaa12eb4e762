'use client';

import type { Box } from './turn-dom';
import styles from './annotation-layer.module.css';

/**
 * The buttons beside a selection in a turn: "Annotate" opens the note form, "Highlight" stores
 * the selection at once. Signed-out readers get a sign-in link instead. Pressing a button must
 * not clear the selection, so mousedown is cancelled.
 */
export function SelectionToolbar({
  box,
  signInHref,
  busy,
  error,
  labels,
  onAnnotate,
  onHighlight,
}: {
  box: Box;
  /** Set for signed-out readers: the toolbar only offers to sign in. */
  signInHref: string | null;
  busy: boolean;
  error: string | null;
  labels: { annotate: string; highlight: string; annotateHint: string; highlightHint: string; signIn: string };
  onAnnotate(): void;
  onHighlight(): void;
}) {
  const style = { '--top': `${box.bottom + 8}px`, '--left': `${box.left + box.width / 2}px` } as React.CSSProperties;
  return (
    <div className={styles.toolbar} style={style} data-layer-ui onMouseDown={(event) => event.preventDefault()}>
      {signInHref ? (
        <a href={signInHref} className={styles.toolbarLink}>
          {labels.signIn}
        </a>
      ) : (
        <>
          <button type="button" className={styles.toolbarButton} title={labels.annotateHint} disabled={busy} onClick={onAnnotate}>
            {labels.annotate}
          </button>
          <button type="button" className={styles.toolbarButton} title={labels.highlightHint} disabled={busy} onClick={onHighlight}>
            {labels.highlight}
          </button>
        </>
      )}
      {error && (
        <p role="alert" className={styles.toolbarError}>
          {error}
        </p>
      )}
    </div>
  );
}
