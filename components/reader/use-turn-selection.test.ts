// @vitest-environment happy-dom
import { act, createElement, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTurnSelection, type TurnSelection } from './use-turn-selection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let seen: (TurnSelection | null)[];

// Created outside the component: with createElement (no JSX in .ts tests) the React compiler's
// lint cannot tell a ref prop from a ref read during render.
const ref = createRef<HTMLElement>();

function Turn() {
  seen.push(useTurnSelection(ref));
  return createElement(
    'div',
    { ref },
    createElement(
      'article',
      { id: 'turn', 'data-turn-index': '1' },
      createElement('header', { 'data-not-annotatable': '' }, '发言人'),
      createElement('p', { 'data-paragraph': '' }, '𠮷第一段'),
      createElement('p', { 'data-paragraph': '' }, '第二段'),
    ),
  );
}

beforeEach(async () => {
  seen = [];
  host = document.createElement('div');
  document.body.innerHTML = '<p id="outside">外面</p>';
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(createElement(Turn)));
});

afterEach(async () => {
  await act(async () => root.unmount());
  document.getSelection()?.removeAllRanges();
});

/** Selects, then lets the hook's selectionchange listener and animation frame run. */
async function select(make: (selection: Selection) => void, events: string[] = ['selectionchange']) {
  await act(async () => {
    make(document.getSelection()!);
    for (const type of events) document.dispatchEvent(new Event(type));
    await new Promise((resolve) => setTimeout(resolve, 40));
  });
}

const textOf = (selector: string) => document.querySelector(selector)!.firstChild!;

describe('useTurnSelection', () => {
  it.each([
    {
      description: 'keyboard selection (collapse + extend, as Shift+arrows) inside one paragraph',
      make: (s: Selection) => {
        s.collapse(textOf('#turn p'), 2);
        s.extend(textOf('#turn p'), 4);
      },
      expected: { turnIndex: 1, start: 1, end: 3, exact: '第一' },
    },
    {
      description: 'across paragraphs',
      make: (s: Selection) => {
        s.collapse(textOf('#turn p'), 3);
        s.extend(textOf('#turn p + p'), 2);
      },
      expected: { turnIndex: 1, start: 2, end: 7, exact: '一段\n第二' },
    },
    { description: 'collapsed caret', make: (s: Selection) => s.collapse(textOf('#turn p'), 1), expected: null },
    {
      description: 'selection reaching outside the turn',
      make: (s: Selection) => {
        s.collapse(textOf('#outside'), 0);
        s.extend(textOf('#turn p'), 2);
      },
      expected: null,
    },
    {
      description: 'selection only in the header',
      make: (s: Selection) => {
        s.collapse(textOf('#turn header'), 0);
        s.extend(textOf('#turn header'), 2);
      },
      expected: null,
    },
  ])('$description', async ({ make, expected }) => {
    await select(make);
    const last = seen.at(-1) ?? null;
    if (expected === null) expect(last).toBeNull();
    else expect(last).toMatchObject({ ...expected, box: expect.objectContaining({ top: expect.any(Number) }) });
  });

  it('waits for pointerup while a pointer drags', async () => {
    await select((s) => {
      s.collapse(textOf('#turn p'), 0);
      s.extend(textOf('#turn p'), 2);
    }, ['pointerdown', 'selectionchange']);
    expect(seen.at(-1)).toBeNull();
    await select(() => undefined, ['pointerup']);
    expect(seen.at(-1)).toMatchObject({ turnIndex: 1, start: 0, end: 1, exact: '𠮷' });
  });
});
