import type { Request, Response } from 'restify';
import { describe, expect, test } from 'vitest';
import { healthRoute, type Health } from '../../src/server/healthRoute';
import type { KnowledgeHealth } from '../../src/knowledge/knowledgeHealth';

const knowledge = { entries: 1 } as unknown as KnowledgeHealth;

async function healthOf(route: ReturnType<typeof healthRoute>): Promise<Health> {
  let body: unknown;
  await route({} as Request, { send: (_status: number, sent: unknown) => (body = sent) } as unknown as Response);
  return body as Health;
}

describe('/healthz', () => {
  test.each(['botbuilder', 'agents'] as const)('reports host %s when the server is told which SDK runs the bot', async (host) => {
    const health = await healthOf(healthRoute('1.0.0', 'loopback-only', () => knowledge, undefined, host));
    expect(health).toMatchObject({ status: 'ok', host });
  });

  test('has no host field when the server does not say', async () => {
    expect(await healthOf(healthRoute('1.0.0', 'loopback-only', () => knowledge))).not.toHaveProperty('host');
  });
});
