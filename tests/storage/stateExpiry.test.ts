import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConversationState, TestAdapter, type Storage } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { StorageConfig } from '../../src/config/types';
import { createBackendStorage, STATE_FOLDER } from '../../src/storage/createStorage';
import { FileStorage } from '../../src/storage/fileStorage';
import { startStateSweep } from '../../src/storage/stateSweep';
import { DAY_MS, type SweepableStorage } from '../../src/storage/sweepableStorage';
import { captureLogs } from '../helpers/logs';

let dataDir: string;
let stateDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'faq-bot-expiry-'));
  stateDir = path.join(dataDir, STATE_FOLDER);
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const fileConfig = (): StorageConfig => ({ kind: 'file', dataDir, stateIdleDays: 30, container: 'unused' });

/** One turn of a conversation that remembers what was said in it; returns what it remembered before. */
async function turn(storage: Storage, text: string): Promise<string[]> {
  const state = new ConversationState(storage);
  const said = state.createProperty<string[]>('said');
  let before: string[] = [];
  await new TestAdapter(async (context) => {
    before = [...(await said.get(context, []))];
    await said.set(context, [...before, context.activity.text ?? '']);
    await state.saveChanges(context);
    await context.sendActivity('ok');
  })
    .send(text)
    .assertReply('ok');
  return before;
}

describe('When a conversation stays idle longer than STATE_IDLE_DAYS (file storage)', () => {
  test('its state is no longer read, and the sweep deletes its file', async () => {
    let now = Date.now();
    const storage = createBackendStorage(fileConfig(), () => now) as SweepableStorage;
    await turn(storage, 'mon e-mail est jean@example.fr');
    expect(await readdir(stateDir)).toHaveLength(1);

    now += 29 * DAY_MS;
    expect(await turn(storage, 'toujours là ?')).toEqual(['mon e-mail est jean@example.fr']);

    now += 31 * DAY_MS;
    expect(await storage.sweepExpired()).toBe(1);
    expect(await readdir(stateDir)).toEqual([]);
    expect(await turn(storage, 'bonjour')).toEqual([]);
  });

  test('an expired file that the sweep has not reached yet reads as absent', async () => {
    let now = Date.now();
    const storage = createBackendStorage(fileConfig(), () => now);
    await turn(storage, 'première visite');
    now += 31 * DAY_MS;
    expect(await turn(storage, 'deuxième visite')).toEqual([]);
  });

  test('the sweep keeps conversations written within the idle time, and also removes files of older versions', async () => {
    const storage = new FileStorage(stateDir, { idleMs: 30 * DAY_MS });
    await storage.write({ 'webchat/conversations/recent': { n: 1 } });
    // A file named the old way (by the raw key) and a temporary file left by a crash, both untouched for 40 days.
    const old = new Date(Date.now() - 40 * DAY_MS);
    for (const name of ['webchat~2fconversations~2fold.json', 'x.json.abc123.tmp']) {
      await writeFile(path.join(stateDir, name), '{"key":"webchat/conversations/old","item":{}}');
      await utimes(path.join(stateDir, name), old, old);
    }
    expect(await storage.sweepExpired()).toBe(2);
    expect(await storage.read(['webchat/conversations/recent'])).toMatchObject({ 'webchat/conversations/recent': { n: 1 } });
  });

  test('the server sweeps at start and on its schedule, logs how many, and stops on shutdown', async () => {
    let now = Date.now();
    const storage = createBackendStorage(fileConfig(), () => now) as SweepableStorage;
    await turn(storage, 'a');
    now += 31 * DAY_MS;
    const logs = captureLogs();
    const sweep = startStateSweep({ storage, logger: logs.logger, idleDays: 30, intervalMs: 20 });
    expect(await sweep.swept).toBe(1);
    await turn(storage, 'b');
    now += 31 * DAY_MS;
    await expect.poll(() => readdir(stateDir), { timeout: 2_000 }).toEqual([]);
    sweep.close();
    expect(logs.records().find((line) => line.msg === 'Conversation state past its idle time deleted')).toMatchObject({ deleted: 1, idleDays: 30 });
  });
});

describe('When state files are written', () => {
  test('their names do not show the conversation id, and the folder is readable by its owner only', async () => {
    const storage = createBackendStorage(fileConfig());
    await storage.write({ 'webchat/conversations/8Hx2kQ-visitor-42': { n: 1 } });
    const [name] = await readdir(stateDir);
    expect(name).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(name).not.toContain('8Hx2kQ');
    expect((await stat(stateDir)).mode & 0o777).toBe(0o700);
    expect(JSON.parse(await readFile(path.join(stateDir, name), 'utf8'))).toMatchObject({ key: 'webchat/conversations/8Hx2kQ-visitor-42' });
  });
});
