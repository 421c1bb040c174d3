import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AskResponse } from '../../src/answering/askResponse';
import { loadKnowledgeWithExtraProfiles } from '../../src/evaluation/extraProfiles';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { fixedKnowledgeRuntime } from '../../src/answering/knowledgeRuntime';
import { askLimits } from '../../src/server/askRequest';
import { httpErrors } from '../../src/server/errorMessages';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBotServer();
});
afterAll(async () => {
  await bot?.close();
});

const ask = (body: unknown, headers?: Record<string, string>) => postJson(`${bot.url}/api/ask`, body, headers);
type AskBody = AskResponse & { decision: string };

describe('When a client asks a clear question on /api/ask', () => {
  test('it gets the answer with its id, title, text, score and source, best first, without the phrasings', async () => {
    const response = await ask({ question: 'Quelle école pour devenir développeur back end ?', top: 3 });

    expect(response.status).toBe(200);
    const body = response.body as AskBody;
    expect(body.decision).toBe('answer');
    expect(body.answers[0]).toMatchObject({ id: 'back-end-studies', source: { title: expect.any(String) } });
    expect(body.answers[0].answer.length).toBeGreaterThan(20);
    expect(body.answers[0].title.length).toBeGreaterThan(0);
    expect(body.answers[0].questions).toBeUndefined();
    const scores = body.answers.map((answer) => answer.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.answers.length).toBeLessThanOrEqual(3);
    expect(body.notice).toBeUndefined();
  });

  test('with "questions": true, each entry comes with its phrasings', async () => {
    const body = (await ask({ question: 'Quelle école pour devenir développeur back end ?', questions: true })).body as AskBody;
    expect(body.answers[0].questions!.length).toBeGreaterThan(0);
  });

  test.each([['"true"'], [1], [null]])('a "questions" of %j gets a 400 saying it must be true or false', async (questions) => {
    const response = await ask({ question: 'portage salarial', questions });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: httpErrors.questionsInvalid });
  });

  test('"top" caps the number of answers', async () => {
    const body = (await ask({ question: 'portage salarial', top: 1 })).body as AskBody;
    expect(body.answers.length + body.suggestions.length).toBeLessThanOrEqual(2);
    expect(body.answers.length).toBeLessThanOrEqual(1);
  });
});

describe('When the question is off-topic', () => {
  test('there are no answers', async () => {
    const body = (await ask({ question: 'Comment faire pousser des tomates sur mon balcon ?' })).body as AskBody;
    expect(body.decision).toBe('fallback');
    expect(body.answers).toEqual([]);
    expect(body.notice).toBeUndefined();
  });
});

describe('When the question is about pay, which the sources do not cover', () => {
  test('there are no answers but a notice saying so', async () => {
    const body = (await ask({ question: 'Combien gagne un dev back end par mois ?' })).body as AskBody;
    expect(body.decision).toBe('not-available');
    expect(body.answers).toEqual([]);
    expect(body.notice?.id).toMatch(/^unavailable-/);
  });
});

describe('When the request is invalid', () => {
  const cases: Array<[string, unknown, string, Record<string, string>?]> = [
    ['a body that is not JSON', '{"question": ', 'Invalid JSON'],
    ['a plain-text body', 'Bonjour', httpErrors.bodyNotObject, { 'content-type': 'text/plain' }],
    ['no question', { top: 3 }, httpErrors.questionMissing],
    ['an empty question', { question: '   ' }, httpErrors.questionMissing],
    ['a question that is not a string', { question: 42 }, httpErrors.questionNotString],
    ['a question that is too long', { question: 'a'.repeat(askLimits.maxQuestionLength + 1) }, httpErrors.questionTooLong(askLimits.maxQuestionLength)],
    ['top = 0', { question: 'portage', top: 0 }, httpErrors.topInvalid(1, 10)],
    ['top = 11', { question: 'portage', top: 11 }, httpErrors.topInvalid(1, 10)],
    ['top = 2.5', { question: 'portage', top: 2.5 }, httpErrors.topInvalid(1, 10)],
    ['top as a string', { question: 'portage', top: '3' }, httpErrors.topInvalid(1, 10)],
    ['an empty profile', { question: 'portage', profile: '' }, httpErrors.profileInvalid],
  ];

  test.each(cases)('%s gets a 400 with a message saying what to fix', async (_name, body, error, headers) => {
    const response = await ask(body, headers);
    expect(response.status).toBe(400);
    expect((response.body as { error: string }).error).toContain(error);
  });

  test('a question of exactly the maximum length is accepted', async () => {
    const response = await ask({ question: `portage ${'a'.repeat(askLimits.maxQuestionLength - 8)}` });
    expect(response.status).toBe(200);
  });
});

