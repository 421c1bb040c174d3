import { createServer, type AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import type { Page } from 'playwright-core';
import { FaqActivityBot } from '../../src/channels/activityBot';
import type { BotSdk } from '../../src/server/botHost';
import { decisionTraceName, type DecisionTrace } from '../../src/conversation/decisionTrace';
import { startPlayground, playgroundLogTail, type RunningPlayground } from '../../src/teamsApp/playgroundProcess';
import { recordingRecorder } from '../bot/support/recordingRecorder';
import { startBotServer, type RunningBot } from '../helpers/botServer';

/** A free TCP port on this machine (the Playground wants a port number up front). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What the bot saw and decided, turn by turn, to check from the test what the page cannot show. */
export interface BotObservations {
  incoming: Array<Partial<Activity>>;
  decisions: DecisionTrace[];
  /** Ids of the incoming activities whose turn has ended. */
  done: Set<string>;
}

export interface PlaygroundSession {
  bot: RunningBot;
  playground: RunningPlayground;
  url: string;
  seen: BotObservations;
  recorded: ReturnType<typeof recordingRecorder>;
  stop(): Promise<void>;
}

/**
 * The real server (CloudAdapter, FaqBot over the real knowledge base) on 127.0.0.1, and the Agents
 * Playground in Teams mode pointing at it, started the way `npm run playground` starts it.
 */
export async function startPlaygroundSession(sdk: BotSdk = 'botbuilder'): Promise<PlaygroundSession> {
  const seen: BotObservations = { incoming: [], decisions: [], done: new Set() };
  const recorded = recordingRecorder();
  const bot = await startBotServer({
    sdk,
    activityBot: (knowledge) => {
      const faqBot = new FaqActivityBot({ answerer: () => knowledge.answerer(), recorder: recorded.recorder });
      return {
        async run(turn) {
          seen.incoming.push({ ...turn.activity } as unknown as Activity);
          const result = await faqBot.run({
            activity: turn.activity,
            send: (activities) => {
              for (const activity of activities) {
                if (activity.type === 'trace' && activity.name === decisionTraceName) seen.decisions.push(activity.value as DecisionTrace);
              }
              return turn.send(activities);
            },
          });
          seen.done.add(turn.activity.id ?? '');
          return result;
        },
      };
    },
  });
  const playground = startPlayground({ endpoint: `${bot.url}/api/messages`, port: await freePort(), openBrowser: false });
  const url = await playground.url;
  return {
    bot,
    playground,
    url,
    seen,
    recorded,
    async stop() {
      if (playground.process.exitCode === null) {
        const exited = new Promise((resolve) => playground.process.once('exit', resolve));
        playground.process.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (playground.process.exitCode === null) playground.process.kill('SIGKILL');
      }
      await bot.close();
    },
  };
}

/** Why the Playground is not there any more, for a failing test's message. */
export function playgroundDiagnostics(session: PlaygroundSession): string {
  return `Playground exit code: ${session.playground.process.exitCode}; its log:\n${playgroundLogTail(session.playground)}`;
}

/** The Playground's compose box (a rich-text editor, not an <input>). */
export function composeBox(page: Page) {
  return page.locator('[data-lexical-editor="true"]').first();
}
