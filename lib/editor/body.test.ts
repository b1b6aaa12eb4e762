import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { isEmptyBody, parseAnnotationBody } from './body';
import { EVIL_BODIES } from '@/tests/support/xss-payloads';

const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('parseAnnotationBody: accepted documents and their normal form', () => {
  it.each([
    { description: 'plain paragraph', input: doc(p(t('你好'))), doc: doc(p(t('你好'))), text: '你好' },
    { description: 'JSON text is accepted', input: JSON.stringify(doc(p(t('x')))), doc: doc(p(t('x'))), text: 'x' },
    { description: 'bold and italic', input: doc(p(t('a', [{ type: 'bold' }, { type: 'italic' }]))), doc: doc(p(t('a', [{ type: 'bold' }, { type: 'italic' }]))), text: 'a' },
    {
      description: 'link keeps only a normalised href',
      input: doc(p(t('l', [{ type: 'link', attrs: { href: 'HTTPS://Example.com', target: '_blank', rel: null, class: null, title: null } }]))),
      doc: doc(p(t('l', [{ type: 'link', attrs: { href: 'https://example.com/' } }]))),
      text: 'l',
    },
    {
      description: 'editor output: orderedList default attrs dropped, start kept',
      input: doc({ type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [p(t('a'))] }] }, { type: 'orderedList', attrs: { start: 4, type: null }, content: [{ type: 'listItem', content: [p(t('b'))] }] }),
      doc: doc({ type: 'orderedList', content: [{ type: 'listItem', content: [p(t('a'))] }] }, { type: 'orderedList', attrs: { start: 4 }, content: [{ type: 'listItem', content: [p(t('b'))] }] }),
      text: 'a\nb',
    },
    {
      description: 'nested list in a quote; text is paragraphs joined by "\\n"',
      input: doc({ type: 'blockquote', content: [p(t('q')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('i1')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('i2'))] }] }] }] }] }),
      doc: doc({ type: 'blockquote', content: [p(t('q')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('i1')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('i2'))] }] }] }] }] }),
      text: 'q\ni1\ni2',
    },
    { description: 'hard break is a newline in the text', input: doc(p(t('a'), { type: 'hardBreak' }, t('b'))), doc: doc(p(t('a'), { type: 'hardBreak' }, t('b'))), text: 'a\nb' },
    { description: 'empty paragraphs and empty doc', input: doc({ type: 'paragraph' }, p()), doc: doc({ type: 'paragraph' }, { type: 'paragraph' }), text: '\n' },
    { description: 'doc without content gets one paragraph', input: { type: 'doc', content: [] }, doc: doc({ type: 'paragraph' }), text: '' },
    { description: 'control characters stripped, empty text dropped', input: doc(p(t('a\u0000b\u001b'), t('\u0007'))), doc: doc(p(t('ab'))), text: 'ab' },
    { description: 'lone surrogate replaced', input: doc(p(t('x\ud800'))), doc: doc(p(t('x\ufffd'))), text: 'x\ufffd' },
    { description: 'unknown keys ignored', input: { ...doc(p(t('x'))), id: 7, foo: { bar: 1 } }, doc: doc(p(t('x'))), text: 'x' },
    { description: 'astral characters kept', input: doc(p(t('𠮷😀'))), doc: doc(p(t('𠮷😀'))), text: '𠮷😀' },
  ])('$description', ({ input, doc: expected, text }) => {
    expect(parseAnnotationBody(input)).toEqual({ ok: true, doc: expected, text });
  });

  it('returns a copy, never the input', () => {
    const input = doc(p(t('x')));
    const result = parseAnnotationBody(input);
    expect(result.ok && result.doc).not.toBe(input);
  });
});

describe('parseAnnotationBody: rejected input', () => {
  it.each([
    { description: 'HTML instead of JSON', input: '<p>hi</p>', error: /not valid JSON/ },
    { description: 'unknown node type, with its path', input: doc(p(t('x')), { type: 'heading' }), error: /body\.content\[1\]: node type "heading" is not allowed/ },
    { description: 'unknown mark type', input: doc(p(t('x', [{ type: 'code' }]))), error: /mark type "code" is not allowed/ },
    { description: 'long evil type is clipped in the message', input: doc({ type: '<script>'.repeat(20) }), error: /"(<script>){5}…"/ },
    { description: 'unsafe href', input: doc(p(t('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))), error: /http, https or mailto/ },
    { description: 'negative list start', input: doc({ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [p(t('a'))] }] }), error: /start/ },
    { description: 'empty list', input: doc({ type: 'bulletList', content: [] }), error: /must not be empty/ },
    { description: 'an empty text node is dropped, not an error', input: doc(p(t(''))), error: null },
  ])('$description', ({ input, error }) => {
    const result = parseAnnotationBody(input);
    if (error === null) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it.each(EVIL_BODIES.map((b) => ({ ...b })))('evil body: $description', ({ body, accepted }) => {
    const result = parseAnnotationBody(body);
    expect(result.ok).toBe(accepted);
    if (result.ok) expect(JSON.stringify(result.doc)).not.toMatch(/onclick|onmouseover|style|class|target|title|polluted|"type":"a/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts exactly 10 000 characters of text', () => {
    expect(parseAnnotationBody(doc(p(t('字'.repeat(10_000))))).ok).toBe(false); // 30 000 bytes of UTF-8 JSON
    expect(parseAnnotationBody(doc(p(t('a'.repeat(10_000))))).ok).toBe(true);
    expect(parseAnnotationBody(doc(p(t('a'.repeat(5_000))), p(t('b'.repeat(5_001))))).ok).toBe(false);
  });
});

describe('isEmptyBody', () => {
  it.each([
    { description: 'one empty paragraph', doc: doc({ type: 'paragraph' }), empty: true },
    { description: 'whitespace and breaks', doc: doc(p(t('  \n'), { type: 'hardBreak' }, t('\u3000'))), empty: true },
    { description: 'empty list item', doc: doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }), empty: true },
    { description: 'text', doc: doc(p(t('字'))), empty: false },
    { description: 'text deep in a quote', doc: doc({ type: 'blockquote', content: [p(t(' x '))] }), empty: false },
  ])('$description', ({ doc: body, empty }) => {
    expect(isEmptyBody(body as JSONContent)).toBe(empty);
  });
});
