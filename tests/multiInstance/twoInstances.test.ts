import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { askInContext, topicOf } from '../../src/conversation/contextualAsk';
import { messages } from '../../src/conversation/messages';
import type { KnowledgeEntry } from '../../src/knowledge/types';
import { createLearningStore } from '../../src/learning/createLearningStore';
import type { LearningEvent } from '../../src/learning/types';
import type { Health } from '../../src/server/healthRoute';
import type { ChannelActivity } from '../../src/server/directLine/types';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startBotProcess, type BotProcess } from '../helpers/botProcess';
import { runDataCli } from '../helpers/dataCli';
import { realAnswerer } from '../helpers/knowledge';
import { noRedisReason, skipRedisTests, startRedisServer, type RedisServer } from '../helpers/redisServer';
import { cardOf, cardText, directLineClient, webChatMessage } from '../directline/directLineClient';
import { answerStart, plain } from '../directline/knownAnswer';

/**
 * Issue 13's bar: two bot processes (as `npm start` runs them, through tsx) on two ports of 127.0.0.1,
 * sharing one Azurite (conversation state, learning records) and one Redis (the built-in Direct Line).
 * A website visitor's calls alternate between them; then one dies and the other carries on; then Redis
 * and Blob storage go away for a few seconds each.
 */

let azurite: Azurite;
let redis: RedisServer;
let folder: string;
let container: string;
const bots: BotProcess[] = [];
const salt = 'two-instances-share-this-salt';

beforeAll(async () => {
  if (skipRedisTests) return;
  [azurite, redis, folder] = await Promise.all([startAzurite(), startRedisServer(), mkdtemp(path.join(tmpdir(), 'faq-bot-multi-'))]);
  container = azurite.freshContainer();
}, 60_000);

