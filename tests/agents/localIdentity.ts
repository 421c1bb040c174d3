import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';

/** An RSA signing key as an identity provider holds it: the private half signs, the public half is published. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  /** The public key as a JSON Web Key. */
  jwk: Record<string, unknown>;
}

export function newSigningKey(kid: string = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' } };
}

/** An RS256 JWT signed with `key` (its header names `kid`, which defaults to the key's own). */
export function signedToken(key: SigningKey, claims: Record<string, unknown>, kid = key.kid): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part({ nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims })}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key.privateKey).toString('base64url')}`;
}

/**
 * A local stand-in for the Entra authority whose key set the Agents SDK downloads:
 * `GET {url}/{tenant}/discovery/v2.0/keys` answers the published keys; every request is counted.
 */
export interface KeySetHost {
  /** http://127.0.0.1:port — the connection's `authorityEndpoint`. */
  url: string;
  requests(): number;
  close(): Promise<void>;
}

export async function startKeySetHost(keys: SigningKey[]): Promise<KeySetHost> {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    const found = req.method === 'GET' && /^\/[^/]+\/discovery\/v2\.0\/keys$/.test(req.url ?? '');
    res.statusCode = found ? 200 : 404;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(found ? { keys: keys.map((key) => key.jwk) } : { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A host that accepts connections and never answers: counts connections and the ones that carried a request. */
export async function startSilentHost() {
  const sockets = new Set<Socket>();
  let connections = 0;
  let requests = 0;
  const server = createTcpServer((socket) => {
    connections++;
    socket.once('data', () => requests++);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The address of a port nothing listens on (taken, then released): connections are refused at once. */
export async function closedPortUrl(): Promise<string> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
