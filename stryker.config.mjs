// @ts-check
/**
 * Mutation testing of the core (`npm run test:mutation`; not part of `npm test` nor `.ci/run`).
 * Stryker changes the code one small mutation at a time (a `<` into `<=`, a `+` into `-`, a branch
 * emptied...) and runs the fast core tests (vitest.mutation.config.mts) against each: a mutant no test
 * notices ("survived") points at behaviour the tests do not pin down. See docs/testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: [
    'src/matching/**/*.ts',
    'src/answering/**/*.ts',
    'src/knowledge/**/*.ts',
    'src/conversation/**/*.ts',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts' },
  // No type checker by default: on a 2-core machine it took as much CPU as the test runner, halving the
  // pace. Mutants that do not compile are then run like the others (most fail at once). To leave them out
  // of the score instead: `npm run test:mutation -- --checkers typescript --tsconfigFile tsconfig.build.json`.
  checkers: [],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
};
