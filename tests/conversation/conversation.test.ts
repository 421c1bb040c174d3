import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { Conversation, type TurnOutcome } from '../../src/conversation/conversation';
import type { ConversationState } from '../../src/conversation/conversationState';
import type { IncomingMessage } from '../../src/conversation/incomingMessage';
import type { Reply } from '../../src/conversation/replies';
import { recordingRecorder } from '../bot/support/recordingRecorder';
import { realAnswerer } from '../helpers/knowledge';

/**
 * The conversation alone, with no SDK and no channel: plain messages and state in, replies and state out.
 * (The same behaviours through botbuilder's TestAdapter are in tests/bot; over HTTP in tests/hosts.)
 */
let answerer: Answerer;
beforeAll(async () => {
  answerer = await realAnswerer();
});

const message = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({ text, conversationId: 'c-1', channelId: 'test', ...extra });
const kinds = (outcome: TurnOutcome) => outcome.replies.filter((reply) => reply.kind !== 'decision').map((reply) => reply.kind);
const answerOf = (outcome: TurnOutcome) => outcome.replies.find((reply): reply is Extract<Reply, { kind: 'answer' }> => reply.kind === 'answer');
const decisionOf = (outcome: TurnOutcome) => outcome.replies.find((reply): reply is Extract<Reply, { kind: 'decision' }> => reply.kind === 'decision')?.trace;

/** A few turns in a row, the state of each passed to the next, as a host does. */
async function talk(conversation: Conversation, ...messages: IncomingMessage[]): Promise<{ outcomes: TurnOutcome[]; state: ConversationState }> {
  let state: ConversationState = {};
  const outcomes: TurnOutcome[] = [];
  for (const each of messages) {
    const outcome = await conversation.respond(each, state);
    outcomes.push(outcome);
    state = outcome.state;
  }
  return { outcomes, state };
}

describe('A question', () => {
  test('gets the entry’s answer, its follow-ups as related entries, and becomes the conversation’s topic', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const outcome = await conversation.respond(message('Quelles sont les missions d’un développeur back end ?'), {});
    const answer = answerOf(outcome);
    expect(answer?.entry.id).toBe('back-end-missions');
    expect(answer?.related.length).toBeGreaterThan(0);
    expect(answer?.feedback).toBe(true);
    expect(answer?.question).toBe('Quelles sont les missions d’un développeur back end ?');
    expect(outcome.state.topicEntryId).toBe('back-end-missions');
    expect(outcome.state.shownAnswers).toEqual(['back-end-missions']);
    expect(decisionOf(outcome)).toMatchObject({ kind: 'answer', via: 'text' });
  });

  test('leaves the state it was given untouched (the host decides what to keep)', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const state: ConversationState = { topicEntryId: 'portage-overview' };
    const outcome = await conversation.respond(message('aide'), state);
    expect(state).toEqual({ topicEntryId: 'portage-overview' });
    expect(outcome.state).not.toBe(state);
  });

  test('leaves every state it was given untouched, deep down, through questions, suggestions, buttons, votes, a hand-off and a reset', async () => {
    const conversation = new Conversation({ answerer: () => answerer, handoff: { email: 'conseil@example.org' } });
    const turns: IncomingMessage[] = [
      message('Quelles sont les missions d’un développeur back end ?'),
      message('et en portage ?'),
      message('', { value: { action: 'feedback', entryId: 'back-end-missions', vote: 'up' } }),
      message('', { value: { action: 'feedback', entryId: 'back-end-missions', vote: 'down' } }),
      message('portage'),
      message('', { value: { action: 'followup', entryId: 'portage-overview' } }),
      message('aide'),
      message('parler à un conseiller'),
      message('recommencer'),
      message('Quelles études pour devenir développeur back end ?'),
    ];
    let state: ConversationState = {};
    for (const each of turns) {
      const before = JSON.stringify(state);
      const outcome = await conversation.respond(each, state);
      expect(JSON.stringify(state), each.text || JSON.stringify(each.value)).toBe(before);
      state = JSON.parse(JSON.stringify(outcome.state)) as ConversationState;
    }
    expect(state.transcript).toHaveLength(2);
  });

  test('a short follow-up is read in the topic’s context: "et en portage ?" after the job', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const { outcomes } = await talk(conversation, message('Que fait un développeur back end ?'), message('et en portage ?'));
    expect(decisionOf(outcomes[1])).toMatchObject({ via: 'context', context: 'developpeur back end' });
    expect(answerOf(outcomes[1])?.entry.profile).toBe('developpeur-back-end');
  });

  test('an unknown profile from the channel is ignored rather than hiding every job entry', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const outcome = await conversation.respond(message('Quelles sont les missions d’un développeur back end ?', { profile: 'astronaute' }), {});
    expect(answerOf(outcome)?.entry.id).toBe('back-end-missions');
  });
});

