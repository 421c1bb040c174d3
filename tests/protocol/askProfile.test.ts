import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixedKnowledgeRuntime } from '../../src/answering/knowledgeRuntime';
import type { AskResponse } from '../../src/answering/askResponse';
import { loadKnowledgeWithExtraProfiles } from '../../src/evaluation/extraProfiles';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';

type AskBody = AskResponse & { decision: string };

describe('/api/ask says which job profile it answered from', () => {
  let single: RunningBot;
  let both: RunningBot;
  beforeAll(async () => {
    const root = path.resolve(__dirname, '../..');
    const kb = await loadKnowledgeWithExtraProfiles(path.join(root, 'knowledge'), path.join(root, 'tests/fixtures/profiles'));
    [single, both] = await Promise.all([startBotServer(), startBotServer({ knowledge: fixedKnowledgeRuntime(kb) })]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([single?.close(), both?.close()]);
  });
  const ask = async (bot: RunningBot, body: unknown) => {
    const response = await postJson(`${bot.url}/api/ask`, body);
    expect(response.status).toBe(200);
    return response.body as AskBody;
  };

  test('the profile asked for, in "profile"', async () => {
    const body = await ask(both, { question: 'quelles études faut-il ?', profile: 'data-scientist' });
    expect(body.decision).toBe('answer');
    expect(body.profile).toBe('data-scientist');
  });

  test('the profile the question names, when none is asked for', async () => {
    const body = await ask(both, { question: 'Quelles études pour devenir data scientist ?' });
    expect(body.decision).toBe('answer');
    expect(body.answers[0].profile).toBe('data-scientist');
    expect(body.profile).toBe('data-scientist');
  });

  test("the answer's own profile, when none is asked for nor named", async () => {
    const body = await ask(single, { question: 'Quelle école pour devenir développeur back end ?' });
    expect(body.decision).toBe('answer');
    expect(body.answers[0].id).toBe('back-end-studies');
    expect(body.profile).toBe('developpeur-back-end');
  });

  test('the profile asked for, even when nothing in it answers', async () => {
    const body = await ask(both, { question: 'Comment faire pousser des tomates sur mon balcon ?', profile: 'data-scientist' });
    expect(body.decision).toBe('fallback');
    expect(body.profile).toBe('data-scientist');
  });

  test('no "profile" when the answer is a shared entry and none was asked for', async () => {
    const body = await ask(single, { question: "C'est quoi le portage salarial ?" });
    expect(body.decision).toBe('answer');
    expect(body.answers[0].profile).toBeNull();
    expect(body).not.toHaveProperty('profile');
  });

  test('no "profile" when nothing answers and none was asked for', async () => {
    const body = await ask(single, { question: 'Comment faire pousser des tomates sur mon balcon ?' });
    expect(body.decision).toBe('fallback');
    expect(body).not.toHaveProperty('profile');
  });
});
