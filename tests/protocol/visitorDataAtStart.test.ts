import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DAY_MS } from '../../src/storage/sweepableStorage';

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'faq-bot-start-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('When the bot starts with state files older than STATE_IDLE_DAYS and a salt left in DATA_DIR', () => {
  test('it deletes the expired state, keeps the recent one, moves the salt out of DATA_DIR, and stops cleanly', { timeout: 60_000 }, async () => {
    const stateDir = path.join(scratch, 'data', 'state');
    await mkdir(stateDir, { recursive: true });
    const old = new Date(Date.now() - 10 * DAY_MS);
    await writeFile(path.join(stateDir, 'old.json'), '{"key":"webchat/conversations/old","item":{}}');
    await utimes(path.join(stateDir, 'old.json'), old, old);
    await writeFile(path.join(stateDir, 'recent.json'), '{"key":"webchat/conversations/recent","item":{}}');
    await writeFile(path.join(scratch, 'data', 'learning-salt'), 'a-salt-written-by-an-older-version\n');

    const env = {
      PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', KNOWLEDGE_DIR: 'knowledge', KNOWLEDGE_WATCH: 'false', LOG_LEVEL: 'info', NODE_ENV: 'test',
      STORAGE: 'file', DATA_DIR: path.join(scratch, 'data'), SECRETS_DIR: path.join(scratch, 'secrets'), STATE_IDLE_DAYS: '7',
    };
    const bot = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env });
    let stdout = '';
    bot.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const exited = once(bot, 'exit');
    try {
      await expect.poll(() => stdout.includes('Conversation state past its idle time deleted'), { timeout: 30_000, interval: 100 }).toBe(true);
      expect(await readdir(stateDir)).toEqual(['recent.json']);
      expect(await readdir(path.join(scratch, 'data'))).not.toContain('learning-salt');
      expect((await stat(path.join(scratch, 'secrets', 'learning-salt'))).mode & 0o777).toBe(0o600);
      expect(stdout).not.toContain('a-salt-written-by-an-older-version');
      bot.kill('SIGTERM');
      expect((await exited)[0]).toBe(0);
    } finally {
      bot.kill('SIGKILL');
    }
  });
});
