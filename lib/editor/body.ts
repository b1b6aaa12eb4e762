import type { JSONContent } from '@tiptap/core';
import { codePointLength } from '@/lib/anchoring/code-points';
import { safeHref } from './safe-href';
import { truncateCodePoints } from '@/lib/format/truncate';

/** Largest accepted body, in bytes of its JSON (UTF-8). */
export const MAX_BODY_BYTES = 20_000;
/** Deepest accepted nesting of nodes; the doc is depth 1, a top-level paragraph depth 2. */
export const MAX_BODY_DEPTH = 12;
/** Most text a body may hold, in code points over all text nodes. */
export const MAX_BODY_TEXT_LENGTH = 10_000;
/** Range of an ordered list's `start`. */
export const MAX_LIST_START = 1_000_000;

/** A validated, normalised body and its plain text (paragraphs joined with "\n", for search). */
export type AnnotationBodyResult = { ok: true; doc: JSONContent; text: string } | { ok: false; error: string };

type Block = 'paragraph' | 'bulletList' | 'orderedList' | 'blockquote';
const BLOCKS: readonly string[] = ['paragraph', 'bulletList', 'orderedList', 'blockquote'] satisfies Block[];
const INLINES: readonly string[] = ['text', 'hardBreak'];

// C0 controls except tab and line feed, and DEL: invisible, and PostgreSQL cannot store U+0000.
const STRIPPED_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

class BodyError extends Error {}

/**
 * Validates an annotation body against the schema of `annotationExtensions` with a hand-written
 * walk, and returns a fresh normalised copy (never the input object). Accepts the JSON value or
 * its JSON text; never HTML.
 *
 * - Node types (doc, paragraph, text, hardBreak, bulletList, orderedList, listItem, blockquote)
 *   and marks (bold, italic, link) are whitelisted, and so is where each may appear; anything
 *   else is rejected with an error naming the path.
 * - Attributes are whitelisted and unknown ones dropped: link `href` (required; http, https or
 *   mailto, normalised by `safeHref`) and orderedList `start` (integer 0..MAX_LIST_START).
 *   A whitelisted attribute with a bad value is rejected. Other keys of a node are ignored.
 * - Limits: MAX_BODY_BYTES of JSON, MAX_BODY_DEPTH levels, MAX_BODY_TEXT_LENGTH code points.
 * - Text is made storable: control characters other than tab and newline are removed, lone
 *   surrogates replaced by U+FFFD; text nodes left empty are dropped.
 */
export function parseAnnotationBody(input: unknown): AnnotationBodyResult {
  try {
    const value = readJson(input);
    const walk = new BodyWalk();
    const doc = walk.doc(value);
    return { ok: true, doc, text: walk.lines.join('\n') };
  } catch (error) {
    if (error instanceof BodyError) return { ok: false, error: error.message };
    // JSON.stringify of a cycle or a deeply nested value, and similar.
    return { ok: false, error: 'body is not valid JSON' };
  }
}

function readJson(input: unknown): unknown {
  const json = typeof input === 'string' ? input : JSON.stringify(input);
  if (typeof json !== 'string') throw new BodyError('body is not a JSON object');
  if (new TextEncoder().encode(json).length > MAX_BODY_BYTES) throw new BodyError(`body is larger than ${MAX_BODY_BYTES} bytes`);
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new BodyError('body is not valid JSON');
  }
}

class BodyWalk {
  /** Plain text of each paragraph, in document order. */
  readonly lines: string[] = [];
  private textLength = 0;

  doc(value: unknown): JSONContent {
    const node = record(value, 'body');
    if (own(node, 'type') !== 'doc') throw new BodyError('body: the top node must be of type "doc"');
    const content = this.children(node, 'body', 1, (child, path) => this.block(child, path, 2));
    if (content.length === 0) {
      this.lines.push('');
      return { type: 'doc', content: [{ type: 'paragraph' }] };
    }
    return { type: 'doc', content };
  }

  private block(value: unknown, path: string, depth: number): JSONContent {
    if (depth > MAX_BODY_DEPTH) throw new BodyError(`${path}: nested deeper than ${MAX_BODY_DEPTH} levels`);
    const node = record(value, path);
    const type = nodeType(node, path, BLOCKS);
    noMarks(node, path);
    switch (type) {
      case 'paragraph':
        return this.paragraph(node, path, depth);
      case 'blockquote':
        return { type, content: this.nonEmpty(this.children(node, path, depth, (c, p) => this.block(c, p, depth + 1)), path) };
      default: {
        const items = this.nonEmpty(this.children(node, path, depth, (c, p) => this.listItem(c, p, depth + 1)), path);
        const start = type === 'orderedList' ? listStart(node, path) : undefined;
        return start === undefined ? { type, content: items } : { type, attrs: { start }, content: items };
      }
    }
  }

  private listItem(value: unknown, path: string, depth: number): JSONContent {
    if (depth > MAX_BODY_DEPTH) throw new BodyError(`${path}: nested deeper than ${MAX_BODY_DEPTH} levels`);
    const node = record(value, path);
    nodeType(node, path, ['listItem']);
    noMarks(node, path);
    const content = this.nonEmpty(this.children(node, path, depth, (c, p) => this.block(c, p, depth + 1)), path);
    if (content[0]?.type !== 'paragraph') throw new BodyError(`${path}: a list item must start with a paragraph`);
    return { type: 'listItem', content };
  }

