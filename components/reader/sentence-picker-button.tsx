'use client';

import { useLayer } from '@/components/highlights/layer-context';
import styles from './turn-article.module.css';

/**
 * The keyboard way to annotate: a button in each turn that starts choosing a sentence of that
 * turn (arrow keys move, Enter writes a note, H highlights, Escape stops; see annotation-layer).
 * Rendered only for signed-in readers inside the annotation layer.
 */
export function SentencePickerButton({ turnIndex }: { turnIndex: number }) {
  const layer = useLayer();
  if (!layer) return null;
  const active = layer.sentenceTurn === turnIndex;
  return (
    <button
      type="button"
      className={styles.tool}
      data-sentence-picker={turnIndex}
      aria-pressed={active}
      aria-describedby={layer.helpId}
      onClick={() => layer.toggleSentences(turnIndex)}
    >
      {layer.labels.selectSentence}
    </button>
  );
}
