/**
 * Just enough of a DOM `Document` for ProseMirror's DOMSerializer to build into, serialised to
 * an HTML string with our own escaping. Server rendering uses it instead of a full DOM
 * implementation (see render.ts for why). Only what DOMSerializer calls is implemented;
 * anything else throws, so a future extension that needs more fails loudly in tests.
 */

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'wbr']);
// Names DOMSerializer may pass come from extension code, but check them anyway: they are
// written into the HTML unescaped.
const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;

/** Escapes text content as the HTML serialisation algorithm does (plus U+00A0 as &nbsp;). */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => ESCAPES[c] ?? c);
}

/** Escapes a double-quoted attribute value (also < and >, as current browsers do). */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&<>"\u00a0]/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };

abstract class StringNode {
  abstract readonly nodeType: number;
  abstract toHtml(): string;
}

class StringText extends StringNode {
  readonly nodeType = 3;
  constructor(private readonly data: string) {
    super();
  }
  toHtml(): string {
    return escapeHtmlText(this.data);
  }
}

class StringParent extends StringNode {
  readonly nodeType: number = 11;
  protected readonly children: StringNode[] = [];
  appendChild<T extends StringNode>(child: T): T {
    this.children.push(child);
    return child;
  }
  toHtml(): string {
    return this.children.map((child) => child.toHtml()).join('');
  }
}

class StringElement extends StringParent {
  override readonly nodeType = 1;
  private readonly attributes = new Map<string, string>();
  constructor(private readonly tagName: string) {
    super();
    if (!NAME.test(tagName)) throw new Error(`string-dom: bad tag name ${JSON.stringify(tagName)}`);
  }
  setAttribute(name: string, value: unknown): void {
    if (!NAME.test(name)) throw new Error(`string-dom: bad attribute name ${JSON.stringify(name)}`);
    this.attributes.set(name.toLowerCase(), String(value));
  }
  setAttributeNS(): void {
    throw new Error('string-dom: namespaced attributes are not supported');
  }
  override toHtml(): string {
    const attributes = [...this.attributes].map(([name, value]) => ` ${name}="${escapeHtmlAttribute(value)}"`).join('');
    const open = `<${this.tagName}${attributes}>`;
    return VOID_ELEMENTS.has(this.tagName) ? open : `${open}${super.toHtml()}</${this.tagName}>`;
  }
}

/** A fragment to serialise into; `toHtml()` gives the markup of its children. */
export type StringFragment = StringParent;

/** The document to pass as `{ document }` to DOMSerializer; cast at the call site. */
export const stringDocument = {
  createElement: (tagName: string) => new StringElement(tagName.toLowerCase()),
  createElementNS: (): never => {
    throw new Error('string-dom: namespaced elements are not supported');
  },
  createTextNode: (data: string) => new StringText(data),
  createDocumentFragment: (): StringFragment => new StringParent(),
};
