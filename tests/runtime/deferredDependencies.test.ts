import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFERRED_DEPENDENCIES, deferredModule } from '../../src/runtime/deferredDependencies';

const root = path.resolve(__dirname, '../..');
const requireFrom = (pkg: string) => createRequire(createRequire(path.join(root, 'package.json')).resolve(pkg));

describe('Modules the SDK and restify load for features a start does not use (src/runtime/deferredDependencies)', () => {
  test.each(DEFERRED_DEPENDENCIES.flatMap((d) => d.requestedBy.map((by) => [d.request, by, d.esModule] as const)))(
    '%s, as %s gets it, says __esModule: %s',
    (request, by, esModule) => {
      expect(Boolean((requireFrom(by)(request) as { __esModule?: boolean }).__esModule)).toBe(esModule);
    },
  );

  test('a stand-in loads its module at the first read only, then answers as the module does', () => {
    let loads = 0;
    const real = { answer: 42, run: (x: number) => x + 1 };
    const stand = deferredModule(() => (loads++, real), false) as typeof real & { __esModule?: boolean };
    expect(stand.__esModule).toBeUndefined();
    expect(loads).toBe(0);
    expect(stand.run(1)).toBe(2);
    expect(stand.answer).toBe(42);
    expect('answer' in stand).toBe(true);
    expect(Object.keys(stand)).toEqual(['answer', 'run']);
    expect({ ...stand }).toEqual(real);
    expect(loads).toBe(1);
  });

  test('in a process that defers them, loading botbuilder and restify leaves them unloaded; the SDK still uses them', () => {
    const script = `
      const { deferDependencies, DEFERRED_DEPENDENCIES } = require('./src/runtime/deferredDependencies.ts');
      deferDependencies();
      require('botbuilder');
      require('restify/lib/server');
      const { createRequire } = require('node:module');
      const files = (request, by) => createRequire(require.resolve(by)).resolve(request);
      const loaded = () => DEFERRED_DEPENDENCIES.flatMap((d) => d.requestedBy.map((by) => d.request + ' from ' + by)
        .filter((_, i) => require.cache[files(d.request, d.requestedBy[i])] !== undefined));
      const before = loaded();
      const jwt = createRequire(require.resolve('botframework-connector'))('jsonwebtoken');
      const token = jwt.sign({ iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', ver: '1.0' }, 'secret');
      const { EmulatorValidation } = require('botframework-connector');
      const emulator = EmulatorValidation.isTokenFromEmulator('Bearer ' + token);
      console.log(JSON.stringify({ before, emulator, after: loaded() }));
    `;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const { before, emulator, after } = JSON.parse(output.trim().split('\n').pop()!) as { before: string[]; emulator: boolean; after: string[] };
    expect(before).toEqual([]);
    // A token from the Emulator's issuer is read through the deferred jsonwebtoken, loaded then.
    expect(emulator).toBe(true);
    expect(after).toContain('jsonwebtoken from botframework-connector');
  }, 60_000);
});
