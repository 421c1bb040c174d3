import pino from 'pino';
import { describe, expect, test } from 'vitest';
import { Conversation } from '../../src/conversation/conversation';
import type { ConversationState } from '../../src/conversation/conversationState';
import type { IncomingMessage } from '../../src/conversation/incomingMessage';
import type { Reply } from '../../src/conversation/replies';
import { baseOf, entry } from '../matching/smallBase';
import { recordingRecorder } from '../bot/support/recordingRecorder';
import { decision, scored, scriptedAnswerer } from './support/scriptedAnswerer';

/** What support staff receive with a hand-off, what the logs say, and how votes are kept. */
const kb = baseOf([
  entry('apples', ['Que savez-vous des pommes ?'], { title: 'Les pommes', theme: 'Fruits', answer: 'Les pommes poussent au verger.' }),
  entry('pears', ['Que savez-vous des poires ?'], { title: 'Les poires', theme: 'Fruits', answer: 'Les poires aussi.' }),
  entry('smalltalk-human', ['Parler à un conseiller'], { kind: 'smalltalk' }),
]);
const byQuestion: Record<string, string> = { 'les pommes': 'apples', 'un humain': 'smalltalk-human' };
const { answerer } = scriptedAnswerer(kb, (question) =>
  byQuestion[question] ? decision('answer', question, { answers: [scored(kb, byQuestion[question], 0.95)] }) : decision('fallback', question),
);
const message = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({ text, conversationId: 'c-1', channelId: 'webchat', ...extra });

function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info', base: undefined, timestamp: false }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

async function talk(conversation: Conversation, ...messages: IncomingMessage[]): Promise<{ replies: Reply[][]; state: ConversationState }> {
  let state: ConversationState = {};
  const replies: Reply[][] = [];
  for (const each of messages) {
    const outcome = await conversation.respond(each, state);
    replies.push(outcome.replies);
    state = outcome.state;
  }
  return { replies, state };
}

describe('A hand-off', () => {
  test('sends the contact and the visitor’s and the bot’s lines, its own included, with the last topic; the log names them', async () => {
    const { logger, lines } = capturedLogger();
    const conversation = new Conversation({ answerer: () => answerer, handoff: { url: 'https://example.org/contact' }, logger });
    const { replies } = await talk(conversation, message('les pommes'), message('un humain'));
    const contact = 'Un conseiller peut prendre le relais. Pour le joindre :\n- en ligne : [https://example.org/contact](https://example.org/contact)';
    const handoff = replies[1].find((reply) => reply.kind === 'handoff');
    expect(handoff && { ...handoff, transcript: handoff.transcript.map(({ from, text }) => [from, text]) }).toEqual({
      kind: 'handoff',
      text: contact,
      request: { skill: 'faq-support', reason: 'user-request', lastTopic: 'apples' },
      transcript: [
        ['user', 'les pommes'],
        ['bot', 'Les pommes poussent au verger.'],
        ['user', 'un humain'],
        ['bot', contact],
      ],
    });
    expect(lines.filter((line) => line.msg === 'Hand-off requested')).toEqual([{ level: 30, conversationId: 'c-1', lastTopic: 'apples', msg: 'Hand-off requested' }]);
  });
});

describe('A hand-off with the deployment’s e-mail and phone', () => {
  test('keeps the contact the bot gave readable in the transcript, while the visitor’s own e-mail and phone stay redacted', async () => {
    const handoff = { email: 'conseil@example.org', phone: '01 23 45 67 89' };
    const conversation = new Conversation({ answerer: () => answerer, handoff, logger: capturedLogger().logger });
    const { replies } = await talk(conversation, message('moi c’est jean@example.com, 06 11 22 33 44, les pommes'), message('un humain'));
    const given = replies[1].find((reply) => reply.kind === 'handoff');
    const contact =
      'Un conseiller peut prendre le relais. Pour le joindre :\n- par e-mail : [conseil@example.org](mailto:conseil@example.org)\n- par téléphone : 01 23 45 67 89';
    expect(given?.kind === 'handoff' && given.text).toBe(contact);
    const transcript = given?.kind === 'handoff' ? given.transcript.map(({ from, text }) => [from, text]) : [];
    expect(transcript[0]).toEqual(['user', 'moi c’est [e-mail], [numéro], les pommes']);
    expect(transcript.at(-1)).toEqual(['bot', contact]);
  });
});

