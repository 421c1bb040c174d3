import { describe, expect, test } from 'vitest';
import type { AskOptions } from '../../src/answering/answerer';
import type { Decision } from '../../src/answering/types';
import { Conversation, type TurnOutcome } from '../../src/conversation/conversation';
import type { ConversationState } from '../../src/conversation/conversationState';
import { offeredKey } from '../../src/conversation/conversationState';
import type { IncomingMessage } from '../../src/conversation/incomingMessage';
import { baseOf, entry } from '../matching/smallBase';
import { recordingRecorder } from '../bot/support/recordingRecorder';
import { decision, scored, scriptedAnswerer } from './support/scriptedAnswerer';

/**
 * What the conversation does with each kind of decision: which reply, which buttons (and what they do),
 * what it remembers, what the learning loop records. The decisions are written by the test (no matching),
 * over a small orchard base with two profiles, a "not available" notice, small talk and a person to talk to.
 */
const kb = baseOf([
  entry('apples', ['Que savez-vous des pommes ?'], { title: 'Les pommes', profile: 'verger', profileName: 'Verger bio', theme: 'Fruits', followups: ['seasons'] }),
  entry('pears', ['Que savez-vous des poires ?'], { title: 'Les poires', profile: 'verger', theme: 'Fruits' }),
  entry('carrots', ['Que savez-vous des carottes ?'], { title: 'Les carottes', profile: 'potager', theme: 'Légumes' }),
  entry('market', ['Où vendre au marché ?'], { title: 'Le marché', profile: 'potager', theme: 'Légumes' }),
  entry('seasons', ['Quelle est la saison des fruits ?'], { title: 'Les saisons', theme: 'Fruits' }),
  entry('prices', ['Combien coûtent les fruits ?'], { title: 'Les prix', kind: 'not-available', followups: ['smalltalk-human'] }),
  entry('hello', ['Bonjour'], { kind: 'smalltalk', followups: ['apples'] }),
  entry('smalltalk-human', ['Parler à un conseiller'], { kind: 'smalltalk' }),
]);
const get = (id: string) => kb.byId.get(id)!;

function setUp(script: (question: string, options: AskOptions | undefined) => Decision) {
  const { answerer, calls } = scriptedAnswerer(kb, script);
  const recorded = recordingRecorder();
  const conversation = new Conversation({ answerer: () => answerer, recorder: recorded.recorder });
  return { conversation, calls, recorded };
}
/** Every question gets the same decision. */
const always = (made: (question: string) => Decision) => setUp((question) => made(question));
const message = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({ text, conversationId: 'c-1', channelId: 'webchat', ...extra });
const shown = (outcome: TurnOutcome) => outcome.replies.filter((reply) => reply.kind !== 'decision');

describe('When the answerer is not sure ("did you mean")', () => {
  const typed = 'pomes ? écrivez-moi à jean@example.org';
  const suggest = (question: string) => decision('suggest', question, { suggestions: [scored(kb, 'apples', 0.61234), scored(kb, 'pears', 0.5)] });

  test('the candidates are offered as "choose" buttons, after the typed text', async () => {
    const { conversation } = always(suggest);
    const outcome = await conversation.respond(message(typed), {});
    expect(shown(outcome)).toEqual([{ kind: 'did-you-mean', typed, candidates: [get('apples'), get('pears')] }]);
    expect(outcome.state.offered).toEqual({
      [offeredKey('Que savez-vous des pommes ?')]: { entryId: 'apples', action: 'choose' },
      [offeredKey('Les pommes')]: { entryId: 'apples', action: 'choose' },
      [offeredKey('Que savez-vous des poires ?')]: { entryId: 'pears', action: 'choose' },
      [offeredKey('Les poires')]: { entryId: 'pears', action: 'choose' },
    });
  });

  test('the typed text is kept, redacted, until a candidate is picked; the learning loop gets the question and the candidates’ scores', async () => {
    const { conversation, recorded } = always(suggest);
    const outcome = await conversation.respond(message(typed), {});
    expect(outcome.state.pendingSuggestion).toEqual({ typed: 'pomes ? écrivez-moi à [e-mail]', entryIds: ['apples', 'pears'] });
    expect(recorded.calls).toEqual([
      { kind: 'asked', event: { conversationId: 'c-1', channel: 'webchat', decision: 'suggest' } },
      {
        kind: 'unanswered',
        event: { question: typed, conversationId: 'c-1', decision: 'suggest', candidates: [{ id: 'apples', score: 0.612 }, { id: 'pears', score: 0.5 }] },
      },
    ]);
  });

  test('picking a candidate records what was typed (redacted) with the entry picked, and answers with that question', async () => {
    const { conversation, recorded } = always(suggest);
    const first = await conversation.respond(message(typed), {});
    const second = await conversation.respond(message('', { value: { action: 'choose', entryId: 'pears' } }), first.state);
    expect(recorded.of('suggestionPicked')).toEqual([{ typed: 'pomes ? écrivez-moi à [e-mail]', pickedId: 'pears', conversationId: 'c-1' }]);
    expect(shown(second)).toEqual([{ kind: 'answer', entry: get('pears'), related: [], feedback: true, question: 'pomes ? écrivez-moi à [e-mail]' }]);
    expect(second.state.pendingSuggestion).toBeUndefined();
  });

  test('a follow-up button for a candidate is no choice: nothing is recorded and the suggestion stays pending', async () => {
    const { conversation, recorded } = always(suggest);
    const first = await conversation.respond(message(typed), {});
    const second = await conversation.respond(message('', { value: { action: 'followup', entryId: 'pears' } }), first.state);
    expect(recorded.of('suggestionPicked')).toEqual([]);
    expect(second.state.pendingSuggestion).toEqual(first.state.pendingSuggestion);
    expect(shown(second)).toStrictEqual([{ kind: 'answer', entry: get('pears'), related: [], feedback: true }]);
  });

  test('choosing an entry that was not among the candidates records no choice', async () => {
    const { conversation, recorded } = always(suggest);
    const first = await conversation.respond(message(typed), {});
    await conversation.respond(message('', { value: { action: 'choose', entryId: 'carrots' } }), first.state);
    expect(recorded.of('suggestionPicked')).toEqual([]);
  });
});

