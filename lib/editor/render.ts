import { getSchema } from '@tiptap/core';
import { DOMSerializer, Node, type Schema } from '@tiptap/pm/model';
import { parseAnnotationBody } from './body';
import { annotationExtensions } from './extensions';
import { escapeHtmlText, stringDocument } from './string-dom';

/**
 * Server-side HTML of a stored annotation body, produced by the same tiptap extension list as
 * the editor (`annotationExtensions`): every node and mark renders through its extension's
 * `renderHTML`, exactly as `generateHTML` from `@tiptap/html` does.
 *
 * Why not call `generateHTML` itself: in Node it needs happy-dom (a peer dependency the app does
 * not otherwise declare), builds the schema and a whole DOM window per call (≈5 ms per body, so
 * ≈250 ms for a page of 50 annotations), and leaves escaping to that DOM. Here the schema and
 * serializer are built once and ProseMirror's DOMSerializer writes into a tiny string DOM
 * (string-dom.ts) whose escaping we own. render.test.ts asserts that the output equals
 * `generateHTML`'s for every fixture document.
 *
 * `doc` is the stored JSON (a `JSONContent`, or anything read from the database). It is always
 * validated with `parseAnnotationBody` first; an invalid body (or anything
 * the schema refuses) renders as escaped plain text, never as markup.
 */
export function renderBodyHtml(doc: unknown): string {
  const parsed = parseAnnotationBody(doc);
  if (!parsed.ok) return plainTextHtml(looseText(doc));
  try {
    const { schema, serializer } = renderer();
    const node = Node.fromJSON(schema, parsed.doc);
    node.check();
    const target = stringDocument.createDocumentFragment();
    serializer.serializeFragment(node.content, { document: stringDocument as unknown as Document }, target as unknown as DocumentFragment);
    return target.toHtml();
  } catch {
    return plainTextHtml(parsed.text);
  }
}

let cached: { schema: Schema; serializer: DOMSerializer } | undefined;

function renderer(): { schema: Schema; serializer: DOMSerializer } {
  if (!cached) {
    const schema = getSchema(annotationExtensions);
    cached = { schema, serializer: DOMSerializer.fromSchema(schema) };
  }
  return cached;
}

/** One escaped `<p>` per line. */
function plainTextHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtmlText(line)}</p>`)
    .join('');
}

/** Best-effort text of an invalid body: a string as is, else every `text` string found (bounded). */
function looseText(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 10_000);
  const parts: string[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited++ < 5_000) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null || depth > 50) continue;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === 'string') parts.push(text);
    if (Array.isArray(content)) for (let i = content.length - 1; i >= 0; i--) stack.push({ node: content[i] as unknown, depth: depth + 1 });
  }
  return parts.join('').slice(0, 10_000);
}
