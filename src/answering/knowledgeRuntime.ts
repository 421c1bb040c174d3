import { createAnswerer, type Answerer } from './answerer';
import type { AnsweringOptions } from './answeringOptions';
import { formatIssue, KnowledgeStore, type KnowledgeBaseError } from '../knowledge';
import type { KnowledgeBase } from '../knowledge/types';
import type { Logger } from '../logging/createLogger';
import { describeKnowledge, type KnowledgeHealth } from '../knowledge/knowledgeHealth';
import { saveMatchingCache, seedFromMatchingCache } from '../matching/matchingCache';

/** The knowledge base in use and the answerer over it, kept in step when the files change. */
export interface KnowledgeRuntime {
  /** The answerer over the base currently loaded (call it per question: the base can be reloaded). */
  answerer(): Answerer;
  health(): KnowledgeHealth;
  /** Reads the folder again now (the staff page, after a change); true when the new base is in use. */
  reload(): Promise<boolean>;
  /** Stops watching the files. */
  close(): Promise<void>;
}

export interface KnowledgeRuntimeOptions {
  watch: boolean;
  logger: Logger;
  answering?: Partial<AnsweringOptions>;
  /** Where the last good base is kept (see `KnowledgeStore`); none: a broken base at start throws. */
  snapshotDir?: string;
  /** Where the last base that loaded is kept as JSON, to start without parsing the same files again (see `KnowledgeStore`). */
  cacheFile?: string;
  /**
   * Where the word lists and stems the matcher computes are kept between starts (`matchingCache.ts`): a start
   * with the same code reads them instead of computing them again. None: computed at every start.
   */
  matchingCacheFile?: string;
  /** Read (never written) when `cacheFile` holds nothing: the caches `npm run build` writes (`src/cli/warmCaches.ts`). */
  built?: { cacheFile: string; matchingCacheFile: string };
}

/**
 * Loads the knowledge base from `dir` (if it is invalid: the last good base of `snapshotDir`, degraded;
 * with no snapshot, throws `KnowledgeBaseError`) and, with `watch`,
 * rebuilds the answerer on every valid change. An invalid change is logged and the previous base stays in use.
 */
export async function openKnowledgeRuntime(dir: string, options: KnowledgeRuntimeOptions): Promise<KnowledgeRuntime> {
  const { logger } = options;
  const build = (kb: KnowledgeBase) => createAnswerer(kb, options.answering);
  let answerer: Answerer | undefined;
  // Read while the knowledge base loads: both are needed before the first matcher is built.
  const seeding = (async () => {
    const seed = options.matchingCacheFile ? await seedFromMatchingCache(options.matchingCacheFile) : undefined;
    if (seed?.seeded || !options.built) return seed;
    const built = await seedFromMatchingCache(options.built.matchingCacheFile);
    // What the build's file gave is not in `matchingCacheFile`: saved there only when this start adds to it.
    return built.seeded ? built : (seed ?? built);
  })();
  const store = await KnowledgeStore.open(dir, {
    watch: options.watch,
    ...(options.snapshotDir !== undefined && { snapshotDir: options.snapshotDir }),
    ...(options.cacheFile !== undefined && { cacheFile: options.cacheFile }),
    ...(options.built && { builtCacheFile: options.built.cacheFile }),
    onSnapshotError: (error: unknown) => logger.warn({ err: error }, 'Knowledge base snapshot not saved: the previous one stays'),
    onReload: (kb: KnowledgeBase) => {
      // Built here, off the request path: the next question gets the new index ready.
      answerer = build(kb);
      logger.info({ knowledge: describeKnowledge(kb) }, 'Knowledge base reloaded');
    },
    onError: (error: KnowledgeBaseError) => {
      logger.error({ issues: error.issues.map(formatIssue) }, 'Knowledge base reload failed: the previous version stays in use');
    },
  });
  if (store.startedFromSnapshot && store.lastError) {
    logger.error(
      { issues: store.lastError.issues.map(formatIssue), snapshot: store.startedFromSnapshot },
      'Knowledge base invalid at start: answering from the last good base until it is fixed',
    );
  }
  const current = (): Answerer => {
    if (answerer?.knowledgeBase !== store.current) answerer = build(store.current);
    return answerer;
  };
  const seed = await seeding;
  current();
  // Off the path of the first answer; a cache that cannot be written only costs the next start its time.
  const cacheSaved =
    options.matchingCacheFile && seed
      ? saveMatchingCache(options.matchingCacheFile, seed).catch((error: unknown) => logger.warn({ err: error }, 'Matching cache not saved'))
      : Promise.resolve();
  return {
    answerer: current,
    health: () => describeKnowledge(store.current, store.lastError, store.startedFromSnapshot),
    reload: () => store.reload(),
    close: async () => {
      store.close();
      await Promise.all([store.snapshotSaved(), cacheSaved]);
    },
  };
}

/** A runtime over a base already loaded, never reloaded (tests, tools). */
export function fixedKnowledgeRuntime(kb: KnowledgeBase, answering?: Partial<AnsweringOptions>): KnowledgeRuntime {
  const answerer = createAnswerer(kb, answering);
  return {
    answerer: () => answerer,
    health: () => describeKnowledge(kb),
    reload: async () => false,
    close: async () => {},
  };
}
