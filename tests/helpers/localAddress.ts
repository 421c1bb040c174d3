import { networkInterfaces } from 'node:os';

/**
 * An IPv4 address of this machine that is not loopback (e.g. its LAN address), or undefined.
 * Connecting to it from here never leaves the machine, yet the server sees a non-loopback remote address:
 * what a caller from the network looks like, without any network.
 */
export function nonLoopbackLocalAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal && !address.address.startsWith('127.')) return address.address;
    }
  }
  return undefined;
}
