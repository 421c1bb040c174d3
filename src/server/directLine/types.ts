import type { Activity } from '../../channels/activity';

/**
 * The Direct Line 3.0 shapes this subset speaks, named as in the protocol
 * (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-api-reference).
 */

/** `POST /conversations`, `POST /tokens/refresh`, and the token endpoint. `streamUrl` is absent: polling only. */
export interface Conversation {
  conversationId: string;
  token: string;
  /** Seconds the token stays valid without activity. */
  expires_in: number;
}

/** `GET /conversations/{id}/activities?watermark=`: activities after the watermark, and the new watermark. */
export interface ActivitySet {
  activities: ChannelActivity[];
  watermark: string;
}

/** `POST /conversations/{id}/activities`. */
export interface ResourceResponse {
  id: string;
}

/** An activity as it travels on the wire (JSON: dates are ISO strings). */
export type ChannelActivity = Partial<Omit<Activity, 'timestamp' | 'localTimestamp'>> & {
  timestamp?: string;
  localTimestamp?: string;
};
