import { MemoryStorage, type Activity } from 'botbuilder';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { chat, fixtureAnswerer, messagesOf } from '../bot/support/conversation';
import { recordingRecorder } from '../bot/support/recordingRecorder';
import { channelThread, personalChat, teamsChat, invokeResponseOf } from './support/teamsChat';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});

const feedbackInvoke = (reaction: string, feedback = '{"feedbackText":""}') => ({ actionName: 'feedback', actionValue: { reaction, feedback } });

/** The answer message of a turn and its id as Teams would know it. */
function answerOf(replies: Array<Partial<Activity>>): Partial<Activity> & { id: string } {
  const answer = messagesOf(replies).find((reply) => reply.attachments?.length);
  if (!answer?.id) throw new Error('no answer card with an id');
  return answer as Partial<Activity> & { id: string };
}

describe('When the bot answers in Teams', () => {
  test("the answer asks for Teams' own 👍/👎 (channelData.feedbackLoopEnabled)", async () => {
    const answer = answerOf(await teamsChat(answerer).personal('Que savez-vous des pommes ?'));
    expect(answer.channelData).toMatchObject({ feedbackLoopEnabled: true });
  });

  test('a greeting gets no feedback buttons (a vote on small talk means nothing)', async () => {
    const replies = messagesOf(await teamsChat(answerer).personal('bonjour'));
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply.channelData?.feedbackLoopEnabled).toBeUndefined();
  });

  test('other channels get the same answer card without it', async () => {
    const replies = messagesOf(await chat(answerer, { channelId: 'webchat' }).say('Que savez-vous des pommes ?'));
    const answer = answerOf(replies);
    expect(JSON.stringify(answer.attachments)).toContain('feedback');
    for (const reply of replies) expect(reply.channelData?.feedbackLoopEnabled).toBeUndefined();
  });
});

describe("When someone presses Teams' 👍 or 👎 under an answer", () => {
  test('👍 is recorded like a card vote: the entry, "up", the question typed and the conversation; Teams gets 200 and no body', async () => {
    const { recorder, of } = recordingRecorder();
    const teams = teamsChat(answerer, { recorder });
    const answer = answerOf(await teams.personal('Que savez-vous des pommes ?'));

    const replies = await teams.invoke(personalChat, 'message/submitAction', feedbackInvoke('like'), { replyToId: answer.id });

    expect(invokeResponseOf(replies)).toEqual({ status: 200 });
    expect(messagesOf(replies)).toEqual([]);
    expect(of('feedback')).toEqual([{ entryId: 'apple', vote: 'up', question: 'Que savez-vous des pommes ?', conversationId: personalChat.id }]);
  });

  test('👎 with a comment in the form is recorded as "down" (the comment itself is not kept)', async () => {
    const { recorder, of } = recordingRecorder();
    const teams = teamsChat(answerer, { recorder });
    const answer = answerOf(await teams.personal('parle-moi des poires'));

    await teams.invoke(personalChat, 'message/submitAction', feedbackInvoke('dislike', '{"feedbackText":"trop court"}'), { replyToId: answer.id });

    expect(of('feedback')).toEqual([{ entryId: 'pear', vote: 'down', question: 'parle-moi des poires', conversationId: personalChat.id }]);
  });

  test('a vote on an earlier answer names that answer, not the last one', async () => {
    const { recorder, of } = recordingRecorder();
    const teams = teamsChat(answerer, { recorder });
    const first = answerOf(await teams.personal('Que savez-vous des pommes ?'));
    await teams.personal('parle-moi des poires');

    await teams.invoke(personalChat, 'message/submitAction', feedbackInvoke('like'), { replyToId: first.id });

    expect(of('feedback').map((event) => event.entryId)).toEqual(['apple']);
  });

  test('in a channel thread too, and after the bot restarted on the same store', async () => {
    const storage = new MemoryStorage();
    const answer = answerOf(await teamsChat(answerer, { storage }).inGroup(channelThread, 'les pommes'));

    const { recorder, of } = recordingRecorder();
    const restarted = teamsChat(answerer, { storage, recorder });
    await restarted.invoke(channelThread, 'message/submitAction', feedbackInvoke('like'), { replyToId: answer.id });

    expect(of('feedback')).toEqual([{ entryId: 'apple', vote: 'up', question: 'les pommes', conversationId: channelThread.id }]);
  });

  test('a vote on a message that is not a known answer is acknowledged and not recorded', async () => {
    const { recorder, calls } = recordingRecorder();
    const replies = await teamsChat(answerer, { recorder }).invoke(personalChat, 'message/submitAction', feedbackInvoke('like'), {
      replyToId: 'some-old-message',
    });
    expect(invokeResponseOf(replies)).toEqual({ status: 200 });
    expect(calls).toEqual([]);
  });

  test('a malformed feedback invoke is refused with 400', async () => {
    const replies = await teamsChat(answerer).invoke(personalChat, 'message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'love' } });
    expect(invokeResponseOf(replies).status).toBe(400);
  });
});

describe('When a client sends the feedback without naming the message (the Agents Playground does)', () => {
  test('the vote goes to the latest answer of the conversation', async () => {
    const { recorder, of } = recordingRecorder();
    const teams = teamsChat(answerer, { recorder });
    await teams.personal('Que savez-vous des pommes ?');
    await teams.personal('parle-moi des poires');

    const replies = await teams.invoke(personalChat, 'message/submitAction', feedbackInvoke('dislike', ''));

    expect(invokeResponseOf(replies)).toEqual({ status: 200 });
    expect(of('feedback')).toEqual([{ entryId: 'pear', vote: 'down', question: 'parle-moi des poires', conversationId: personalChat.id }]);
  });
});
