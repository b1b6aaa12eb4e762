import { generateHTML } from '@tiptap/html/server';
import { describe, expect, it } from 'vitest';
import { parseAnnotationBody } from './body';
import { annotationExtensions } from './extensions';
import { assertInertHtml, textOfInertHtml } from './inert-html';
import { renderBodyHtml } from './render';
import { EVIL_BODIES, XSS_PAYLOADS } from '@/tests/support/xss-payloads';

const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const link = (href: string) => ({ type: 'link', attrs: { href } });
const item = (...content: unknown[]) => ({ type: 'listItem', content });

/** What the validator does to text: controls other than tab/newline removed, lone surrogates replaced. */
const storedText = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').toWellFormed();

// Exact HTML, as tiptap's own extension tests (extension-highlight/src/highlight.test.ts) do.
const EXACT: { description: string; doc: unknown; html: string }[] = [
  { description: 'bold', doc: doc(p(t('Hello '), t('world', [{ type: 'bold' }]))), html: '<p>Hello <strong>world</strong></p>' },
  { description: 'italic', doc: doc(p(t('斜体', [{ type: 'italic' }]))), html: '<p><em>斜体</em></p>' },
  { description: 'bold italic', doc: doc(p(t('x', [{ type: 'italic' }, { type: 'bold' }]))), html: '<p><strong><em>x</em></strong></p>' },
  { description: 'bullet list', doc: doc({ type: 'bulletList', content: [item(p(t('a'))), item(p(t('b')))] }), html: '<ul><li><p>a</p></li><li><p>b</p></li></ul>' },
  { description: 'ordered list from 3', doc: doc({ type: 'orderedList', attrs: { start: 3 }, content: [item(p(t('c')))] }), html: '<ol start="3"><li><p>c</p></li></ol>' },
  { description: 'blockquote', doc: doc({ type: 'blockquote', content: [p(t('引用'))] }), html: '<blockquote><p>引用</p></blockquote>' },
  { description: 'hard break', doc: doc(p(t('a'), { type: 'hardBreak' }, t('b'))), html: '<p>a<br>b</p>' },
  {
    description: 'link with rel, no target',
    doc: doc(p(t('source', [link('https://www.fmprc.gov.cn/web/fyrbt_673021/')]))),
    html: '<p><a rel="noopener noreferrer nofollow" href="https://www.fmprc.gov.cn/web/fyrbt_673021/">source</a></p>',
  },
  {
    description: 'bold link',
    doc: doc(p(t('x', [{ type: 'bold' }, link('mailto:press@example.com')]))),
    html: '<p><a rel="noopener noreferrer nofollow" href="mailto:press@example.com"><strong>x</strong></a></p>',
  },
  { description: 'empty body', doc: doc(), html: '<p></p>' },
  { description: 'astral characters and nbsp', doc: doc(p(t('𠮷😀\u00a0x'))), html: '<p>𠮷😀&nbsp;x</p>' },
  // Injection attempts
  { description: 'HTML in text is escaped', doc: doc(p(t('<script>alert("x")</script>'))), html: '<p>&lt;script&gt;alert("x")&lt;/script&gt;</p>' },
  { description: 'link with javascript: renders as escaped text', doc: doc(p(t('<b>x</b>', [link('javascript:alert(1)')]))), html: '<p>&lt;b&gt;x&lt;/b&gt;</p>' },
  { description: 'HTML given instead of JSON renders as text', doc: '<img src=x onerror=alert(1)>', html: '<p>&lt;img src=x onerror=alert(1)&gt;</p>' },
  { description: 'unknown node type renders its text only', doc: doc({ type: 'iframe', content: [t('inside')] }), html: '<p>inside</p>' },
  { description: 'evil link attributes are dropped', doc: doc(p(t('x', [{ type: 'link', attrs: { href: 'https://e.com', target: '_top', rel: 'opener', onclick: 'alert(1)' } }]))), html: '<p><a rel="noopener noreferrer nofollow" href="https://e.com/">x</a></p>' },
];

describe('renderBodyHtml: exact HTML', () => {
  it.each(EXACT)('$description', ({ doc: body, html }) => {
    const rendered = renderBodyHtml(body);
    expect(rendered).toBe(html);
    assertInertHtml(rendered);
  });

  it.each(EXACT.filter(({ doc: body }) => parseAnnotationBody(body).ok))('equals generateHTML from @tiptap/html: $description', ({ doc: body }) => {
    const parsed = parseAnnotationBody(body);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(renderBodyHtml(body)).toBe(generateHTML(parsed.doc, annotationExtensions));
  });
});

/** Every way a payload string can be smuggled into a body. */
const SHAPES: { shape: string; build: (payload: string) => unknown; textSurvives?: boolean }[] = [
  { shape: 'text in a paragraph', build: (x) => doc(p(t(x))), textSurvives: true },
  { shape: 'bold text in a list in a quote', build: (x) => doc({ type: 'blockquote', content: [{ type: 'bulletList', content: [item(p(t(x, [{ type: 'bold' }])))] }] }), textSurvives: true },
  { shape: 'link href', build: (x) => doc(p(t('link', [link(x)]))) },
  { shape: 'link attributes', build: (x) => doc(p(t('link', [{ type: 'link', attrs: { href: 'https://example.com/', rel: x, target: x, class: x, title: x, [x]: x } }]))) },
  { shape: 'paragraph attributes', build: (x) => doc({ type: 'paragraph', attrs: { class: x, style: x, onclick: x, [x]: x }, content: [t('p')] }) },
  { shape: 'orderedList attributes', build: (x) => doc({ type: 'orderedList', attrs: { start: x, type: x }, content: [item(p(t('a')))] }) },
  { shape: 'orderedList type only', build: (x) => doc({ type: 'orderedList', attrs: { type: x }, content: [item(p(t('a')))] }) },
  { shape: 'block node type', build: (x) => doc({ type: x, content: [t('x')] }) },
  { shape: 'inline node type', build: (x) => doc(p({ type: x, text: 'x' })) },
  { shape: 'mark type', build: (x) => doc(p(t('x', [{ type: x, attrs: { href: x } }]))) },
  { shape: 'raw string instead of JSON', build: (x) => x },
];

describe.each(SHAPES)('XSS payloads as $shape', ({ build, textSurvives }) => {
  it.each(XSS_PAYLOADS.map((payload, i) => ({ n: i + 1, payload })))('payload #$n renders inert', ({ payload }) => {
    const body = build(payload);
    const html = renderBodyHtml(body);
    assertInertHtml(html);
    if (textSurvives) {
      // Kept as text, character for character, and escaped exactly as tiptap's own generateHTML does.
      expect(textOfInertHtml(html)).toBe(storedText(payload));
      const parsed = parseAnnotationBody(body);
      if (parsed.ok) expect(html).toBe(generateHTML(parsed.doc, annotationExtensions));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('evil bodies render inert', () => {
  it.each(EVIL_BODIES.map((b) => ({ ...b })))('$description', ({ body }) => {
    assertInertHtml(renderBodyHtml(body));
  });
});

it('has at least 60 payloads', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
});
