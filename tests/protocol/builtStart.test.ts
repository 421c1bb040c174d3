import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBotProcess, type BotProcess } from '../helpers/botProcess';

// `npm start` runs the build (`dist/index.js`) with node alone, not the sources through tsx: code that
// tsx accepts may still fail there (a top-level `const require` breaks the CommonJS build at load).
const root = path.resolve(__dirname, '../..');
// The build's own folder: its modules find knowledge/ and public/ relative to it, as in production.
const outDir = path.join(root, 'dist');
let bot: BotProcess;
let port: number;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root });
  bot = startBotProcess({}, { built: path.join(outDir, 'index.js') });
  port = await bot.listening();
}, 120_000);

afterAll(async () => {
  bot?.child.kill('SIGTERM');
  await bot?.exited;
});

describe('When the bot is built and started as npm start does', () => {
  test('it listens and answers a question over HTTP, typo and long message included', async () => {
    const ask = async (question: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question }),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as { answers: Array<{ id: string }> };
    };
    expect((await ask('quelles études pour devenir dev back ?')).answers[0]?.id).toBe('back-end-studies');
    expect((await ask('travailer en portage c obligatoir de trouver ses clients ?')).answers[0]?.id).toBe('portage-finding-clients');
    // Node's own deprecation notices (restify's http_parser) aside, nothing is written to stderr.
    const problems = bot.stderr().split('\n').filter((line) => line.trim() && !/DeprecationWarning|--trace-deprecation/.test(line));
    expect(problems).toEqual([]);
  });
});
