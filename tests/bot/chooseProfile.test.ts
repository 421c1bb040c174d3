import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAnswerer, type Answerer } from '../../src/answering/answerer';
import { loadKnowledgeBase } from '../../src/knowledge';
import { actionsOf } from '../helpers/botConversation';
import { buttonsOf, cardReplyOf, chat, decisionOf, messagesOf } from './support/conversation';

// The real base plus the invented second profile (tests/fixtures/profiles), loaded together.
let dir: string;
let answerer: Answerer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faq-two-profiles-'));
  await cp('knowledge', dir, { recursive: true });
  await cp('tests/fixtures/profiles/data-scientist.yaml', path.join(dir, 'data-scientist.yaml'));
  answerer = createAnswerer(await loadKnowledgeBase(dir));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('When a job question names no job and the bot knows two', () => {
  test('on a card channel, it asks which job with one button per profile, and a button leads to that entry', async () => {
    const conversation = chat(answerer);
    const replies = await conversation.say('Quelles études faut-il faire ?');
    expect(decisionOf(replies)?.kind).toBe('choose-profile');

    const buttons = buttonsOf(cardReplyOf(replies));
    expect(buttons.map((b) => b.title).sort()).toEqual(['Data scientist', 'Développeur back end']);

    const dataScience = buttons.find((b) => b.title === 'Data scientist')!;
    const answer = decisionOf(await conversation.click(dataScience));
    expect(answer?.answers[0]?.id).toBe(dataScience.data.entryId);
    expect(String(dataScience.data.entryId)).toMatch(/^data-scientist-/);
  });

  test('on a text channel, the choice comes as suggested actions named after the jobs', async () => {
    const replies = await chat(answerer, { channelId: 'sms' }).say('Quelles études faut-il faire ?');
    const titles = actionsOf(messagesOf(replies)[0]).map((action) => action.title);
    expect(titles).toEqual(expect.arrayContaining(['Data scientist', 'Développeur back end']));
  });

  test('a question that names the job is answered from that job directly', async () => {
    const decision = decisionOf(await chat(answerer).say('Quelles études pour devenir data scientist ?'));
    expect(decision?.kind).toBe('answer');
    expect(decision?.answers[0]?.id).toMatch(/^data-scientist-/);
  });
});
