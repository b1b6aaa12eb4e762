import type { Message } from '../dictionary';
import type { shortcutsZh } from './shortcuts-zh';

/** English interface text for the reader's keyboard shortcuts. */
export const shortcutsEn: Record<keyof typeof shortcutsZh, Message> = {
  shortcutsOpen: 'Keyboard shortcuts (?)',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsClose: 'Close',
  shortcutsKey: 'Key',
  shortcutsDoes: 'Does',
  shortcutNextTurn: 'Next turn',
  shortcutPreviousTurn: 'Previous turn',
  shortcutAnnotate: 'Annotate the current turn (sentence by sentence: ↑/↓ move, Enter writes a note, H highlights, Esc stops)',
  shortcutHelp: 'Show this list',
};
