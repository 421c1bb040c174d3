import autocannon from 'autocannon';

/** What one load run measured. Latencies in milliseconds. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests answered 2xx, and anything else (non-2xx, errors, timeouts). */
  ok: number;
  failed: number;
  durationS: number;
  /** CPU time the target spent per 2xx answer (ms), when the target's CPU time is known. */
  cpuMsPerRequest?: number;
}

export interface LoadSpec {
  url: string;
  /** The i-th request's path, body and headers (i counts from 0 over the whole run). */
  request(i: number): { path: string; body: string; headers?: Record<string, string> };
  connections: number;
  /** Seconds; or `amount` requests. */
  durationS?: number;
  amount?: number;
  /** The target's CPU time so far (ms), read before and after the run. */
  cpuMs?: () => number;
}

/**
 * Runs autocannon against one target. Requests per second counts 2xx answers only, so a target that
 * refuses (429, 500) cannot look fast.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadFigures> {
  let i = 0;
  const cpuBefore = spec.cpuMs?.();
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    ...(spec.amount !== undefined ? { amount: spec.amount } : { duration: spec.durationS ?? 5 }),
    method: 'POST',
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const next = spec.request(i++);
          return {
            ...request,
            method: 'POST',
            path: next.path,
            body: next.body,
            headers: { ...request.headers, 'content-type': 'application/json', ...next.headers },
          };
        },
      },
    ],
  });
  const ok = result['2xx'];
  const failed = result.non2xx + result.errors + result.timeouts;
  const durationS = result.duration;
  const cpuAfter = spec.cpuMs?.();
  return {
    ...(cpuBefore !== undefined && cpuAfter !== undefined && ok > 0 ? { cpuMsPerRequest: (cpuAfter - cpuBefore) / ok } : {}),
    requestsPerSecond: durationS > 0 ? ok / durationS : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok,
    failed,
    durationS,
  };
}
