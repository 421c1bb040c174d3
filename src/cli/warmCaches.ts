/**
 * `node dist/cli/warmCaches.js`, run by `npm run build` after the compiler: writes into `dist/caches/` what
 * a start would otherwise compute on an empty `DATA_DIR` (a new deployment, a fresh container): the parsed
 * knowledge base of `knowledge/` (`knowledge-cache.json`) and the matcher's everyday-word lists and stems
 * (`matching-cache.json`). The bot reads them when `DATA_DIR` has none, each only when its key matches (the
 * same files and code), so a base edited after the build is parsed and checked as before.
 * Never fails the build: a base that does not load only goes without its cache (exit 0, a line on stderr).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createAnswerer } from '../answering/answerer';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge';
import { writeKnowledgeCache } from '../knowledge/knowledgeCache';
import { everydayRank } from '../matching/everydayWords';
import { saveMatchingCache } from '../matching/matchingCache';
import { runCli } from './runCli';

/** Where the built bot looks for these files (`src/index.ts`). */
const cacheDir = path.resolve(__dirname, '..', 'caches');
const knowledgeDir = path.resolve(__dirname, '..', '..', 'knowledge');

async function main(): Promise<number> {
  await mkdir(cacheDir, { recursive: true });
  let kb: KnowledgeBase | undefined;
  try {
    kb = await loadKnowledgeBase(knowledgeDir);
    await writeKnowledgeCache(path.join(cacheDir, 'knowledge-cache.json'), knowledgeDir, kb);
  } catch (error) {
    console.error(`warmCaches: no knowledge cache in dist/caches (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  // The stems of the base's words come with its matcher; without a base, the word lists alone.
  if (kb) createAnswerer(kb);
  else everydayRank('');
  await saveMatchingCache(path.join(cacheDir, 'matching-cache.json'), { seeded: false, stems: 0 });
  return 0;
}

runCli(main, (error) => {
  console.error('warmCaches: the start caches were not written:', error);
  return 0;
});
