import type { JSONContent } from '@tiptap/core';

/** A tiptap document of plain text: one paragraph per line (replies are typed in a plain textarea). */
export function plainTextDoc(text: string): JSONContent {
  return {
    type: 'doc',
    content: text
      .trim()
      .split('\n')
      .map((line) => (line.trim() === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}
