import type { Activity, Transcript } from 'botbuilder';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { handoffSkill } from '../../src/conversation/handoff';
import { messages } from '../../src/conversation/messages';
import { maxTranscriptLines } from '../../src/conversation/transcript';
import { captureLogs } from '../helpers/logs';
import { buttonFor, cardReplyOf, chat, fixtureAnswerer, messagesOf, type Reply } from './support/conversation';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});

const contact = { url: 'https://example.org/contact', email: 'conseil@example.org', phone: '+33 1 23 45 67 89' };
const handoffEventOf = (replies: Reply[]) => replies.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
const transcriptOf = (event: Reply | undefined) => event?.attachments?.find((a) => a.name === 'Transcript')?.content as Transcript | undefined;

describe('When the user asks to talk to an advisor and a contact is configured', () => {
  test('the bot gives the configured address, e-mail and phone, then sends the handoff.initiate event', async () => {
    const replies = await chat(answerer, { handoff: contact }).say('Je voudrais parler à un conseiller');

    const [message] = messagesOf(replies);
    expect(message.text).toContain('[https://example.org/contact](https://example.org/contact)');
    expect(message.text).toContain('[conseil@example.org](mailto:conseil@example.org)');
    expect(message.text).toContain('+33 1 23 45 67 89');

    const event = handoffEventOf(replies);
    expect(event?.type).toBe('event');
    expect(event?.value).toEqual({ skill: handoffSkill, reason: 'user-request' });
    expect(replies.indexOf(event!)).toBeGreaterThan(replies.indexOf(message));
  });

  test('only what is configured is given (an e-mail alone stays alone)', async () => {
    const [message] = messagesOf(await chat(answerer, { handoff: { email: 'conseil@example.org' } }).say('je veux parler à un humain'));
    expect(message.text).toBe(messages.handoffWithContact([messages.handoffEmail('conseil@example.org')]));
  });
});

describe('When the user asks for a person and no contact is configured', () => {
  test('the bot says so honestly, invents no address, and still sends the hand-off event for a hub', async () => {
    const replies = await chat(answerer).say('Je voudrais parler à un conseiller');

    const [message] = messagesOf(replies);
    expect(message.text).toBe(messages.handoffNoContact);
    expect(message.text).not.toMatch(/@|https?:|\+?\d[\d .]{5,}/);
    expect(handoffEventOf(replies)).toBeDefined();
  });
});

describe('When the hand-off event is sent', () => {
  test('it carries the conversation so far as a transcript, with who said what, and the last topic', async () => {
    const conversation = chat(answerer, { handoff: contact });
    await conversation.say('Que savez-vous des pommes ?');
    const replies = await conversation.say('Je voudrais parler à un conseiller');

    const event = handoffEventOf(replies);
    expect(event?.value).toEqual({ skill: handoffSkill, reason: 'user-request', lastTopic: 'apple' });
    expect(event?.conversation?.id).toBe('Convo1');
    const activities = transcriptOf(event)!.activities as Activity[];
    expect(activities.map((a) => [a.from.role, a.text.split('\n')[0]])).toEqual([
      ['user', 'Que savez-vous des pommes ?'],
      ['bot', 'La **pomme** est le fruit du pommier.'],
      ['user', 'Je voudrais parler à un conseiller'],
      ['bot', messages.handoffWithContact([]).split('\n')[0]],
    ]);
    // Sent like any reply (from the bot to the user); the transcript's lines go between that user and the bot.
    expect(activities[0].from.id).toBe(event?.recipient?.id);
    expect(activities[0].recipient.id).toBe(event?.from?.id);
    expect(activities[1].from.id).toBe(event?.from?.id);
  });

  test('the visitor is named "Visiteur", never by the display name their client sent (markup included)', async () => {
    const conversation = chat(answerer);
    const from = { id: 'u_visitor', name: '<img src=x onerror=alert(1)> Service client officiel', role: 'user' };
    await conversation.send({ type: 'message', text: 'Que savez-vous des pommes ?', from });
    const event = handoffEventOf(await conversation.send({ type: 'message', text: 'Je voudrais parler à un conseiller', from }));

    const activities = transcriptOf(event)!.activities as Activity[];
    expect(activities[0].from).toEqual({ id: 'u_visitor', name: messages.visitorLabel, role: 'user' });
    expect(activities[1].recipient).toEqual({ id: 'u_visitor', name: messages.visitorLabel, role: 'user' });
    expect(JSON.stringify(event?.attachments)).not.toContain('onerror');
    expect(JSON.stringify(event?.relatesTo)).not.toContain('onerror');
  });

  test('the transcript keeps only the last lines of a long conversation', async () => {
    const conversation = chat(answerer);
    for (let i = 0; i < maxTranscriptLines; i++) await conversation.say(i % 2 ? 'les pommes' : 'les poires');
    const activities = transcriptOf(handoffEventOf(await conversation.say('joindre un conseiller')))!.activities;
    expect(activities).toHaveLength(maxTranscriptLines);
    expect(activities.at(-2)?.text).toBe('joindre un conseiller');
  });
});

describe('When the user reaches the advisor through a button', () => {
  test('the "Parler à un conseiller" follow-up of a "not available" answer hands off the same way', async () => {
    const conversation = chat(answerer, { handoff: contact });
    const card = cardReplyOf(await conversation.say('quel est le prix des carottes ?'));

    const replies = await conversation.click(buttonFor(card, 'followup', 'smalltalk-human'));

    expect(messagesOf(replies)[0].text).toContain('conseil@example.org');
    const activities = transcriptOf(handoffEventOf(replies))!.activities;
    expect(activities.map((a) => a.text)).toContain('Parler à un conseiller');
  });
});

describe('When the channel refuses event activities', () => {
  test('the person still gets the contact without an error message, and the refusal is logged', async () => {
    const logs = captureLogs();
    const conversation = chat(answerer, { handoff: contact, logger: logs.logger });
    conversation.adapter.use(async (context, next) => {
      context.onSendActivities(async (_context, activities, send) => {
        if (activities.some((activity) => activity.type === 'event')) throw new Error('BadArgument: unknown activity type');
        return send();
      });
      await next();
    });

    const replies = await conversation.say('Je voudrais parler à un conseiller');

    expect(messagesOf(replies).map((m) => m.text)).toEqual([messages.handoffWithContact([
      messages.handoffUrl(contact.url),
      messages.handoffEmail(contact.email),
      messages.handoffPhone(contact.phone),
    ])]);
    expect(logs.text()).toContain('The channel refused the hand-off event');
  });
});
