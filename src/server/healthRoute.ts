import type { Request, Response } from 'restify';
import type { KnowledgeHealth } from './knowledgeHealth';

/** The body of `GET /healthz`. */
export interface Health {
  /** `degraded` when the last knowledge reload failed (the bot still answers from the previous base). */
  status: 'ok' | 'degraded';
  version: string;
  knowledge: KnowledgeHealth;
}

export function healthRoute(version: string, knowledge: () => KnowledgeHealth) {
  return async (_req: Request, res: Response): Promise<void> => {
    const current = knowledge();
    const health: Health = { status: current.lastError ? 'degraded' : 'ok', version, knowledge: current };
    res.send(200, health);
  };
}
