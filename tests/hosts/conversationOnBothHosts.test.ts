import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/channels/activity';
import { FaqActivityBot } from '../../src/channels/activityBot';
import type { DecisionTrace } from '../../src/conversation/decisionTrace';
import { createServer } from '../../src/server/createServer';
import { fixedKnowledgeRuntime } from '../../src/answering/knowledgeRuntime';
import { recordingRecorder } from '../bot/support/recordingRecorder';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { realKnowledgeBase } from '../helpers/knowledge';
import { silentLogger } from '../helpers/logs';
import { EmulatorConversation } from './emulatorActivities';
import { hostCases } from './hostCases';
import { anonymous } from './hostHarness';

/**
 * One conversation suite, run against each host (BOT_SDK=botbuilder and BOT_SDK=agents) through the real
 * server over HTTP on 127.0.0.1: replies posted to an Emulator-shaped connector, `expectReplies`, and
 * Teams activities. The bot is the real one over the real knowledge base.
 */
describe.each(hostCases)('With the %s host', (sdk, factory) => {
  let connector: ConnectorServer;
  let server: Server;
  let url: string;
  const recorded = recordingRecorder();

  beforeAll(async () => {
    connector = await startConnectorServer();
    const knowledge = fixedKnowledgeRuntime(await realKnowledgeBase());
    const bot = new FaqActivityBot({ answerer: () => knowledge.answerer(), recorder: recorded.recorder, handoff: { email: 'conseil@example.org' } });
    server = createServer({
      host: factory(anonymous, bot, silentLogger),
      bot,
      knowledge,
      logger: silentLogger,
      endpoints: { loopbackOnly: true, turnTimeoutMs: 15_000, askRequestsPerMinute: 10_000, trustProxy: false },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.server.closeAllConnections();
    });
    await connector?.close();
  });

  async function post(activity: Activity): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  /** Posts an activity and returns what the bot posted to the connector for it. */
  async function turn(activity: Activity, count: number): Promise<Array<Partial<Activity>>> {
    connector.posted.length = 0;
    expect((await post(activity)).status).toBe(200);
    return (await connector.waitFor(count)).map((posted) => posted.activity as Partial<Activity>);
  }

  const cardOf = (activity: Partial<Activity> | undefined) => activity?.attachments?.[0]?.content as { body: unknown[]; fallbackText: string } | undefined;
  const voteData = (entryId: string, vote: 'up' | 'down') => ({ action: 'feedback', entryId, vote });

  test('/healthz says which host runs', async () => {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { host?: string };
    expect(health.host).toBe(sdk);
  });

  test('a visitor who joins is greeted with the topics and examples', async () => {
    const conversation = new EmulatorConversation(connector.url, 'webchat');
    const join: Activity = { ...conversation.message(''), type: 'conversationUpdate', membersAdded: [conversation.user, conversation.bot] };
    delete join.text;
    const [welcome] = await turn(join, 1);
    expect(welcome.text).toMatch(/^Bonjour/);
    expect(welcome.suggestedActions?.actions.length).toBeGreaterThan(1);
  });

  test('in the Emulator, a question gets its decision trace and the answer card, replying to the question', async () => {
    const conversation = new EmulatorConversation(connector.url);
    const question = conversation.message('Quelles sont les missions d’un développeur back end ?');
    const [trace, answer] = await turn(question, 2);
    expect(trace).toMatchObject({ type: 'trace', name: 'FaqDecision' });
    expect((trace.value as DecisionTrace).answers[0].id).toBe('back-end-missions');
    expect(answer).toMatchObject({ type: 'message', replyToId: question.id, from: { id: conversation.bot.id }, recipient: { id: conversation.user.id } });
    expect(cardOf(answer)?.fallbackText).toMatch(/mission/i);
  });

  test('the conversation keeps its context between requests: "et en portage ?" after the job', async () => {
    const conversation = new EmulatorConversation(connector.url);
    await turn(conversation.message('Quelles sont les missions d’un développeur back end ?'), 2);
    const [trace] = await turn(conversation.message('et en portage ?'), 2);
    expect(trace.value).toMatchObject({ via: 'context', context: 'developpeur back end' });
    expect((trace.value as DecisionTrace).answers[0].id).toBe('back-end-why-portage');
  });

  test('with expectReplies, the replies come back in the response (no trace outside the Emulator) and nothing is posted', async () => {
    const conversation = new EmulatorConversation(connector.url, 'webchat');
    connector.posted.length = 0;
    const response = await post(conversation.message('Combien gagne un développeur back end ?', { deliveryMode: 'expectReplies' }));
    const activities = (response.body as { activities: Array<Partial<Activity>> }).activities;
    expect(response.status).toBe(200);
    expect(activities.map((activity) => activity.type)).toEqual(['message']);
    expect(cardOf(activities[0])?.fallbackText).toMatch(/salaire|rémunération|€/i);
    expect(connector.posted).toEqual([]);
  });

  test('a card button leads to the entry by id, and a vote on it is thanked and recorded once', async () => {
    const conversation = new EmulatorConversation(connector.url, 'webchat');
    const [answer] = await turn(conversation.message('', { value: { action: 'followup', entryId: 'back-end-soft-skills' } }), 1);
    expect(JSON.stringify(cardOf(answer)?.body)).toContain('"entryId":"back-end-soft-skills","vote":"up"');
    const [thanks] = await turn(conversation.message('', { value: voteData('back-end-soft-skills', 'up') }), 1);
    expect(thanks.text).toMatch(/Merci/);
    expect(recorded.of('feedback').filter((vote) => vote.conversationId === conversation.conversation.id)).toEqual([
      expect.objectContaining({ entryId: 'back-end-soft-skills', vote: 'up' }),
    ]);
  });

  test('asking for a person gives the contact and sends handoff.initiate with the transcript', async () => {
    const conversation = new EmulatorConversation(connector.url, 'webchat');
    const [contact, event] = await turn(conversation.message('Je voudrais parler à un conseiller'), 2);
    expect(contact.text).toContain('conseil@example.org');
    expect(event).toMatchObject({ type: 'event', name: 'handoff.initiate', value: { skill: 'faq-support', reason: 'user-request' } });
    const transcript = event.attachments?.[0]?.content as { activities: Array<{ text: string }> };
    // The deployment's own contact stays readable for the advisor (a visitor's e-mail would be redacted).
    expect(transcript.activities.map((line) => line.text)).toEqual(['Je voudrais parler à un conseiller', contact.text]);
  });

  describe('in Teams', () => {
    const teams = () => {
      const conversation = new EmulatorConversation(connector.url, 'msteams');
      Object.assign(conversation.conversation, { conversationType: 'personal', tenantId: 'tenant-1' });
      return conversation;
    };

    test('an answer carries Teams’ own feedback, and Teams’ 👍 on that message is recorded against its entry', async () => {
      const conversation = teams();
      // Teams gets no trace: the answer is the only activity.
      const [answer] = await turn(conversation.message('Quelles qualités humaines pour être développeur back end ?'), 1);
      expect(answer.channelData).toMatchObject({ feedbackLoopEnabled: true });
      const before = recorded.of('feedback').length;
      const response = await post(conversation.invoke('message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'like' } }));
      expect(response.status).toBe(200);
      expect(recorded.of('feedback').slice(before)).toEqual([expect.objectContaining({ entryId: 'back-end-soft-skills', vote: 'up' })]);
    });

    test('the welcome’s examples come as card buttons', async () => {
      const conversation = teams();
      const join: Activity = { ...conversation.message(''), type: 'conversationUpdate', membersAdded: [conversation.user] };
      delete join.text;
      const [welcome] = await turn(join, 1);
      expect(welcome.suggestedActions).toBeUndefined();
      expect(JSON.stringify(cardOf(welcome)?.body)).toContain('Action.Submit');
    });

    test('the message extension’s search answers with result cards', async () => {
      const conversation = teams();
      const response = await post(conversation.invoke('composeExtension/query', { commandId: 'searchFaq', parameters: [{ name: 'question', value: 'salaire' }] }));
      expect(response.status).toBe(200);
      const result = (response.body as { composeExtension: { type: string; attachments: Array<{ preview: { content: { title: string } } }> } }).composeExtension;
      expect(result.type).toBe('result');
      expect(result.attachments.length).toBeGreaterThan(0);
    });

    test('an invoke the bot does not handle gets 400', async () => {
      const response = await post(teams().invoke('adaptiveCard/action', 'not an object'));
      expect(response.status).toBe(400);
    });
  });
});