  private paragraph(node: Record<string, unknown>, path: string, depth: number): JSONContent {
    if (own(node, 'content') === undefined) {
      this.lines.push('');
      return { type: 'paragraph' };
    }
    const content = this.children(node, path, depth, (c, p) => this.inline(c, p, depth + 1)).filter((n) => n !== null);
    this.lines.push(content.map((n) => (n.type === 'text' ? n.text : '\n')).join(''));
    return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content };
  }

  private inline(value: unknown, path: string, depth: number): JSONContent | null {
    if (depth > MAX_BODY_DEPTH) throw new BodyError(`${path}: nested deeper than ${MAX_BODY_DEPTH} levels`);
    const node = record(value, path);
    const type = nodeType(node, path, INLINES);
    if (own(node, 'content') !== undefined) throw new BodyError(`${path}: ${type} nodes have no content`);
    const marks = readMarks(node, path);
    const withMarks = (n: JSONContent): JSONContent => (marks.length > 0 ? { ...n, marks } : n);
    if (type === 'hardBreak') return withMarks({ type });

    const raw = own(node, 'text');
    if (typeof raw !== 'string') throw new BodyError(`${path}: a text node needs a string "text"`);
    const text = raw.replace(STRIPPED_CONTROLS, '').toWellFormed();
    if (text === '') return null;
    this.textLength += codePointLength(text);
    if (this.textLength > MAX_BODY_TEXT_LENGTH) throw new BodyError(`body: more than ${MAX_BODY_TEXT_LENGTH} characters of text`);
    return withMarks({ type: 'text', text });
  }

  private children<T>(node: Record<string, unknown>, path: string, depth: number, read: (child: unknown, path: string) => T): T[] {
    const content = own(node, 'content');
    if (content === undefined) return [];
    if (!Array.isArray(content)) throw new BodyError(`${path}.content: must be an array`);
    if (depth + 1 > MAX_BODY_DEPTH && content.length > 0) throw new BodyError(`${path}: nested deeper than ${MAX_BODY_DEPTH} levels`);
    return content.map((child: unknown, i) => read(child, `${path}.content[${i}]`));
  }

  private nonEmpty(content: JSONContent[], path: string): JSONContent[] {
    if (content.length === 0) throw new BodyError(`${path}: must not be empty`);
    return content;
  }
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BodyError(`${path}: must be an object`);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new BodyError(`${path}: must be a plain object`);
  return value as Record<string, unknown>;
}

/** Own properties only: a `__proto__` or `constructor` key in JSON is just an ignored key. */
function own(node: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

function nodeType(node: Record<string, unknown>, path: string, allowed: readonly string[]): string {
  const type = own(node, 'type');
  if (typeof type !== 'string' || !allowed.includes(type)) throw new BodyError(`${path}: node type ${describe(type)} is not allowed here`);
  return type;
}

function noMarks(node: Record<string, unknown>, path: string): void {
  const marks = own(node, 'marks');
  if (marks !== undefined && !(Array.isArray(marks) && marks.length === 0)) throw new BodyError(`${path}: only text may have marks`);
}

function readMarks(node: Record<string, unknown>, path: string): { type: string; attrs?: { href: string } }[] {
  const marks = own(node, 'marks');
  if (marks === undefined) return [];
  if (!Array.isArray(marks)) throw new BodyError(`${path}.marks: must be an array`);
  const seen = new Set<string>();
  return marks.map((value: unknown, i) => {
    const markPath = `${path}.marks[${i}]`;
    const mark = record(value, markPath);
    const type = own(mark, 'type');
    if (type !== 'bold' && type !== 'italic' && type !== 'link') throw new BodyError(`${markPath}: mark type ${describe(type)} is not allowed`);
    if (seen.has(type)) throw new BodyError(`${markPath}: duplicate ${type} mark`);
    seen.add(type);
    if (type !== 'link') return { type };
    const attrs = own(mark, 'attrs');
    const href = safeHref(attrs !== null && typeof attrs === 'object' ? own(attrs as Record<string, unknown>, 'href') : undefined);
    if (href === null) throw new BodyError(`${markPath}: a link needs an absolute http, https or mailto href`);
    return { type, attrs: { href } };
  });
}

function listStart(node: Record<string, unknown>, path: string): number | undefined {
  const attrs = own(node, 'attrs');
  if (attrs === undefined || attrs === null) return undefined;
  const start = own(record(attrs, `${path}.attrs`), 'start');
  if (start === undefined || start === null) return undefined;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0 || start > MAX_LIST_START) {
    throw new BodyError(`${path}.attrs.start: must be an integer from 0 to ${MAX_LIST_START}`);
  }
  return start === 1 ? undefined : start;
}

/** A short, quoted rendering of an offending value for error messages (never raw input). */
function describe(value: unknown): string {
  if (typeof value !== 'string') return `(${value === null ? 'null' : typeof value})`;
  return JSON.stringify(truncateCodePoints(value, 40));
}

/** True when a body has no visible text (whitespace and line breaks only). Works on any JSON. */
export function isEmptyBody(doc: JSONContent): boolean {
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === 'string' && text.trim() !== '') return false;
    if (Array.isArray(content)) stack.push(...(content as unknown[]));
  }
  return true;
}
