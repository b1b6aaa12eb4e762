// @vitest-environment happy-dom
import { Editor, getSchema } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAnnotationBody } from './body';
import { ANNOTATION_MARK_TYPES, ANNOTATION_NODE_TYPES, annotationExtensions } from './extensions';
import { assertInertHtml } from './inert-html';
import { renderBodyHtml } from './render';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function makeEditor(content: string | object = '<p>hello world</p>'): Editor {
  editor = new Editor({ extensions: annotationExtensions, content });
  return editor;
}

describe('annotationExtensions', () => {
  it('builds exactly the whitelisted schema (body.ts validates the same types)', () => {
    const schema = getSchema(annotationExtensions);
    expect(Object.keys(schema.nodes).sort()).toEqual([...ANNOTATION_NODE_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...ANNOTATION_MARK_TYPES].sort());
  });

  it.each([
    { description: 'https', href: 'https://example.com', accepted: true },
    { description: 'mailto', href: 'mailto:a@example.com', accepted: true },
    { description: 'javascript:', href: 'javascript:alert(1)', accepted: false },
    { description: 'data:', href: 'data:text/html,x', accepted: false },
    { description: 'ftp', href: 'ftp://example.com/', accepted: false },
    { description: 'relative', href: '/admin', accepted: false },
  ])('setLink in the editor: $description', ({ href, accepted }) => {
    const e = makeEditor();
    e.commands.selectAll();
    expect(e.commands.setLink({ href })).toBe(accepted);
  });

  it('drops what the schema does not know when HTML is pasted or loaded', () => {
    const e = makeEditor(
      '<h1 onclick="alert(1)">t</h1><p style="color:red">a<script>alert(1)</script><a href="javascript:alert(1)">b</a>' +
        '<u>c</u><code>d</code><img src=x onerror=alert(1)></p><hr><pre>e</pre>',
    );
    const parsed = parseAnnotationBody(e.getJSON());
    expect(parsed.ok).toBe(true);
    expect(JSON.stringify(e.getJSON())).not.toMatch(/javascript|script|onclick|style|iframe|img|underline|code/);
  });

  it('editor output survives validation, and loading the stored form gives the same document', () => {
    const e = makeEditor(
      '<p><strong>粗</strong><em>斜</em><a href="https://example.com">链接</a>𠮷<br>x</p>' +
        '<ol start="2"><li><p>一</p><ul><li><p>二</p></li></ul></li></ol><blockquote><p>引</p></blockquote>',
    );
    const first = parseAnnotationBody(e.getJSON());
    if (!first.ok) throw new Error(first.error);
    e.commands.setContent(first.doc);
    const second = parseAnnotationBody(e.getJSON());
    expect(second).toEqual(first);
    expect(first.text).toBe('粗斜链接𠮷\nx\n一\n二\n引');
    const html = renderBodyHtml(first.doc);
    assertInertHtml(html);
    expect(html).toBe(
      '<p><strong>粗</strong><em>斜</em><a rel="noopener noreferrer nofollow" href="https://example.com/">链接</a>𠮷<br>x</p>' +
        '<ol start="2"><li><p>一</p><ul><li><p>二</p></li></ul></li></ol><blockquote><p>引</p></blockquote>',
    );
  });

  it('Mod-b and Mod-i are bound (tiptap defaults)', () => {
    const e = makeEditor();
    e.commands.selectAll();
    const mac = /Mac|iP(hone|[oa]d)/.test(navigator.platform);
    const handled = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, ...(mac ? { metaKey: true } : { ctrlKey: true }), bubbles: true });
      let result = false;
      e.view.someProp('handleKeyDown', (f) => (result = result || f(e.view, event) === true));
      return result;
    };
    expect(handled('b')).toBe(true);
    expect(e.isActive('bold')).toBe(true);
    expect(handled('i')).toBe(true);
    expect(e.isActive('italic')).toBe(true);
  });
});
