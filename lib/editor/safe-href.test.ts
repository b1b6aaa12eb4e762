import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it.each([
    { description: 'https', input: 'https://example.com/a?b=1#c', href: 'https://example.com/a?b=1#c' },
    { description: 'http gets a path', input: 'http://example.com', href: 'http://example.com/' },
    { description: 'scheme and host are lower-cased', input: 'HTTPS://Example.COM/X', href: 'https://example.com/X' },
    { description: 'mailto', input: 'mailto:press@example.com', href: 'mailto:press@example.com' },
    { description: 'IDN host becomes punycode', input: 'https://外交部.中国/', href: 'https://xn--tlq87w5j9b.xn--fiqs8s/' },
    { description: 'quotes and angle brackets are percent-encoded', input: 'https://e.com/"<x>', href: 'https://e.com/%22%3Cx%3E' },
    { description: 'javascript:', input: 'javascript:alert(1)', href: null },
    { description: 'mixed-case javascript:', input: 'JaVaScRiPt:alert(1)', href: null },
    { description: 'tab inside the scheme', input: 'java\tscript:alert(1)', href: null },
    { description: 'leading space', input: ' https://example.com', href: null },
    { description: 'data:', input: 'data:text/html,<script>alert(1)</script>', href: null },
    { description: 'vbscript:', input: 'vbscript:msgbox(1)', href: null },
    { description: 'ftp (not allowed)', input: 'ftp://example.com/', href: null },
    { description: 'protocol-relative', input: '//evil.example/', href: null },
    { description: 'relative path', input: '/path', href: null },
    { description: 'https without slashes', input: 'https:evil.example', href: null },
    { description: 'credentials', input: 'https://example.com@evil.example/', href: null },
    { description: 'RTL override', input: 'https://example.com/\u202egnp.exe', href: null },
    { description: 'zero-width space', input: 'https://exa\u200bmple.com/', href: null },
    { description: 'entity-encoded scheme', input: '&#106;avascript:alert(1)', href: null },
    { description: 'mailto without address', input: 'mailto:', href: null },
    { description: 'too long', input: `https://example.com/${'a'.repeat(2048)}`, href: null },
    { description: 'not a string', input: 42, href: null },
  ])('$description', ({ input, href }) => {
    expect(safeHref(input)).toBe(href);
  });
});
