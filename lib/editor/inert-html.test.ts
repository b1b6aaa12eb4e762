import { describe, expect, it } from 'vitest';
import { findHtmlViolations, textOfInertHtml } from './inert-html';

// The scanner guards every other test, so it gets its own: it must pass what the renderer
// produces and catch each kind of breach.
describe('findHtmlViolations', () => {
  it.each([
    { description: 'paragraph with escaped text', html: '<p>a &lt;b&gt; &amp; "c" &#39;</p>' },
    { description: 'marks and lists', html: '<ul><li><p><strong>a</strong><em>b</em></p></li></ul><ol start="3"><li><p>c<br>d</p></li></ol>' },
    { description: 'quote', html: '<blockquote><p>q</p></blockquote>' },
    { description: 'safe link', html: '<p><a rel="noopener noreferrer nofollow" href="https://example.com/?a=1&amp;b=2">x</a></p>' },
    { description: 'mailto link with an apostrophe', html: "<p><a rel=\"noopener noreferrer nofollow\" href=\"mailto:o'neil@example.com\">x</a></p>" },
  ])('passes $description', ({ html }) => {
    expect(findHtmlViolations(html)).toEqual([]);
  });

  it.each([
    { description: 'script tag', html: '<p><script>alert(1)</script></p>', violation: /script/ },
    { description: 'event handler', html: '<p onclick="alert(1)">x</p>', violation: /attribute onclick/ },
    { description: 'unquoted event handler', html: '<p onclick=alert(1)>x</p>', violation: /raw "<"/ },
    { description: 'javascript: href', html: '<p><a rel="noopener noreferrer nofollow" href="javascript:alert(1)">x</a></p>', violation: /unsafe href/ },
    { description: 'entity-encoded javascript: href', html: '<p><a rel="noopener noreferrer nofollow" href="&#106;avascript:alert(1)">x</a></p>', violation: /unsafe href/ },
    { description: 'data: href', html: '<p><a rel="noopener noreferrer nofollow" href="data:text/html,x">x</a></p>', violation: /unsafe href/ },
    { description: 'link without rel', html: '<p><a href="https://example.com/">x</a></p>', violation: /needs both/ },
    { description: 'target attribute', html: '<p><a rel="noopener noreferrer nofollow" href="https://example.com/" target="_blank">x</a></p>', violation: /target/ },
    { description: 'tag outside the whitelist', html: '<p><img src="x"></p>', violation: /<img> is not allowed|dangerous/ },
    { description: 'mark breaking', html: '<p>x</mark><mark>y</p>', violation: /mark/ },
    { description: 'unbalanced tags', html: '<p><strong>x</p></strong>', violation: /innermost/ },
    { description: 'unclosed tag', html: '<blockquote><p>x</p>', violation: /unclosed/ },
    { description: 'raw < in text', html: '<p>a < b</p>', violation: /raw "<"/ },
    { description: 'unescaped &', html: '<p>a & b</p>', violation: /unescaped "&"/ },
    { description: 'style attribute', html: '<p style="x">y</p>', violation: /style/ },
    { description: 'start that is not a number', html: '<ol start="1x"><li><p>a</p></li></ol>', violation: /start must be an integer/ },
    { description: 'comment', html: '<p><!-- x --></p>', violation: /raw "<"/ },
  ])('catches $description', ({ html, violation }) => {
    expect(findHtmlViolations(html).join('\n')).toMatch(violation);
  });
});

describe('textOfInertHtml', () => {
  it('decodes entities and turns paragraphs and breaks into newlines', () => {
    expect(textOfInertHtml('<p>a &lt;b&gt;&amp;&quot;&nbsp;&#x1F600;</p><p>c<br>d</p>')).toBe('a <b>&"\u00a0😀\nc\nd');
  });
});
