import { LINK_REL } from './extensions';
import { safeHref } from './safe-href';

/**
 * A strict scanner for the HTML of rendered annotation bodies, for tests of every write and
 * render path: `assertInertHtml(html)` throws unless the markup consists only of the tags and
 * attributes `renderBodyHtml` can produce, with safe values, balanced, and with all other text
 * escaped. It is deliberately narrower than an HTML parser: anything unexpected is a failure.
 */

/** Tags a rendered body may contain, each with the attributes it may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  p: [],
  strong: [],
  em: [],
  ul: [],
  ol: ['start'],
  li: [],
  blockquote: [],
  br: [],
  a: ['rel', 'href'],
};
const VOID = new Set(['br']);
const TAG = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*="[^"<>]*")*)\s*>/;
const ATTRIBUTE = /\s+([a-z][a-z-]*)="([^"<>]*)"/g;
const ENTITY = /^&(?:amp|lt|gt|quot|nbsp|#[0-9]{1,7}|#x[0-9a-f]{1,6});/i;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };

/** Every way `html` departs from inert body markup; empty when it is inert. */
export function findHtmlViolations(html: string): string[] {
  const violations: string[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      const tag = TAG.exec(html.slice(i));
      if (!tag) {
        violations.push(`raw "<" at ${i}: ${JSON.stringify(html.slice(i, i + 30))}`);
        i++;
        continue;
      }
      const [whole, closing, name = '', attributes = ''] = tag;
      checkTag(name, closing === '/', attributes, open, violations);
      i += whole.length;
    } else if (c === '&') {
      if (!ENTITY.test(html.slice(i, i + 12))) violations.push(`unescaped "&" at ${i}`);
      i++;
    } else {
      i++;
    }
  }
  if (open.length > 0) violations.push(`unclosed <${open.join('>, <')}>`);
  // Belt and braces: whatever the scanner thinks, these never belong in a body.
  if (/<\s*\/?\s*(?:script|iframe|object|embed|svg|math|style|img|link|meta|base|form|template)\b/i.test(html)) violations.push('dangerous tag');
  if (/\son[a-z]+\s*=/i.test(html.replace(/>[^<]*</g, '><'))) violations.push('event handler attribute');
  return violations;
}

function checkTag(name: string, closing: boolean, attributes: string, open: string[], violations: string[]): void {
  const allowed = ALLOWED[name];
  if (!allowed || !Object.hasOwn(ALLOWED, name)) {
    violations.push(`tag <${closing ? '/' : ''}${name}> is not allowed`);
    return;
  }
  if (closing) {
    if (attributes !== '') violations.push(`closing tag </${name}> has attributes`);
    if (open.pop() !== name) violations.push(`</${name}> does not close the innermost open tag`);
    return;
  }
  if (!VOID.has(name)) open.push(name);
  const seen = new Set<string>();
  for (const [, attribute = '', raw = ''] of attributes.matchAll(ATTRIBUTE)) {
    const value = decodeEntities(raw);
    if (!allowed.includes(attribute)) violations.push(`attribute ${attribute} is not allowed on <${name}>`);
    else if (seen.has(attribute)) violations.push(`duplicate attribute ${attribute} on <${name}>`);
    else if (attribute === 'href' && safeHref(value) !== value) violations.push(`unsafe href ${JSON.stringify(value)}`);
    else if (attribute === 'rel' && value !== LINK_REL) violations.push(`rel must be "${LINK_REL}", got ${JSON.stringify(value)}`);
    else if (attribute === 'start' && !/^-?[0-9]{1,7}$/.test(value)) violations.push(`start must be an integer, got ${JSON.stringify(value)}`);
    seen.add(attribute);
  }
  if (name === 'a' && !(seen.has('href') && seen.has('rel'))) violations.push('<a> needs both href and rel');
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Throws an Error listing the violations unless `html` is inert body markup (see findHtmlViolations). */
export function assertInertHtml(html: string): void {
  const violations = findHtmlViolations(html);
  if (violations.length > 0) throw new Error(`HTML is not inert:\n- ${violations.join('\n- ')}\nin: ${html.slice(0, 500)}`);
}

/** The text of inert body markup: tags removed, entities decoded, paragraphs and breaks as "\n". */
export function textOfInertHtml(html: string): string {
  const text = html
    .replace(/<br>/g, '\n')
    // Consecutive paragraphs, with only structural tags between them, are one line break apart.
    .replace(/<\/p>(?:<[^>]+>)*<p>/g, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text);
}
