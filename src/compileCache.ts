import nodeModule from 'node:module';

/**
 * Imported first by the entry point: from Node 22.1, V8's compiled code of every module loaded after this
 * one is kept on disk (in the system's temporary folder, as Node chooses) and reused by the next start,
 * which then compiles less of botbuilder, restify and the bot. Node 20 has no such cache: nothing happens.
 */
const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
if (typeof enableCompileCache === 'function') {
  try {
    enableCompileCache();
  } catch {
    // A cache that cannot be used only costs a slower start.
  }
}
