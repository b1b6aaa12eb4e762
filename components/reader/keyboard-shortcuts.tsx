'use client';

import { useEffect, useRef } from 'react';
import { neighbourTurn, shortcutFor, SHORTCUTS, type ShortcutAction } from './shortcut-keys';
import styles from './keyboard-shortcuts.module.css';

export type ShortcutLabels = Record<ShortcutAction, string> & { title: string; open: string; close: string; key: string; does: string };

const turns = () => Array.from(document.querySelectorAll<HTMLElement>('article[data-turn-index]'));

/** The turn holding focus, else the first one whose top is in the upper part of the window. */
function currentTurn(): HTMLElement | null {
  const focused = document.activeElement?.closest<HTMLElement>('article[data-turn-index]');
  if (focused) return focused;
  return turns().find((turn) => turn.getBoundingClientRect().bottom > window.innerHeight * 0.2) ?? null;
}

function goTo(step: 1 | -1) {
  const all = turns();
  const current = currentTurn();
  const indexes = all.map((turn) => Number(turn.dataset.turnIndex));
  const next = neighbourTurn(indexes, current ? Number(current.dataset.turnIndex) : null, step);
  const target = all.find((turn) => Number(turn.dataset.turnIndex) === next);
  if (!target) return;
  target.tabIndex = -1;
  target.focus();
  target.scrollIntoView({ block: 'start' });
  history.replaceState(null, '', `#${target.id}`);
}

/**
 * Reader keys: j/n next turn, k/p previous turn, a annotate the current turn (starts the
 * sentence picker), ? this help sheet. A visible button opens the same sheet, a native
 * <dialog> (focus moves in and back; Escape closes).
 */
export function KeyboardShortcuts({ labels }: { labels: ShortcutLabels }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'help') dialog.current?.showModal();
      else if (action === 'annotate') currentTurn()?.querySelector<HTMLButtonElement>('button[data-sentence-picker]')?.click();
      else goTo(action === 'nextTurn' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className={styles.open} onClick={() => dialog.current?.showModal()} aria-keyshortcuts="?">
        {labels.open}
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{labels.title}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{labels.key}</th>
              <th scope="col">{labels.does}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <td>
                  {shortcut.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' / '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{labels[shortcut.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" autoFocus>
            {labels.close}
          </button>
        </form>
      </dialog>
    </>
  );
}