describe('When the question fits several jobs ("which job?")', () => {
  const choose = (question: string) =>
    decision('choose-profile', question, { suggestions: [scored(kb, 'apples', 0.7), scored(kb, 'carrots', 0.69), scored(kb, 'seasons', 0.6)] });

  test('each choice is titled by its profile’s name (else its id, else the entry’s title) and leads to its entry', async () => {
    const { conversation } = always(choose);
    const outcome = await conversation.respond(message('Que fait-on en hiver ?'), {});
    const [reply] = shown(outcome);
    expect(reply.kind).toBe('choose-profile');
    const candidates = reply.kind === 'choose-profile' ? reply.candidates : [];
    expect(candidates.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: 'apples', title: 'Verger bio' },
      { id: 'carrots', title: 'potager' },
      { id: 'seasons', title: 'Les saisons' },
    ]);
    expect(outcome.state.offered?.[offeredKey('Verger bio')]).toEqual({ entryId: 'apples', action: 'choose' });
    expect(outcome.state.offered?.[offeredKey('potager')]).toEqual({ entryId: 'carrots', action: 'choose' });
  });

  test('is counted for the staff page but is not an unanswered question', async () => {
    const { conversation, recorded } = always(choose);
    await conversation.respond(message('Que fait-on en hiver ?'), {});
    expect(recorded.calls).toEqual([{ kind: 'asked', event: { conversationId: 'c-1', channel: 'webchat', decision: 'choose-profile' } }]);
  });
});

describe('When the sources do not cover the question ("not available")', () => {
  test('the honest notice is given, answers close to the question offered first, then its follow-ups', async () => {
    const { conversation, recorded } = always((question) =>
      decision('not-available', question, { notice: scored(kb, 'prices', 0.9), suggestions: [scored(kb, 'apples', 0.4)] }),
    );
    const outcome = await conversation.respond(message('Combien coûte une pomme ?'), { topicEntryId: 'seasons' });
    expect(shown(outcome)).toEqual([
      { kind: 'answer', entry: get('prices'), related: [get('apples'), get('smalltalk-human')], feedback: true, question: 'Combien coûte une pomme ?' },
    ]);
    expect(outcome.state.topicEntryId).toBe('seasons');
    expect(recorded.calls).toEqual([
      { kind: 'asked', event: { conversationId: 'c-1', channel: 'webchat', decision: 'not-available', entryId: 'prices' } },
      { kind: 'unanswered', event: { question: 'Combien coûte une pomme ?', conversationId: 'c-1', decision: 'not-available', candidates: [{ id: 'prices', score: 0.9 }] } },
    ]);
  });

  test('without a notice entry, the fallback is given and recorded with no candidate', async () => {
    const { conversation, recorded } = always((question) => decision('not-available', question, { suggestions: [scored(kb, 'apples', 0.4)] }));
    const outcome = await conversation.respond(message('Combien coûte une pomme ?'), {});
    expect(shown(outcome).map((reply) => reply.kind)).toEqual(['fallback']);
    expect(recorded.calls).toEqual([
      { kind: 'asked', event: { conversationId: 'c-1', channel: 'webchat', decision: 'not-available' } },
      { kind: 'unanswered', event: { question: 'Combien coûte une pomme ?', conversationId: 'c-1', decision: 'not-available', candidates: [] } },
    ]);
  });
});

