import { beforeAll, describe, expect, test } from 'vitest';
import { createAnswerer, type Answerer } from '../../src/answering/answerer';
import { loadKnowledgeBase } from '../../src/knowledge';
import { actionsOf } from '../helpers/botConversation';
import { buttonFor, buttonsOf, cardReplyOf, chat, decisionOf, messagesOf, textBlocksOf } from './support/conversation';

let answerer: Answerer;
beforeAll(async () => {
  answerer = createAnswerer(await loadKnowledgeBase('knowledge'));
});

const twoQuestions = 'Quelles études faut-il faire pour devenir développeur back end ? Et après, quelles évolutions de carrière ?';

describe('When a message asks two things', () => {
  test('the card answers the main question and offers the other one as its first button', async () => {
    const replies = await chat(answerer).say(twoQuestions);
    expect(decisionOf(replies)).toMatchObject({ kind: 'answer', alsoAsked: { id: 'back-end-career' } });
    expect(decisionOf(replies)?.answers[0]?.id).toBe('back-end-studies');
    const followups = buttonsOf(cardReplyOf(replies)).filter((button) => button.data.action === 'followup');
    expect(followups[0]?.data.entryId).toBe('back-end-career');
  });

  test('on a text channel the other question is the first suggested action', async () => {
    const replies = await chat(answerer, { channelId: 'telegram' }).say(twoQuestions);
    const [answer] = messagesOf(replies);
    expect(actionsOf(answer)[0]?.title).toMatch(/carrière/i);
  });
});

describe('When a message asks something the page answers, then something it does not', () => {
  const answeredThenNot = 'Un salarié porté a-t-il droit au chômage ? Et combien coûtent les frais de gestion ?';

  test('the first question is answered and the notice of the second is offered as a button (read whole, the notice took it all)', async () => {
    const conversation = chat(answerer);
    const replies = await conversation.say(answeredThenNot);
    expect(decisionOf(replies)).toMatchObject({ kind: 'answer', alsoAsked: { id: 'unavailable-portage-fees' } });
    expect(decisionOf(replies)?.answers[0]?.id).toBe('portage-status');
    const offered = buttonFor(cardReplyOf(replies), 'followup', 'unavailable-portage-fees');
    const notice = await conversation.click(offered);
    expect(decisionOf(notice)?.answers[0]?.id).toBe('unavailable-portage-fees');
    expect(textBlocksOf(cardReplyOf(notice))[0]).toMatch(/ne figurent pas dans mes sources/);
  });

  test('the other way round, the question the page cannot answer keeps its notice', () => {
    const decision = answerer.ask('Combien coûtent les frais de gestion en portage ? Et un salarié porté a-t-il droit au chômage ?');
    expect(decision.kind).toBe('not-available');
    expect(decision.notice?.entry.id).toBe('unavailable-portage-fees');
  });
});

describe('When a question is about a topic the sources do not cover', () => {
  test('the notice card offers the close real answers first, then its own follow-ups', async () => {
    const replies = await chat(answerer).say("Le salaire d'un développeur back end qui évolue en lead dev ?");
    expect(decisionOf(replies)).toMatchObject({ kind: 'not-available', notice: { id: 'unavailable-salary' } });
    const followups = buttonsOf(cardReplyOf(replies)).filter((button) => button.data.action === 'followup');
    expect(followups[0]?.data.entryId).toBe('back-end-career');
  });
});

describe('When a question asks which of the things the page lists is best', () => {
  const ranking = 'Django ou Laravel, lequel est le meilleur pour un débutant ?';

  test('the card says the sources rank nothing, instead of "did you mean", and offers what they say', async () => {
    const replies = await chat(answerer).say(ranking);
    expect(decisionOf(replies)).toMatchObject({ kind: 'suggest' });
    const card = cardReplyOf(replies);
    expect(textBlocksOf(card)[0]).toMatch(/^Mes sources ne comparent pas et ne classent pas ces choix/);
    expect(JSON.stringify(card)).not.toContain('Vouliez-vous dire');
    expect(buttonsOf(card)[0]?.data).toMatchObject({ action: 'choose', entryId: 'back-end-technical-skills' });
  });

  test('on a text channel too', async () => {
    const [reply] = messagesOf(await chat(answerer, { channelId: 'telegram' }).say(ranking));
    expect(reply.text).toMatch(/^Mes sources ne comparent pas/);
    expect(actionsOf(reply)[0]?.title).toMatch(/comp[ée]tences/i);
  });
});
