import type { Translator } from '@/lib/i18n/translate';
import type { ShortcutLabels } from './keyboard-shortcuts';

/** The help sheet's text in the reader's language. */
export function shortcutLabels(t: Translator): ShortcutLabels {
  return {
    title: t('shortcutsTitle'),
    open: t('shortcutsOpen'),
    close: t('shortcutsClose'),
    key: t('shortcutsKey'),
    does: t('shortcutsDoes'),
    nextTurn: t('shortcutNextTurn'),
    previousTurn: t('shortcutPreviousTurn'),
    annotate: t('shortcutAnnotate'),
    help: t('shortcutHelp'),
  };
}