describe('When nothing is relevant (fallback)', () => {
  test('the themes and examples are given, the examples offered as follow-up buttons, the question recorded', async () => {
    const { conversation, recorded } = always((question) => decision('fallback', question));
    const outcome = await conversation.respond(message('xyzzy'), {});
    expect(shown(outcome)).toEqual([{ kind: 'fallback', topics: ['Fruits', 'Légumes'], examples: [get('apples'), get('carrots'), get('pears'), get('market')] }]);
    expect(outcome.state.offered?.[offeredKey('Le marché')]).toEqual({ entryId: 'market', action: 'followup' });
    expect(recorded.calls).toEqual([
      { kind: 'asked', event: { conversationId: 'c-1', channel: 'webchat', decision: 'fallback' } },
      { kind: 'unanswered', event: { question: 'xyzzy', conversationId: 'c-1', decision: 'fallback', candidates: [] } },
    ]);
  });

  test('a message longer than 1,000 characters is asked and recorded cut to its first 1,000', async () => {
    const { conversation, calls, recorded } = always((question) => decision('fallback', question));
    await conversation.respond(message('a'.repeat(1500)), {});
    expect(calls.map(({ question }) => question.length)).toEqual([1000]);
    expect(recorded.of('unanswered')[0].question).toBe('a'.repeat(1000));
  });
});

describe('When the question is answered', () => {
  test('the other question of a two-question message is offered first, then the follow-ups; only the question asked is recorded', async () => {
    const { conversation, recorded } = always((question) => decision('answer', question, { answers: [scored(kb, 'apples', 0.95)], alsoAsked: scored(kb, 'pears', 0.7) }));
    const outcome = await conversation.respond(message('Et les pommes ? Et les poires ?'), {});
    expect(shown(outcome)).toEqual([{ kind: 'answer', entry: get('apples'), related: [get('pears'), get('seasons')], feedback: true, question: 'Et les pommes ? Et les poires ?' }]);
    expect(outcome.state.offered?.[offeredKey('Les poires')]).toEqual({ entryId: 'pears', action: 'followup' });
    expect(outcome.state.topicEntryId).toBe('apples');
    expect(recorded.calls).toEqual([{ kind: 'asked', event: { conversationId: 'c-1', channel: 'webchat', decision: 'answer', entryId: 'apples' } }]);
  });

  test('the channel’s job profile is used when the base knows it, and ignored otherwise', async () => {
    const { conversation, calls } = always((question) => decision('fallback', question));
    await conversation.respond(message('xyzzy', { profile: 'verger' }), {});
    await conversation.respond(message('xyzzy', { profile: 'astronaute' }), {});
    expect(calls.map(({ options }) => options)).toEqual([{ profile: 'verger' }, {}]);
  });

  test('small talk gets no vote and does not change the conversation’s topic', async () => {
    const { conversation } = always((question) => decision('answer', question, { answers: [scored(kb, 'hello', 1)] }));
    const outcome = await conversation.respond(message('Bonjour'), { topicEntryId: 'apples' });
    expect(shown(outcome)).toEqual([{ kind: 'answer', entry: get('hello'), related: [get('apples')], feedback: false, question: 'Bonjour' }]);
    expect(outcome.state.topicEntryId).toBe('apples');
  });

  test('"talk to an advisor" answers with the hand-off instead of the entry', async () => {
    const { conversation } = always((question) => decision('answer', question, { answers: [scored(kb, 'smalltalk-human', 1)] }));
    const outcome = await conversation.respond(message('un humain'), { topicEntryId: 'apples' });
    expect(shown(outcome).map((reply) => reply.kind)).toEqual(['handoff']);
    const [handoff] = shown(outcome);
    expect(handoff.kind === 'handoff' && handoff.request).toEqual({ skill: 'faq-support', reason: 'user-request', lastTopic: 'apples' });
  });
});

describe('What the conversation remembers for votes', () => {
  const byQuestion: Record<string, string> = { q1: 'apples', q2: 'pears', q3: 'carrots', q4: 'market', q5: 'seasons', q6: 'hello' };
  const answering = () => always((question) => decision('answer', question, { answers: [scored(kb, byQuestion[question] ?? 'apples', 0.95)] }));
  async function talk(conversation: Conversation, ...texts: string[]): Promise<ConversationState> {
    let state: ConversationState = {};
    for (const text of texts) state = (await conversation.respond(message(text), state)).state;
    return state;
  }

  test('an entry answered again keeps only its latest question, moved to the end', async () => {
    const state = await talk(answering().conversation, 'q1', 'q2', 'Que savez-vous des pommes, encore ?');
    expect(state.recentAnswers).toEqual([
      { entryId: 'pears', question: 'q2' },
      { entryId: 'apples', question: 'Que savez-vous des pommes, encore ?' },
    ]);
  });

  test('the last five answered questions are kept', async () => {
    const state = await talk(answering().conversation, 'q1', 'q2', 'q3', 'q4', 'q5', 'q6');
    expect(state.recentAnswers?.map((answer) => answer.question)).toEqual(['q2', 'q3', 'q4', 'q5', 'q6']);
  });

  test('an answer reached by a button carries no question and leaves the remembered questions alone', async () => {
    const { conversation } = answering();
    const first = await conversation.respond(message('q1'), {});
    const second = await conversation.respond(message('', { value: { action: 'followup', entryId: 'seasons' } }), first.state);
    expect(shown(second)).toStrictEqual([{ kind: 'answer', entry: get('seasons'), related: [], feedback: true }]);
    expect(second.state.recentAnswers).toEqual([{ entryId: 'apples', question: 'q1' }]);
    expect(second.state.shownAnswers).toEqual(['apples', 'seasons']);
  });
});
