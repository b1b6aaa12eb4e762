/** What a key does in the reader; the help sheet lists the same table. */
export type ShortcutAction = 'nextTurn' | 'previousTurn' | 'annotate' | 'help';

export const SHORTCUTS: ReadonlyArray<{ keys: string[]; action: ShortcutAction }> = [
  { keys: ['j', 'n'], action: 'nextTurn' },
  { keys: ['k', 'p'], action: 'previousTurn' },
  { keys: ['a'], action: 'annotate' },
  { keys: ['?'], action: 'help' },
];

/** The action of a key press, or null: typing in a field, or with Ctrl/Alt/Meta, is never a shortcut. */
export function shortcutFor(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean; target: EventTarget | null }): ShortcutAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const target = event.target as { closest?: (selector: string) => unknown; isContentEditable?: boolean } | null;
  if (target?.isContentEditable || target?.closest?.('input, textarea, select, [contenteditable], dialog[open] form')) return null;
  return SHORTCUTS.find((shortcut) => shortcut.keys.includes(event.key))?.action ?? null;
}

/** The turn after (`step` 1) or before (-1) the current one among `indexes` (document order); the first or last when there is none. */
export function neighbourTurn(indexes: readonly number[], current: number | null, step: 1 | -1): number | null {
  if (indexes.length === 0) return null;
  if (current === null) return step === 1 ? indexes[0]! : indexes.at(-1)!;
  const at = indexes.indexOf(current);
  if (at < 0) return indexes[0]!;
  return indexes[Math.min(indexes.length - 1, Math.max(0, at + step))]!;
}
