import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Quickest test files first. Under mutation testing most runs end at the first failing test (bail),
 * and most mutants are caught by the small unit tests: running them before the tests that load the
 * whole knowledge base makes a killed mutant cost seconds less.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const cost = (file: TestSpecification) => {
      const key = `${file.project.name}:${relative(config.root, file.moduleId)}`;
      // Last run's duration when known, else the file's size (in bytes, read as a duration).
      return cache.getFileTestResults(key)?.duration ?? cache.getFileStats(key)?.size ?? Infinity;
    };
    return [...files].sort((a, b) => cost(a) - cost(b));
  }
}

/**
 * The fast tests of the core (matching, answering, knowledge, conversation, evaluation), for mutation testing
 * (`npm run test:mutation`, see stryker.config.mjs): in process, no servers, no child processes.
 * Not used by `npm test`, which runs every test with vitest.config.mts.
 */
export default defineConfig({
  test: {
    include: ['tests/matching/**/*.test.ts', 'tests/answering/**/*.test.ts', 'tests/knowledge/**/*.test.ts', 'tests/evaluation/**/*.test.ts', 'tests/conversation/**/*.test.ts'],
    exclude: [
      // Runs the kb:check command in child processes, which mutants do not reach.
      'tests/knowledge/kbCheckCli.test.ts',
      // Whole evaluation sets (seconds per run): the same behaviour is pinned by the tests above, question by question.
      'tests/evaluation/quality.test.ts',
      'tests/evaluation/corpus.test.ts',
      // Evaluation tooling rather than the core (loading extra profiles, a synthetic base of 2,000 entries).
      'tests/evaluation/extraProfiles.test.ts',
      'tests/evaluation/syntheticBase.test.ts',
    ],
    sequence: { sequencer: QuickestFirst },
    // One module graph for all the files of a run: the knowledge base, the matcher's word lists and the
    // modules are loaded once per run instead of once per file (a run takes a fifth of the time).
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
