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
    // 'src/conversation/**/*.ts',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts' },
  checkers: ['typescript'],
  // Type-checks src only (tests are not mutated): half the work of tsconfig.json for each mutant.
  tsconfigFile: 'tsconfig.build.json',
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
};
