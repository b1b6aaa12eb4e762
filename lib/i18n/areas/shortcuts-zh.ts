/** Chinese interface text for the reader's keyboard shortcuts. */
export const shortcutsZh = {
  shortcutsOpen: '键盘快捷键（?）',
  shortcutsTitle: '键盘快捷键',
  shortcutsClose: '关闭',
  shortcutsKey: '按键',
  shortcutsDoes: '作用',
  shortcutNextTurn: '下一段发言',
  shortcutPreviousTurn: '上一段发言',
  shortcutAnnotate: '批注当前发言（逐句选择：↑/↓ 移动，Enter 写批注，H 高亮，Esc 结束）',
  shortcutHelp: '显示这张快捷键表',
} as const satisfies Record<string, string | { one: string; other: string }>;
