import type { Server } from 'restify';

/**
 * Stops accepting connections and resolves once the requests in flight have been answered
 * (a bot turn runs inside its HTTP request, so this lets turns finish). After `timeoutMs`,
 * the remaining connections are cut. Resolves `true` when everything finished in time.
 */
export function stopServer(server: Server, timeoutMs: number): Promise<boolean> {
  const http = server.server;
  return new Promise((resolve) => {
    // Keep-alive sockets would hold close() open for seconds once their request is answered.
    const closeIdle = () => setImmediate(() => http.closeIdleConnections());
    server.on('after', closeIdle);
    const timer = setTimeout(() => {
      http.closeAllConnections();
      resolve(false);
    }, timeoutMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve(true);
    });
    http.closeIdleConnections();
  });
}
