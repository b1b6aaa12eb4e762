import { isIP } from 'node:net';

/**
 * The client's address for throttling: the first hop of X-Forwarded-For (the client as the
 * first proxy saw it), else X-Real-IP, or null when neither holds an IP address.
 * IPv6 addresses are cut to their /64 network, the block one subscriber usually gets, so
 * rotating through it does not buy fresh attempts. A client that talks to the app without a
 * proxy in front can write these headers itself; the account key still limits guessing there.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0];
  const candidate = (forwarded ?? headers.get('x-real-ip') ?? '').trim();
  const address = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      return `${ipv6Network(address)}::/64`;
    default:
      return null;
  }
}

/** The first four groups of an IPv6 address, expanded and lower-case (`2001:db8:0:0`). */
function ipv6Network(address: string): string {
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 style) takes two groups; it lies in the host half anyway.
  const rightGroups = right.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0);
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - rightGroups).fill('0'), ...right] : left;
  return groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':');
}