afterAll(async () => {
  for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await Promise.all([azurite?.dispose(), redis?.stop()]);
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** One instance: its own DATA_DIR and SECRETS_DIR, the shared stores, the same LEARNING_SALT. */
async function startInstance(name: string): Promise<{ bot: BotProcess; url: string }> {
  const bot = startBotProcess({
    STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_CONTAINER: container,
    REDIS_URL: redis.url,
    LEARNING_SALT: salt,
    DATA_DIR: path.join(folder, name, 'data'),
    SECRETS_DIR: path.join(folder, name, 'secrets'),
    DIRECT_LINE_POLLS_PER_MINUTE: '10000',
  });
  bots.push(bot);
  const port = await bot.listening(120_000);
  return { bot, url: `http://127.0.0.1:${port}` };
}

const botMessages = (activities: ChannelActivity[]) => activities.filter((a) => a.type === 'message' && a.from?.role === 'bot');
const cardPlainText = (activity: ChannelActivity | undefined) => plain(cardText(cardOf(activity)));

async function records(): Promise<LearningEvent[]> {
  const store = createLearningStore({ kind: 'blob', dataDir: folder, stateIdleDays: 30, connectionString: azurite.connectionString, container });
  return store.list(new Date(0));
}

async function health(url: string): Promise<Health> {
  return (await (await fetch(`${url}/healthz`)).json()) as Health;
}

/** The first answer the real base gives to a question, alone or after a topic. */
async function expectedAnswers(): Promise<{ first: KnowledgeEntry; followUp: KnowledgeEntry; alone?: KnowledgeEntry }> {
  const answerer = await realAnswerer();
  const first = answerer.ask('Que fait un développeur back end ?');
  if (first.kind !== 'answer') throw new Error('the first question is not answered');
  const inContext = askInContext(answerer, 'et en portage ?', topicOf(first.answers[0].entry)).decision;
  if (inContext.kind !== 'answer') throw new Error('the follow-up is not answered in context');
  const alone = answerer.ask('et en portage ?');
  return { first: first.answers[0].entry, followUp: inContext.answers[0].entry, alone: alone.kind === 'answer' ? alone.answers[0]?.entry : undefined };
}

describe.skipIf(skipRedisTests)(`Two instances behind a load balancer${skipRedisTests ? ` (skipped: ${noRedisReason})` : ''}`, () => {
  test(
    'a visitor whose posts and polls alternate between them keeps the conversation, its context, its votes and its records, even when one dies',
    async () => {
      const expected = await expectedAnswers();
      // The follow-up means something only if its context changes the answer.
      expect(expected.followUp.id).not.toBe(expected.alone?.id);
      const [a, b] = await Promise.all([startInstance('a'), startInstance('b')]);
      const onA = directLineClient(a.url);
      const onB = directLineClient(b.url);
      const [healthA, healthB] = await Promise.all([health(a.url), health(b.url)]);
      for (const current of [healthA, healthB]) {
        expect(current.status).toBe('ok');
        expect(current.storage).toMatchObject({ kind: 'blob', status: 'ok' });
        expect(current.directLine).toMatchObject({ kind: 'redis', status: 'ok' });
      }

      // The token comes from A, the conversation starts on B, the greeting is read on A, once.
      const issued = await onA.issueToken();
      expect(issued.status).toBe(200);
      const { token, conversationId } = issued.body;
      expect((await onB.start(token)).status).toBe(201);
      expect((await onA.start(token)).status).toBe(201);
      const greeting = await onA.poll(token, conversationId);
      expect(botMessages(greeting.body.activities)).toHaveLength(1);
      let watermark = greeting.body.watermark;

      /** Posts on one instance, reads the bot's replies on the other. */
      const turn = async (postTo: typeof onA, pollFrom: typeof onA, activity: ChannelActivity) => {
        const posted = await postTo.post(token, conversationId, activity);
        expect(posted.status).toBe(200);
        const polled = await pollFrom.poll(token, conversationId, watermark);
        expect(polled.status).toBe(200);
        expect(Number(polled.body.watermark)).toBeGreaterThan(Number(watermark));
        watermark = polled.body.watermark;
        const echo = polled.body.activities.find((activity) => activity.id === posted.body.id);
        expect(echo?.from?.role).toBe('user');
        return botMessages(polled.body.activities);
      };

      const first = await turn(onA, onB, webChatMessage('Que fait un développeur back end ?'));
      expect(cardPlainText(first[0])).toContain(answerStart(expected.first));
      // The context saved by A's turn (in Blob) is read by B's turn.
      const followUp = await turn(onB, onA, webChatMessage('et en portage ?'));
      expect(cardPlainText(followUp[0])).toContain(answerStart(expected.followUp));
      const vote = { ...webChatMessage(''), text: undefined, value: { action: 'feedback', entryId: expected.followUp.id, vote: 'up' } } as ChannelActivity;
      expect((await turn(onA, onB, vote)).map((activity) => activity.text)).toContain(messages.feedbackThanks('up'));

      // A dies without warning; the visitor's next calls land on B, with the same token.
      a.bot.child.kill('SIGKILL');
      await a.bot.exited;
      // B thanks a vote on the first answer only because the conversation state (written by A) says it was shown.
      const lateVote = { ...vote, value: { action: 'feedback', entryId: expected.first.id, vote: 'down' } } as ChannelActivity;
      expect((await turn(onB, onB, lateVote)).map((activity) => activity.text)).toContain(messages.feedbackThanks('down'));
      const again = await turn(onB, onB, webChatMessage('et en portage ?'));
      expect(cardPlainText(again[0])).toContain(answerStart(expected.followUp));
      // Everything the visitor saw is still there from the start, on the survivor.
      const all = await onB.poll(token, conversationId);
      expect(botMessages(all.body.activities).length).toBe(6);

      const votes = (await records()).filter((event) => event.type === 'feedback');
      expect(votes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ entryId: expected.followUp.id, vote: 'up' }),
          expect.objectContaining({ entryId: expected.first.id, vote: 'down' }),
        ]),
      );
      // One salt, one conversation: records written by both instances are grouped together.
      expect(new Set(votes.map((event) => event.conversation)).size).toBe(1);

      // Redis goes away for 3 s: a post fails cleanly (503, Retry-After) or waits; then everything works again.
      redis.pause();
      const during = await onB.post(token, conversationId, webChatMessage('Quelles sont les missions d’un développeur back end ?'));
      expect([200, 503]).toContain(during.status);
      if (during.status === 503) expect(during.headers.get('retry-after')).toBe('2');
      expect((await health(b.url)).directLine).toMatchObject({ kind: 'redis', status: 'degraded' });
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      redis.resume();
      await expect.poll(async () => (await health(b.url)).directLine?.status, { timeout: 15_000, interval: 250 }).toBe('ok');
      const afterRedis = await turn(onB, onB, webChatMessage('Que fait un développeur back end ?'));
      expect(cardPlainText(afterRedis[0])).toContain(answerStart(expected.first));

      // Blob storage goes away: the bot still answers (without saved state), and the vote given meanwhile is
      // written once Azurite is back (here: when B stops, as on a deployment's SIGTERM).
      await azurite.stop();
      const outageVote = { ...vote, value: { action: 'feedback', entryId: expected.first.id, vote: 'up' } } as ChannelActivity;
      const posted = await onB.post(token, conversationId, outageVote);
      expect(posted.status).toBe(200);
      expect((await health(b.url)).storage).toMatchObject({ kind: 'blob', status: 'degraded' });
      await azurite.restart();
      b.bot.child.kill('SIGTERM');
      expect(await b.bot.exited).toBe(0);
      const afterOutage = (await records()).filter((event) => event.type === 'feedback');
      expect(afterOutage).toContainEqual(expect.objectContaining({ entryId: expected.first.id, vote: 'up' }));

      // Support staff read every instance's records with kb:review, from the same container.
      const review = await runDataCli('src/cli/kbReview.ts', ['--json'], {
        STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: container,
        KNOWLEDGE_DIR: 'knowledge',
      });
      expect(review.code).toBe(0);
      expect((JSON.parse(review.stdout) as { records: number }).records).toBe((await records()).length);
    },
    240_000,
  );
});