describe('When the base knows several job profiles and the client gives a "profile"', () => {
  const root = path.resolve(__dirname, '../..');
  let kb: KnowledgeBase;
  let both: RunningBot;
  beforeAll(async () => {
    kb = await loadKnowledgeWithExtraProfiles(path.join(root, 'knowledge'), path.join(root, 'tests/fixtures/profiles'));
    both = await startBotServer({ knowledge: fixedKnowledgeRuntime(kb) });
  }, 30_000);
  afterAll(async () => {
    await both?.close();
  });
  const askBoth = (body: unknown) => postJson(`${both.url}/api/ask`, body);
  const profileOf = (id: string) => kb.byId.get(id)?.profile;
  const returned = (body: AskBody) => [...body.answers, ...body.suggestions, ...(body.notice ? [body.notice] : [])];

  test('without it, a job question naming no profile offers one choice per profile', async () => {
    const body = (await askBoth({ question: 'quelles études faut-il ?' })).body as AskBody;
    expect(body.decision).toBe('choose-profile');
    expect(body.suggestions.map((s) => profileOf(s.id)).sort()).toEqual(['data-scientist', 'developpeur-back-end']);
  });

  test('the same question is answered from that profile only', async () => {
    const body = (await askBoth({ question: 'quelles études faut-il ?', profile: 'data-scientist' })).body as AskBody;
    expect(body.decision).toBe('answer');
    expect(body.answers[0].id).toBe('data-scientist-studies');
    expect(returned(body).map((item) => profileOf(item.id))).not.toContain('developpeur-back-end');
  });

  test('a question naming the other profile never brings any of its entries', async () => {
    const body = (await askBoth({ question: 'Quelles études pour devenir développeur back end ?', top: 5, profile: 'data-scientist' })).body as AskBody;
    expect(returned(body).map((item) => profileOf(item.id))).not.toContain('developpeur-back-end');
  });

  test('shared entries stay answerable under a profile', async () => {
    const body = (await askBoth({ question: "C'est quoi le portage salarial ?", profile: 'data-scientist' })).body as AskBody;
    expect(body.decision).toBe('answer');
    expect(profileOf(body.answers[0].id)).toBeUndefined();
  });

  test('an unknown profile gets a 400 listing the profiles the base knows', async () => {
    const response = await askBoth({ question: 'quelles études faut-il ?', profile: 'plombier' });
    expect(response.status).toBe(400);
    const { error } = response.body as { error: string };
    expect(error).toBe(httpErrors.profileUnknown('plombier', ['data-scientist', 'developpeur-back-end']));
    expect(error).toContain("'data-scientist'");
    expect(error).toContain("'developpeur-back-end'");
  });
});

describe('When the base knows one profile and the client names another', () => {
  test('it gets a 400 naming the one profile it can use', async () => {
    const response = await ask({ question: 'quelles études pour devenir data scientist ?', profile: 'data-scientist' });
    expect(response.status).toBe(400);
    expect((response.body as { error: string }).error).toBe(httpErrors.profileUnknown('data-scientist', ['developpeur-back-end']));
  });

  test('the one known profile is accepted', async () => {
    const response = await ask({ question: 'quelles études pour devenir développeur back end ?', profile: 'developpeur-back-end' });
    expect(response.status).toBe(200);
    expect((response.body as AskBody).answers[0]?.id).toBe('back-end-studies');
  });
});
