import type { Request, Response } from 'restify';
import type { KnowledgeHealth } from '../knowledge/knowledgeHealth';
import type { StorageHealth } from '../storage/storageHealth';
import type { DirectLineStoreHealth } from './directLine/conversations';
import type { BotSdk } from './botHost';

/** The body of `GET /healthz`. */
export interface Health {
  /**
   * `degraded` when the last knowledge reload failed (the bot still answers from the previous base)
   * or when the storage is down (the bot answers without saved state and catches up later),
   * or when the built-in Direct Line's Redis does not answer (its calls get 503 until it is back).
   */
  status: 'ok' | 'degraded';
  version: string;
  /** Who /api/messages serves: this machine only (no credentials) or callers with a Bot Framework token. */
  messagesEndpoint: MessagesEndpointMode;
  knowledge: KnowledgeHealth;
  /** Present when the bot keeps state (conversation state, learning records). */
  storage?: StorageHealth;
  /** Which SDK hosts /api/messages (BOT_SDK), when the server was told. */
  host?: BotSdk;
  /** Where the built-in Direct Line keeps its conversations (memory or Redis), when it runs. */
  directLine?: DirectLineStoreHealth;
}

export type MessagesEndpointMode = 'loopback-only' | 'authenticated';

export function healthRoute(
  version: string,
  messagesEndpoint: MessagesEndpointMode,
  knowledge: () => KnowledgeHealth,
  storage?: () => StorageHealth,
  host?: BotSdk,
  directLine?: () => DirectLineStoreHealth | undefined,
) {
  return async (_req: Request, res: Response): Promise<void> => {
    const current = knowledge();
    const stored = storage?.();
    const conversations = directLine?.();
    const degraded = Boolean(current.lastError) || stored?.status === 'degraded' || conversations?.status === 'degraded';
    const health: Health = {
      status: degraded ? 'degraded' : 'ok',
      version,
      messagesEndpoint,
      ...(host ? { host } : {}),
      knowledge: current,
      ...(stored ? { storage: stored } : {}),
      ...(conversations ? { directLine: conversations } : {}),
    };
    res.send(200, health);
  };
}
