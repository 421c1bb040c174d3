import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Health } from '../../src/server/healthRoute';
import { startBotServer, type RunningBot } from '../helpers/botServer';
import { realKnowledgeBase } from '../helpers/knowledge';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBotServer();
});
afterAll(async () => {
  await bot?.close();
});

describe('When a monitor calls GET /healthz', () => {
  test('it gets the status, the version of package.json and the size of the knowledge base in use', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as Health;

    const kb = await realKnowledgeBase();
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(health).toEqual({
      status: 'ok',
      version: pkg.version,
      messagesEndpoint: 'loopback-only',
      host: 'botbuilder',
      knowledge: {
        entries: kb.entries.length,
        questions: kb.entries.reduce((sum, entry) => sum + entry.questions.length, 0),
        files: kb.files.length,
        loadedAt: kb.loadedAt.toISOString(),
      },
    });
    expect(health.knowledge.entries).toBeGreaterThan(0);
  });
});
