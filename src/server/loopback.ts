import { isIPv4 } from 'node:net';

/**
 * Whether a socket's remote address is this machine: 127.0.0.0/8, ::1, or 127.x written as IPv4-mapped IPv6
 * (a dual-stack server sees `::ffff:127.0.0.1`). Only the socket's address counts: X-Forwarded-For is written
 * by the client and proves nothing.
 * @example isLoopbackAddress('::ffff:127.0.0.1') // true
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ip = address.toLowerCase().startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIPv4(ip)) return ip.startsWith('127.');
  return ip === '::1' || ip === '0:0:0:0:0:0:0:1';
}

/**
 * Whether an http(s) URL points at this machine by name (`localhost`) or loopback literal (127.x, [::1]).
 * The WHATWG parser has already turned `http://0x7f.1/` or `http://2130706433/` into `127.0.0.1`, so tricks
 * with number formats land here as what they are; any other host name is refused (it could resolve anywhere).
 * @example isLoopbackUrl('http://localhost:56150/') // true
 */
export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (host === 'localhost') return true;
  if (host === '[::1]') return true;
  return isIPv4(host) && host.startsWith('127.');
}
