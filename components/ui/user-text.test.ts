import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UserMessage, UserText } from './user-text';

// Rendering of the reader's and the group page's components: tests/bidi-isolation.test.ts.
const RLO = '\u202E';

describe('UserText and UserMessage', () => {
  it('UserText renders its value inside a <bdi>', () => {
    expect(renderToStaticMarkup(createElement(UserText, { lang: 'zh-CN' }, `${RLO}evil`))).toBe(`<bdi lang="zh-CN">${RLO}evil</bdi>`);
  });

  it('UserMessage puts each string value in a <bdi>, numbers and elements as they are, and never re-reads values', () => {
    const html = renderToStaticMarkup(
      createElement(UserMessage, {
        message: '{name} wrote {n} notes on {title} in {group} {missing}',
        values: { name: `${RLO}evil`, n: 3, title: '{name}', group: createElement('i', null, 'x') },
      }),
    );
    expect(html).toBe(`<bdi>${RLO}evil</bdi> wrote 3 notes on <bdi>{name}</bdi> in <i>x</i> {missing}`);
  });
});
