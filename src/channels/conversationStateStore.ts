import type { ConversationState } from '../conversation/conversationState';
import type { Logger } from '../logging/createLogger';

/**
 * The key-value store the deployment configured (memory, files, Azure Blob): the shape both SDKs'
 * `Storage` have, so that the same stores serve either host.
 */
export interface StateStorage {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
}

/** A conversation's state for one turn, and what is needed to write it back. */
export interface LoadedState {
  state: ConversationState;
  /** False when the store could not be read: nothing is written back then. */
  persisted: boolean;
  key: string;
  item: Record<string, unknown>;
}

/** Where the state lived under botbuilder's ConversationState, kept so that existing conversations carry on. */
const stateProperty = 'faq';

/**
 * Conversation state over the deployment's store, tolerant of a store that is down: reading fails ->
 * the turn runs with an empty memory and nothing is written back (which could overwrite the real state
 * once the store returns); writing fails -> logged. Either way the user gets an answer, and the next
 * turn tries the store again. Turns of one conversation that arrive together run one after the other
 * (`exclusive`), so that none loses what the other wrote; with several instances, last write wins.
 */
export class ConversationStateStore {
  /** The end of the last turn queued per conversation key (removed when nothing waits). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly storage: StateStorage,
    private readonly logger: Logger,
    private readonly maxWaitMs = 30_000,
  ) {}

  /**
   * Runs `task` after the turns of the same conversation already queued here: load, decide, save
   * of one turn never interleave with another's. A turn that hangs (a channel that never answers a
   * reply) holds the next one `maxWaitMs` at most; then the next one runs anyway.
   */
  exclusive<T>(channelId: string, conversationId: string, task: () => Promise<T>): Promise<T> {
    const key = stateKey(channelId, conversationId);
    const previous = this.queues.get(key);
    const run = previous ? boundedWait(previous, this.maxWaitMs).then(task) : task();
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }

  async load(channelId: string, conversationId: string): Promise<LoadedState> {
    const key = stateKey(channelId, conversationId);
    try {
      const item = ((await this.storage.read([key]))[key] ?? {}) as Record<string, unknown>;
      const state = (item[stateProperty] ?? {}) as ConversationState;
      return { state, persisted: true, key, item };
    } catch (error) {
      this.logger.warn({ err: error, conversationId }, 'Conversation state unavailable: answering without memory this turn');
      return { state: {}, persisted: false, key, item: {} };
    }
  }

  async save(loaded: LoadedState, state: ConversationState, conversationId: string): Promise<void> {
    // The conversation decides on a copy: the state as read is still there to tell whether anything changed.
    if (!loaded.persisted || sameJson(state, loaded.state)) return;
    try {
      await this.storage.write({ [loaded.key]: { ...loaded.item, [stateProperty]: state, eTag: '*' } });
    } catch (error) {
      this.logger.warn({ err: error, conversationId }, 'Could not save the conversation state');
    }
  }
}

/** The key botbuilder's ConversationState used: `{channelId}/conversations/{conversationId}/`. */
export function stateKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}

/**
 * Whether two JSON values would serialise alike (key order aside): a walk that stops at the first
 * difference, instead of serialising a state of several kilobytes twice per turn.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => sameJson(value ?? null, b[i] ?? null));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // JSON leaves out properties whose value is undefined.
  const keys = (object: Record<string, unknown>) => Object.keys(object).filter((key) => object[key] !== undefined);
  const leftKeys = keys(left);
  if (leftKeys.length !== keys(right).length) return false;
  return leftKeys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && sameJson(left[key], right[key]));
}

/** Resolves when `previous` settles, or after `ms`, whichever comes first. */
function boundedWait(previous: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  return Promise.race([previous.then(() => undefined), deadline]).finally(() => clearTimeout(timer));
}
