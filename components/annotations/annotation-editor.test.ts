// @vitest-environment happy-dom
// Smoke test of the annotation editor next to it. Browser behaviour (typing, selection) is for e2e.
import type { JSONContent } from '@tiptap/core';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAnnotationBody } from '@/lib/editor/body';
import { AnnotationEditor } from './annotation-editor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let changes: JSONContent[];

beforeEach(async () => {
  host = document.createElement('div');
  document.body.append(host);
  changes = [];
  root = createRoot(host);
  await act(async () => {
    root.render(
      createElement(AnnotationEditor, {
        initialContent: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '评论' }] }] },
        onChange: (doc) => changes.push(doc),
        autoFocus: true,
      }),
    );
  });
  // tiptap focuses asynchronously after mounting.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

const button = (name: string) => {
  const found = host.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

async function typeInto(input: HTMLInputElement, value: string) {
  // React tracks the value through the native setter and listens to "input".
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  await act(async () => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('AnnotationEditor', () => {
  it('renders a multi-line textbox named "Annotation" with the initial content', () => {
    const box = host.querySelector('[contenteditable="true"]');
    expect(box?.getAttribute('role')).toBe('textbox');
    expect(box?.getAttribute('aria-multiline')).toBe('true');
    expect(box?.getAttribute('aria-label')).toBe('Annotation');
    expect(box?.textContent).toBe('评论');
    expect(document.activeElement).toBe(box);
  });

  it('has a toolbar with one tab stop and arrow-key navigation', async () => {
    const names = Array.from(host.querySelectorAll('[role="toolbar"] button')).map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Bold', 'Italic', 'Bullet list', 'Numbered list', 'Quote', 'Link']);
    expect(Array.from(host.querySelectorAll('[role="toolbar"] button')).map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1']);
    button('Bold').focus();
    await act(async () => {
      button('Bold').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    expect(document.activeElement).toBe(button('Link'));
    expect(button('Link').getAttribute('tabindex')).toBe('0');
  });

  it('toggles list formatting from the toolbar and reports the document', async () => {
    await act(async () => button('Bullet list').click());
    expect(button('Bullet list').getAttribute('aria-pressed')).toBe('true');
    expect(changes.at(-1)?.content?.[0]?.type).toBe('bulletList');
    expect(parseAnnotationBody(changes.at(-1)).ok).toBe(true);
  });

  it('refuses a javascript: link and accepts a bare domain as https', async () => {
    await act(async () => button('Link').click());
    const input = host.querySelector<HTMLInputElement>('input[type="url"]')!;
    expect(document.activeElement).toBe(input);

    await typeInto(input, 'javascript:alert(1)');
    await act(async () => input.form?.requestSubmit());
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/http/);
    expect(changes).toEqual([]);

    await typeInto(input, 'example.com');
    await act(async () => input.form?.requestSubmit());
    expect(host.querySelector('input[type="url"]')).toBeNull();
    const parsed = parseAnnotationBody(changes.at(-1));
    expect(parsed.ok && JSON.stringify(parsed.doc)).toContain('"href":"https://example.com/"');
  });
});
