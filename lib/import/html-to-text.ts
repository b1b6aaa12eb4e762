import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';

// Elements that never hold the transcript: scripts, styles, forms, and the site's frame.
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'select', 'button', 'svg', 'head']);
// Class or id names of site chrome (`nav`, `menu`, `breadcrumb`, `share`, `footer`, `related`…).
const CHROME = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|sharing|footer|header|sidebar|related|recommend|copyright|toolbar|pagination|pager|comments?)(?:$|[\s_-])/iu;
// Elements that end a line of text.
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'main', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'td', 'th', 'figure', 'figcaption', 'center', 'font-block']);

/** Fewest links that make a block a list of links when links hold most of its text. */
const LINK_LIST = 3;

function isChrome(el: HTMLElement): boolean {
  const tag = el.rawTagName?.toLowerCase() ?? '';
  if (DROPPED.has(tag)) return true;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('aria-hidden') === 'true') return true;
  return CHROME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

interface Density {
  text: number;
  linked: number;
  links: number;
}

/** Text length, link-text length and link count of every element, in one pass from the leaves up. */
function densities(root: HTMLElement): Map<Node, Density> {
  const stats = new Map<Node, Density>();
  const order: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    order.push(node);
    for (const child of node.childNodes) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as Node;
    if (node.nodeType === NodeType.TEXT_NODE) {
      stats.set(node, { text: node.text.replace(/\s/gu, '').length, linked: 0, links: 0 });
      continue;
    }
    const sum = { text: 0, linked: 0, links: 0 };
    for (const child of node.childNodes) {
      const c = stats.get(child);
      if (!c) continue;
      sum.text += c.text;
      sum.linked += c.linked;
      sum.links += c.links;
    }
    if (node instanceof HTMLElement && node.rawTagName?.toLowerCase() === 'a') {
      sum.linked = sum.text;
      sum.links += 1;
    }
    stats.set(node, sum);
  }
  return stats;
}

/** A list or box whose text is mostly link text, with several links: navigation, related items. */
function isLinkList(el: HTMLElement, stats: Map<Node, Density>): boolean {
  const d = stats.get(el);
  return d !== undefined && d.links >= LINK_LIST && d.text > 0 && d.linked / d.text > 0.6;
}

/**
 * Text of an HTML page or fragment, one paragraph per line: block elements (`p`, `div`, `br`,
 * `li`, headings, table rows) end lines, whitespace inside a line collapses, entities are
 * decoded. Scripts, styles, the site's navigation, header, footer, share bars and lists of
 * links are dropped. Walks the tree with its own stack, so deep nesting cannot overflow.
 */
export function htmlToText(html: string): string {
  const root = parse(html.replace(/^\s*<!doctype[^>]*>/iu, ''), { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const stats = densities(root);
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    const text = line.replace(/[ \t\r\n\f\u00a0]+/gu, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  // A stack of nodes to visit, and `null` markers that close a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      breakLine();
      continue;
    }
    if (node.nodeType === NodeType.TEXT_NODE) {
      line += node.text;
      continue;
    }
    if (!(node instanceof HTMLElement)) continue;
    if (node !== root && (isChrome(node) || isLinkList(node, stats))) continue;
    const block = BLOCKS.has(node.rawTagName?.toLowerCase() ?? '');
    if (block) {
      breakLine();
      stack.push(null);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] ?? null);
  }
  breakLine();
  return lines.join('\n');
}

/** True when `text` looks like HTML rather than plain text: a doctype, `<html>`, or several block tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return (head.match(/<(?:p|div|br|span|body|table|li|h[1-6])\b[^>]*>/gu)?.length ?? 0) >= 3;
}
