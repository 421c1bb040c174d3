import type { Reply } from '../conversation/replies';
import type { Activity, OutgoingActivity } from './activity';

/**
 * Turns what the conversation decided into activities. The conversation only decides *what* to say;
 * a renderer decides *how*: Adaptive Cards on channels that show them, Markdown with suggested actions
 * elsewhere (see channelCapabilities and rendererFor). `incoming` is the activity being answered.
 */
export interface ReplyRenderer {
  render(reply: Reply, incoming: Activity): OutgoingActivity[];
}
