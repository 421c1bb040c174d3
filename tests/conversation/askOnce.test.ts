import { describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { answerCard } from '../../src/channels/cards/answerCard';
import { askInContext, topicOf } from '../../src/conversation/contextualAsk';
import { realAnswerer } from '../helpers/knowledge';

/** The real answerer, counting the questions it is asked. */
async function countingAnswerer(): Promise<{ answerer: Answerer; asked: string[] }> {
  const real = await realAnswerer();
  const asked: string[] = [];
  const answerer = Object.create(real) as Answerer;
  answerer.ask = (question, options) => {
    asked.push(question);
    return real.ask(question, options);
  };
  return { answerer, asked };
}

describe('When follow-ups come on the same topic', () => {
  test('what the topic words alone give is asked once, then remembered; the decisions stay the same', async () => {
    const { answerer, asked } = await countingAnswerer();
    const topic = topicOf(answerer.knowledgeBase.byId.get('back-end-missions'));
    const first = askInContext(answerer, 'et en portage ?', topic);
    const countFirst = asked.length;
    const second = askInContext(answerer, 'et en portage ?', topic);
    expect(asked.length - countFirst).toBe(countFirst - 1);
    expect(second.decision.kind).toBe(first.decision.kind);
    expect(second.context).toBe(first.context);
    expect(asked.filter((question) => question === topic?.words)).toHaveLength(1);
  });
});

describe('When the same answer is given again', () => {
  test('its card is built once, frozen, and shared', async () => {
    const answerer = await realAnswerer();
    const entry = answerer.knowledgeBase.byId.get('portage-overview')!;
    const related = [answerer.knowledgeBase.byId.get('portage-status')!];
    const card = answerCard({ kind: 'answer', entry, related, feedback: true });
    expect(answerCard({ kind: 'answer', entry, related, feedback: true, question: 'autre chose' })).toBe(card);
    expect(Object.isFrozen(card.body)).toBe(true);
    expect(answerCard({ kind: 'answer', entry, related: [], feedback: true })).not.toBe(card);
    expect(answerCard({ kind: 'answer', entry, related, feedback: false })).not.toBe(card);
  });
});
