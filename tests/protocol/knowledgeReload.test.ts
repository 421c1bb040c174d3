import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Health } from '../../src/server/healthRoute';
import { openKnowledgeRuntime, type KnowledgeRuntime } from '../../src/answering/knowledgeRuntime';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';
import { silentLogger } from '../helpers/logs';

const newEntry = `theme: Essai
entries:
  - id: test-coffee-machine
    title: La machine à café
    questions:
      - Où se trouve la machine à café ?
      - machine à café
      - il est où le distributeur de café ?
      - je cherche le café
    answer: Au deuxième étage, à côté de l'ascenseur.
`;

let dir: string;
let knowledge: KnowledgeRuntime;
let bot: RunningBot;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faq-kb-'));
  await cp('knowledge', dir, { recursive: true });
  knowledge = await openKnowledgeRuntime(dir, { watch: true, logger: silentLogger });
  bot = await startBotServer({ knowledge });
});
afterAll(async () => {
  await bot?.close();
  await knowledge?.close();
  await rm(dir, { recursive: true, force: true });
});

const health = async () => (await (await fetch(`${bot.url}/healthz`)).json()) as Health;
const ask = async (question: string) =>
  (await postJson(`${bot.url}/api/ask`, { question })).body as { decision: string; answers: Array<{ id: string }> };

describe('When support staff edit the knowledge base while the bot runs', () => {
  test('a valid new entry is answered without a restart', async () => {
    const before = await health();
    expect((await ask('Où se trouve la machine à café ?')).answers.map((a) => a.id)).not.toContain('test-coffee-machine');

    await writeFile(path.join(dir, 'essai.yaml'), newEntry);

    await expect.poll(async () => (await health()).knowledge.entries, { timeout: 5000, interval: 100 }).toBe(before.knowledge.entries + 1);
    expect((await ask('Où se trouve la machine à café ?')).answers[0]?.id).toBe('test-coffee-machine');
  });

  test('a broken edit is reported by /healthz while the bot keeps answering from the last valid base', async () => {
    const entriesBefore = (await health()).knowledge.entries;
    await writeFile(path.join(dir, 'essai.yaml'), 'entries:\n  - id: [broken\n');

    await expect.poll(async () => (await health()).status, { timeout: 5000, interval: 100 }).toBe('degraded');
    const after = await health();
    expect(after.knowledge.lastError).toContain('essai.yaml');
    expect(after.knowledge.entries).toBe(entriesBefore);
    expect((await ask('Où se trouve la machine à café ?')).answers[0]?.id).toBe('test-coffee-machine');
  });
});