describe('The transcript', () => {
  test('of a conversation that starts with the welcome holds the welcome alone', () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const { state } = conversation.welcome({}, 'c-1');
    expect(state.transcript?.map(({ from, text }) => [from, text.split('\n')[0]])).toEqual([
      ['bot', 'Bonjour ! Je réponds aux questions fréquentes sur le portage salarial et les fiches métiers, à partir de nos pages publiques.'],
    ]);
  });
});

describe('A vote', () => {
  test('shows as 👍 or 👎 in the transcript, and each is thanked in its own words', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const up = { action: 'feedback', entryId: 'apples', vote: 'up' };
    const down = { ...up, vote: 'down' };
    const { replies, state } = await talk(conversation, message('les pommes'), message('', { value: up }), message('', { value: down }));
    expect(state.transcript?.slice(2).map(({ from, text }) => [from, text])).toEqual([
      ['user', '👍'],
      ['bot', 'Merci pour votre retour ! 👍'],
      ['user', '👎'],
      ['bot', 'Merci, c’est noté : cette réponse sera revue pour l’améliorer. Vous pouvez reformuler votre question, ou demander à « parler à un conseiller ».'],
    ]);
    expect(replies[2]).toEqual([{ kind: 'notice', about: 'feedback-receipt', text: state.transcript?.[5].text }]);
  });

  test('changed from 👍 to 👎 is recorded again; the same vote twice is recorded once', async () => {
    const recorded = recordingRecorder();
    const conversation = new Conversation({ answerer: () => answerer, recorder: recorded.recorder });
    const up = { action: 'feedback', entryId: 'apples', vote: 'up' };
    await talk(conversation, message('les pommes'), message('', { value: up }), message('', { value: up }), message('', { value: { ...up, vote: 'down' } }));
    expect(recorded.of('feedback').map(({ vote }) => vote)).toEqual(['up', 'down']);
  });

  test('on an answer reached by a button is recorded without a question', async () => {
    const recorded = recordingRecorder();
    const conversation = new Conversation({ answerer: () => answerer, recorder: recorded.recorder });
    await talk(conversation, message('', { value: { action: 'followup', entryId: 'apples' } }), message('', { value: { action: 'feedback', entryId: 'apples', vote: 'up' } }));
    expect(recorded.of('feedback')).toStrictEqual([{ entryId: 'apples', vote: 'up', conversationId: 'c-1' }]);
  });

  test('never carries the question typed for another answer', async () => {
    const recorded = recordingRecorder();
    const conversation = new Conversation({ answerer: () => answerer, recorder: recorded.recorder });
    await talk(
      conversation,
      message('les pommes'),
      message('', { value: { action: 'followup', entryId: 'pears' } }),
      message('', { value: { action: 'feedback', entryId: 'pears', vote: 'down' } }),
    );
    expect(recorded.of('feedback')).toStrictEqual([{ entryId: 'pears', vote: 'down', conversationId: 'c-1' }]);
  });

  test('refused (an answer not shown here) is logged with the conversation and the entry', async () => {
    const { logger, lines } = capturedLogger();
    const conversation = new Conversation({ answerer: () => answerer, logger });
    await conversation.respond(message('', { value: { action: 'feedback', entryId: 'apples', vote: 'up' } }), {});
    expect(lines).toEqual([{ level: 30, conversationId: 'c-1', entryId: 'apples', msg: 'Vote on an answer this conversation did not show: not recorded' }]);
  });
});

describe('A button', () => {
  test('"choose" from an old "did you mean", with no suggestion pending, answers its entry and records no choice', async () => {
    const recorded = recordingRecorder();
    const conversation = new Conversation({ answerer: () => answerer, recorder: recorded.recorder });
    const outcome = await conversation.respond(message('', { value: { action: 'choose', entryId: 'pears' } }), {});
    expect(outcome.replies.filter((reply) => reply.kind !== 'decision')).toStrictEqual([{ kind: 'answer', entry: kb.byId.get('pears'), related: [], feedback: true }]);
    expect(recorded.calls).toEqual([]);
  });

  test('leads to its entry by id, which the trace shows as a certain answer reached by button', async () => {
    const conversation = new Conversation({ answerer: () => answerer });
    const outcome = await conversation.respond(message('', { value: { action: 'followup', entryId: 'apples' } }), {});
    expect(outcome.replies[0]).toEqual({
      kind: 'decision',
      trace: { kind: 'answer', question: 'Les pommes', answers: [{ id: 'apples', title: 'Les pommes', kind: 'answer', score: 1 }], suggestions: [], via: 'button' },
    });
  });
});
