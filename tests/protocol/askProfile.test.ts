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

  const cases: Array<[string, 'single' | 'both', Record<string, unknown>, string, string | undefined]> = [
    ['the profile asked for', 'both', { question: 'quelles études faut-il ?', profile: 'data-scientist' }, 'answer', 'data-scientist'],
    ['the profile the question names, when none is asked for', 'both', { question: 'Quelles études pour devenir data scientist ?' }, 'answer', 'data-scientist'],
    ["the answer's own profile, when none is asked for nor named", 'single', { question: 'Quelle école pour devenir développeur back end ?' }, 'answer', 'developpeur-back-end'],
    ['the profile asked for, even when nothing in it answers', 'both', { question: 'Comment faire pousser des tomates sur mon balcon ?', profile: 'data-scientist' }, 'fallback', 'data-scientist'],
    ['none for a shared entry when none is asked for', 'single', { question: "C'est quoi le portage salarial ?" }, 'answer', undefined],
    ['none when nothing answers and none is asked for', 'single', { question: 'Comment faire pousser des tomates sur mon balcon ?' }, 'fallback', undefined],
  ];

  test.each(cases)('%s', async (_name, which, request, decision, profile) => {
    const response = await postJson(`${(which === 'single' ? single : both).url}/api/ask`, request);
    expect(response.status).toBe(200);
    const body = response.body as AskBody;
    expect(body.decision).toBe(decision);
    if (profile === undefined) expect(body).not.toHaveProperty('profile');
    else expect(body.profile).toBe(profile);
    if (decision === 'answer') expect(body.answers[0].profile).toBe(profile ?? null);
  });
});
