import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { realAnswerer } from '../helpers/knowledge';
import { chat, decisionOf } from './support/conversation';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await realAnswerer();
});

const answeredId = (replies: Awaited<ReturnType<ReturnType<typeof chat>['say']>>) => {
  const decision = decisionOf(replies);
  return decision?.answers[0]?.id ?? decision?.notice?.id;
};

describe('When a short follow-up question comes after an answer about the job', () => {
  test('"et en portage ?" is read as portage for a back-end developer, not as portage in general', async () => {
    const alone = await chat(answerer).say('et en portage ?');
    expect(answeredId(alone)).toBe('portage-overview');

    const conversation = chat(answerer);
    expect(answeredId(await conversation.say('Quelles sont les missions d’un développeur back end ?'))).toBe('back-end-missions');
    const replies = await conversation.say('et en portage ?');

    expect(answeredId(replies)).toBe('back-end-why-portage');
    expect(decisionOf(replies)).toMatchObject({ via: 'context', context: 'developpeur back end', question: 'et en portage ?' });
  });

  test('"et les langages ?" is answered with the technical skills of the job', async () => {
    const conversation = chat(answerer);
    await conversation.say('C’est quoi un développeur back end ?');
    expect(answeredId(await conversation.say('et les langages ?'))).toBe('back-end-technical-skills');
  });

  test('a short message that says nothing of its own ("et moi ?") is not answered with the topic alone', async () => {
    const conversation = chat(answerer);
    await conversation.say('Quelles sont les missions d’un développeur back end ?');
    const decision = decisionOf(await conversation.say('et moi ?'));
    expect(decision?.via).toBe('text');
    expect(decision?.answers.map((a) => a.id)).not.toContain('back-end-definition');
  });
});

describe('When a clear new question comes after an answer', () => {
  test('a full question about portage is answered as asked, whatever the previous topic', async () => {
    const conversation = chat(answerer);
    await conversation.say('Quelles sont les missions d’un développeur back end ?');
    const replies = await conversation.say('Qu’est-ce que le portage salarial ?');
    expect(answeredId(replies)).toBe('portage-overview');
    expect(decisionOf(replies)?.via).toBe('text');
  });

  test('a short but clear question ("le portage salarial ?") is not bent towards the previous topic', async () => {
    const conversation = chat(answerer);
    await conversation.say('Quelles études pour devenir développeur back end ?');
    const replies = await conversation.say('le portage salarial ?');
    expect(answeredId(replies)).toBe('portage-overview');
    expect(decisionOf(replies)?.via).toBe('text');
  });

  test('after an answer about portage, "et les langages ?" still goes to the job’s technical skills', async () => {
    const conversation = chat(answerer);
    expect(answeredId(await conversation.say('Qu’est-ce que le portage salarial ?'))).toBe('portage-overview');
    expect(answeredId(await conversation.say('et les langages ?'))).toBe('back-end-technical-skills');
  });
});

describe('When the conversation has just begun', () => {
  test('there is no topic, and a follow-up is read on its own', async () => {
    const replies = await chat(answerer).say('et les langages ?');
    expect(decisionOf(replies)?.via).toBe('text');
  });
});