describe('Commands', () => {
  test('"aide" lists every theme as a menu, and its entries become the offered buttons', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const outcome = await conversation.respond(message('Aide !'), {});
    expect(kinds(outcome)).toEqual(['menu']);
    const menu = outcome.replies[0] as Extract<Reply, { kind: 'menu' }>;
    expect(menu.groups.length).toBeGreaterThan(1);
    expect(Object.keys(outcome.state.offered ?? {}).length).toBeGreaterThanOrEqual(menu.groups.flatMap((g) => g.entries).length);
  });

  test('"recommencer" forgets the topic, the votes and the transcript', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const { outcomes, state } = await talk(conversation, message('Que fait un développeur back end ?'), message('recommencer'));
    expect(kinds(outcomes[1])).toEqual(['notice']);
    expect(state).toEqual({});
  });

  test('a title the bot offered, typed back, leads to that entry by id (no matching)', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const { outcomes } = await talk(conversation, message('aide'), message('Ses missions'));
    expect(decisionOf(outcomes[1])).toMatchObject({ via: 'button' });
    expect(answerOf(outcomes[1])?.entry.id).toBe('back-end-missions');
  });
});

describe('Buttons and votes', () => {
  test('a vote is recorded once per entry, with the question that led to the answer', async () => {
    const recorded = recordingRecorder();
    const conversation = new Conversation({ answerer: () => answerer, recorder: recorded.recorder });
    const vote = { action: 'feedback', entryId: 'back-end-missions', vote: 'up' };
    const { outcomes } = await talk(conversation, message('Quelles sont ses missions ?'), message('', { value: vote }), message('', { value: vote }));
    expect(outcomes[1].replies).toEqual([expect.objectContaining({ kind: 'notice', about: 'feedback-receipt' })]);
    expect(recorded.of('feedback')).toEqual([{ entryId: 'back-end-missions', vote: 'up', question: 'Quelles sont ses missions ?', conversationId: 'c-1' }]);
  });

  test('a vote on an answer this conversation never showed is refused and not recorded', async () => {
    const recorded = recordingRecorder();
    const conversation = new Conversation({ answerer: () => answerer, recorder: recorded.recorder });
    const outcome = await conversation.respond(message('', { value: { action: 'feedback', entryId: 'back-end-missions', vote: 'down' } }), {});
    expect(outcome.replies).toEqual([expect.objectContaining({ kind: 'notice', about: 'vote-refused' })]);
    expect(recorded.of('feedback')).toEqual([]);
  });

  test('a button naming an entry that no longer exists says so', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const outcome = await conversation.respond(message('', { value: { action: 'followup', entryId: 'removed-entry' } }), {});
    expect(outcome.replies).toEqual([expect.objectContaining({ kind: 'notice', about: 'entry-gone' })]);
  });

  test('a message without text gets examples to tap', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const outcome = await conversation.respond(message('   '), {});
    expect(kinds(outcome)).toEqual(['empty-message']);
    expect((outcome.replies[0] as Extract<Reply, { kind: 'empty-message' }>).examples.length).toBeGreaterThan(0);
  });
});

describe('Hand-off', () => {
  test('gives the configured contact, and the transcript so far (the visitor’s words and the bot’s) for a hub', async () => {
    const conversation = new Conversation({ answerer: () => answerer, handoff: { email: 'conseil@example.org' } });
    const { outcomes } = await talk(conversation, message('Que fait un développeur back end ?'), message('Je voudrais parler à un conseiller'));
    const handoff = outcomes[1].replies.find((reply): reply is Extract<Reply, { kind: 'handoff' }> => reply.kind === 'handoff');
    expect(handoff?.text).toContain('conseil@example.org');
    expect(handoff?.request).toMatchObject({ reason: 'user-request', lastTopic: answerOf(outcomes[0])?.entry.id });
    expect(answerOf(outcomes[0])).toBeDefined();
    expect(handoff?.transcript.map((line) => line.from)).toEqual(['user', 'bot', 'user', 'bot']);
    expect(handoff?.transcript[0].text).toBe('Que fait un développeur back end ?');
  });

  test('without a configured contact, says so honestly (no contact is invented)', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const outcome = await conversation.respond(message('Je voudrais parler à un conseiller'), {});
    const handoff = outcome.replies.find((reply) => reply.kind === 'handoff');
    expect(handoff && 'text' in handoff ? handoff.text : '').toMatch(/aucun contact n’est configuré/);
  });
});

describe('Learning records', () => {
  test('a question nobody can answer is recorded as unanswered, a failing recorder never breaks the turn', async () => {
    const recorded = recordingRecorder({ fail: true });
    const conversation = new Conversation({ answerer: () => answerer, recorder: recorded.recorder });
    const outcome = await conversation.respond(message('xyzzy plugh'), {});
    expect(kinds(outcome)).toEqual(['fallback']);
    expect(recorded.of('unanswered')).toEqual([expect.objectContaining({ question: 'xyzzy plugh', decision: 'fallback', conversationId: 'c-1' })]);
  });
});

describe('Welcome', () => {
  test('names the themes and offers examples, which become the offered buttons', () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const outcome = conversation.welcome({}, 'c-1');
    const welcome = outcome.replies[0] as Extract<Reply, { kind: 'welcome' }>;
    expect(welcome.kind).toBe('welcome');
    expect(welcome.topics.length).toBeGreaterThan(1);
    expect(welcome.examples.length).toBeGreaterThan(1);
    expect(Object.values(outcome.state.offered ?? {}).map((offered) => offered.entryId)).toEqual(
      expect.arrayContaining(welcome.examples.map((entry) => entry.id)),
    );
  });
});
