import { isIP } from 'node:net';

/**
 * The header our own HTTP server (scripts/next-server.ts) sets to the TCP peer's address,
 * replacing any a client sent. Only the server can write it.
 */
export const PEER_ADDRESS_HEADER = 'x-rostrum-peer-address';

/** How many reverse proxies in front of the app append to X-Forwarded-For (TRUSTED_PROXY_HOPS, default 0). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The client's address for throttling, counted from the RIGHT: the chain is X-Forwarded-For's
 * entries followed by the TCP peer, and with `hops` trusted proxies in front the client is the
 * entry `hops` places left of the end. With 0 (the default) only the peer counts, so a client
 * cannot pick its address by writing X-Forwarded-For; the entries left of the trusted ones are
 * the client's own writing and are never read. Without the peer header (e.g. `next dev`) the
 * last X-Forwarded-For entry, which Next fills from the socket when the client sent none.
 * IPv6 addresses are cut to their /64 network, the block one subscriber usually gets, so
 * rotating through it does not buy fresh attempts. Null when the chosen entry is no address.
 */
export function clientAddress(headers: Headers, hops: number = trustedProxyHops()): string | null {
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (peer) chain.push(peer);
  const candidate = chain[Math.max(0, chain.length - 1 - hops)] ?? '';
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
