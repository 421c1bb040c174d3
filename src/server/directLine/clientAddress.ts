import { isIPv6 } from 'node:net';
import type { Request } from 'restify';

/**
 * The visitor's IP address.
 * Behind one reverse proxy (`trustProxy`), the proxy appends the address it saw last to X-Forwarded-For;
 * earlier entries come from the client and could be forged, so only the last one is believed.
 */
export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.header('x-forwarded-for');
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** The key of the per-client limits: the visitor's address, or its /64 network for IPv6 (see `limitKey`). */
export function clientKey(req: Request, trustProxy: boolean): string {
  return limitKey(clientAddress(req, trustProxy));
}

/**
 * What a per-client limit counts: an IPv4 address as is (IPv4-mapped IPv6 too), an IPv6 address by its /64,
 * since one subscriber usually gets a whole /64 and could otherwise change address for each request.
 * @example limitKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function limitKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return address;
  return `${expandIPv6(bare).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros ('::' filled in, a final dotted IPv4 counted as two). */
function expandIPv6(address: string): string[] {
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])));
  const [head, tail] = address.split('::');
  const first = groupsOf(head);
  const last = tail === undefined ? [] : groupsOf(tail);
  const zeros = Array<string>(8 - first.length - last.length).fill('0');
  return [...first, ...zeros, ...last].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
