import { ConversationState, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';
import type { Logger } from '../logging/createLogger';
import type { ConversationData } from './conversationData';

/** A conversation's data for one turn, and whether it came from the store (and so may be written back). */
export interface LoadedConversation {
  data: ConversationData;
  persisted: boolean;
}

/**
 * Conversation state over the SDK's `Storage` (memory, files or Azure Blob, chosen by the deployment),
 * tolerant of a store that is down: reading fails -> the turn runs with an empty memory and nothing is
 * written back (which could overwrite the real state once the store returns); writing fails -> logged.
 * Either way the user gets an answer, and the next turn tries the store again.
 */
export class ConversationMemory {
  private readonly state: ConversationState;
  private readonly property: StatePropertyAccessor<ConversationData>;

  constructor(
    storage: Storage,
    private readonly logger: Logger,
  ) {
    this.state = new ConversationState(storage);
    this.property = this.state.createProperty<ConversationData>('faq');
  }

  async load(context: TurnContext): Promise<LoadedConversation> {
    try {
      const data = (await this.property.get(context, {})) as ConversationData;
      return { data, persisted: true };
    } catch (error) {
      this.logger.warn(
        { err: error, conversationId: context.activity.conversation?.id },
        'Conversation state unavailable: answering without memory this turn',
      );
      return { data: {}, persisted: false };
    }
  }

  async save(context: TurnContext, loaded: LoadedConversation): Promise<void> {
    if (!loaded.persisted) return;
    try {
      await this.state.saveChanges(context);
    } catch (error) {
      this.logger.warn({ err: error, conversationId: context.activity.conversation?.id }, 'Could not save the conversation state');
    }
  }
}
