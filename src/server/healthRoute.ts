import type { Request, Response } from 'restify';
import type { StorageHealth } from '../storage/storageHealth';
import type { KnowledgeHealth } from './knowledgeHealth';

/** The body of `GET /healthz`. */
export interface Health {
  /**
   * `degraded` when the last knowledge reload failed (the bot still answers from the previous base)
   * or when the storage is down (the bot answers without saved state and catches up later).
   */
  status: 'ok' | 'degraded';
  version: string;
  knowledge: KnowledgeHealth;
  /** Present when the bot keeps state (conversation state, learning records). */
  storage?: StorageHealth;
}

export function healthRoute(version: string, knowledge: () => KnowledgeHealth, storage?: () => StorageHealth) {
  return async (_req: Request, res: Response): Promise<void> => {
    const current = knowledge();
    const stored = storage?.();
    const degraded = Boolean(current.lastError) || stored?.status === 'degraded';
    const health: Health = { status: degraded ? 'degraded' : 'ok', version, knowledge: current, ...(stored ? { storage: stored } : {}) };
    res.send(200, health);
  };
}
