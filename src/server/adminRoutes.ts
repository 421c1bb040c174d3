import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { adminMessages } from '../admin/adminMessages';
import { applyProposal } from '../admin/applyProposal';
import { buildDashboard } from '../admin/buildDashboard';
import { findProposal } from '../admin/proposals';
import type { Answerer } from '../answering/answerer';
import type { LearningStore } from '../learning/types';
import type { Logger } from '../logging/createLogger';
import { createAttemptGuard } from './adminAttempts';
import { createSecretCheck } from './adminSecret';
import { pageSecurityPolicy } from './securityHeaders';

export interface AdminOptions {
  /** ADMIN_SECRET: without it, no route is registered (404). */
  secret: string;
  /** The knowledge folder the bot serves: where a proposal is written. */
  knowledgeDir: string;
  /** The learning records, whatever the store (files, Azure Blob, memory). */
  store: Pick<LearningStore, 'list'>;
  /** Reloads the running bot's base; true when the new base is in use. */
  reload(): Promise<boolean>;
  /** Days shown by default, and the period an applied proposal is looked for in. */
  defaultDays?: number;
  /** Wrong secrets per client IP before a lock-out (default ADMIN_FAILURE_LIMIT). */
  failureLimit?: { failures: number; windowSeconds: number };
  now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const publicDir = path.resolve(__dirname, '..', '..', 'public', 'admin');
// Chart.js's prebuilt browser bundle, served by the bot: no CDN.
const chartBundle = path.join(path.dirname(createRequire(__filename).resolve('chart.js')), 'chart.umd.min.js');

/**
 * The staff page: `/admin` (the page and its assets, which hold no data) and its data routes under
 * `/admin/api/`, each refused with 401 unless the request carries the secret.
 */
export function registerAdminRoutes(
  server: Server,
  deps: { answerer(): Answerer; logger: Logger; clientOf(req: Request): string },
  options: AdminOptions,
): void {
  const allowed = createSecretCheck(options.secret);
  const attempts = createAttemptGuard(options.failureLimit);
  const now = options.now ?? (() => new Date());
  const pageHeaders = { 'Content-Security-Policy': pageSecurityPolicy({ frameAncestors: [] }), 'Cache-Control': 'no-store' };
  const assets: Array<[string, string, string]> = [
    ['/admin', path.join(publicDir, 'index.html'), 'text/html; charset=utf-8'],
    ['/admin/admin.js', path.join(publicDir, 'admin.js'), 'text/javascript; charset=utf-8'],
    ['/admin/admin.css', path.join(publicDir, 'admin.css'), 'text/css; charset=utf-8'],
    ['/admin/chart.js', chartBundle, 'text/javascript; charset=utf-8'],
  ];
  for (const [route, file, type] of assets) {
    const body = readFileSync(file);
    server.get(route, async (_req: Request, res: Response) => {
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, ...(type.startsWith('text/html') ? pageHeaders : { 'Cache-Control': 'no-cache' }) });
      res.end(body);
    });
  }

  const guarded = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    const client = deps.clientOf(req);
    const wait = await attempts.lockedFor(client);
    if (wait !== undefined) {
      res.header('Retry-After', String(wait));
      res.send(429, { error: adminMessages.tooManyFailures(Math.ceil(wait / 60)) });
      return;
    }
    if (!allowed(req)) {
      await attempts.failed(client);
      deps.logger.warn({ client }, 'Staff page: request without the right secret');
      res.send(401, { error: adminMessages.noSecret });
      return;
    }
    try {
      await handler(req, res);
    } catch (error) {
      deps.logger.warn({ err: error }, 'Staff page: request failed');
      res.send(503, { error: adminMessages.unavailable });
    }
  };

  const dashboardOf = async (from: string, to: string) => {
    const events = await options.store.list(new Date(`${from}T00:00:00.000Z`));
    return buildDashboard(events, deps.answerer().knowledgeBase, { from, to });
  };

  server.get(
    '/admin/api/dashboard',
    guarded(async (req, res) => {
      const period = readPeriod(new URL(req.url ?? '', 'http://localhost').searchParams, now(), options.defaultDays ?? DEFAULT_DAYS);
      if (!period) {
        res.send(400, { error: adminMessages.badPeriod });
        return;
      }
      res.send(200, await dashboardOf(period.from, period.to));
    }),
  );

  server.post(
    '/admin/api/apply',
    guarded(async (req, res) => {
      const body = req.body as { entryId?: unknown; question?: unknown; from?: unknown; to?: unknown } | undefined;
      if (typeof body?.entryId !== 'string' || typeof body.question !== 'string') {
        res.send(400, { error: adminMessages.badApplyBody });
        return;
      }
      const period = readPeriod(new URLSearchParams({ from: String(body.from ?? ''), to: String(body.to ?? '') }), now(), options.defaultDays ?? DEFAULT_DAYS);
      // Only what the records propose may be written, as with kb:review --apply.
      const proposal = period && findProposal(await dashboardOf(period.from, period.to), body.entryId, body.question);
      if (!proposal) {
        res.send(409, { error: adminMessages.notAProposal });
        return;
      }
      const result = await applyProposal(options.knowledgeDir, proposal, options.reload);
      deps.logger.info({ entryId: proposal.entryId, applied: result.applied }, 'Staff page: proposal applied');
      res.send(result.applied ? 200 : 409, result);
    }),
  );
}

/** `from` and `to` (UTC days, both included); by default the last `days` days up to today. */
function readPeriod(params: URLSearchParams, now: Date, days: number): { from: string; to: string } | undefined {
  const today = now.toISOString().slice(0, 10);
  const to = params.get('to') || today;
  const from = params.get('from') || new Date(Date.parse(`${to}T00:00:00.000Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  if (!DAY.test(from) || !DAY.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return undefined;
  const span = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  return span >= 0 && span < MAX_DAYS ? { from, to } : undefined;
}
