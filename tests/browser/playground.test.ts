import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAnswerer } from '../../src/answering/answerer';
import { answerSnippet } from '../../src/channels/teams/searchCards';
import { searchCommandId, searchParameterName } from '../../src/channels/teams/messageExtension';
import { teamsAppName, teamsMessages } from '../../src/channels/teams/teamsMessages';
import type { KnowledgeEntry } from '../../src/knowledge/types';
import { browserSkipReason, launchChromium, screenshotPath, waitUntil } from '../helpers/browser';
import { realKnowledgeBase } from '../helpers/knowledge';
import { hostCases } from '../hosts/hostCases';
import { composeBox, playgroundDiagnostics, startPlaygroundSession, type PlaygroundSession } from './playgroundHarness';

const skip = browserSkipReason();
if (skip) console.warn(skip);

/** The entry the real knowledge base answers a question with, and the first words of its answer as a page shows them. */
async function expectedAnswer(question: string): Promise<{ entry: KnowledgeEntry; firstWords: string }> {
  const decision = createAnswerer(await realKnowledgeBase()).ask(question);
  expect(decision.kind, `the real base answers "${question}"`).toBe('answer');
  const entry = decision.answers[0].entry;
  return { entry, firstWords: answerSnippet(entry.answer).split(' ').slice(0, 6).join(' ') };
}

describe.skipIf(Boolean(skip)).each(hostCases)('When support staff try the bot in the Agents Playground (Teams mode), on the %s host', (sdk) => {
  let session: PlaygroundSession;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    session = await startPlaygroundSession(sdk);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(session.url);
    // The personal chat opens first, and the bot greets the person.
    await page.getByText('Bonjour', { exact: false }).first().waitFor({ timeout: 60_000 });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await session?.stop();
  });

  test('a question typed in the personal chat is answered with its answer card, and Teams 👍 is recorded', async () => {
    const question = 'Quelles études pour devenir développeur back end ?';
    const { entry, firstWords } = await expectedAnswer(question);

    await composeBox(page).click();
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');
    await page.getByText(firstWords).first().waitFor({ timeout: 45_000 }).catch((error: Error) => {
      throw new Error(`${error.message}\n${playgroundDiagnostics(session)}`);
    });
    await page.screenshot({ path: screenshotPath('playground-personal-chat') });
    expect(session.seen.decisions.at(-1)).toMatchObject({ kind: 'answer', question, answers: [{ id: entry.id }] });

    // Teams' own thumbs under the answer (feedbackLoopEnabled), then its feedback form.
    await page.getByRole('button', { name: 'Like', exact: true }).last().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
    await waitUntil('the 👍 is recorded', () => session.recorded.of('feedback').length > 0, 30_000);
    // The Playground thanks for the vote when the bot acknowledged it (status 200).
    await page.getByRole('dialog').getByText('Thank you!').waitFor();
    await page.screenshot({ path: screenshotPath('playground-teams-feedback') });
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(session.recorded.of('feedback')).toEqual([
      expect.objectContaining({ entryId: entry.id, vote: 'up', question }),
    ]);
  }, 120_000);

  test('a channel post that @mentions the bot (picked from the menu) is answered in its thread, without the mention text', async () => {
    const question = 'Quelles compétences techniques faut-il ?';
    const { entry, firstWords } = await expectedAnswer(question);

    await page.getByText('Questions', { exact: true }).first().click();
    await composeBox(page).click();
    await page.keyboard.type(`@${teamsAppName.slice(0, 6)}`);
    await page.getByText(teamsAppName, { exact: true }).last().click();
    await page.keyboard.type(` ${question}`);
    await page.getByRole('button', { name: 'Post' }).click();
    await page.getByText(firstWords).first().waitFor({ timeout: 45_000 });
    await page.screenshot({ path: screenshotPath('playground-channel-mention') });

    const post = session.seen.incoming.filter((activity) => activity.type === 'message').at(-1);
    expect(post?.conversation?.conversationType).toBe('channel');
    expect(post?.text).toContain(`<at>${teamsAppName}</at>`);
    expect(post?.entities).toContainEqual(expect.objectContaining({ type: 'mention', mentioned: expect.objectContaining({ id: post?.recipient?.id }) }));
    expect(session.seen.decisions.at(-1)).toMatchObject({ kind: 'answer', question, answers: [{ id: entry.id }] });
  }, 120_000);

  test('the message extension finds an answer from the compose box and inserts its card, which the bot leaves alone', async () => {
    const { entry, firstWords } = await expectedAnswer('Quelles études pour devenir développeur back end ?');
    await page.getByText('Personal Chat', { exact: true }).first().click();
    const decisionsBefore = session.seen.decisions.length;

    await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await page.getByRole('menuitem', { name: 'Search Command' }).click();
    // The Playground does not read the manifest: it is told the command and parameter the manifest declares.
    await page.getByText('Specify Command ID or Parameter').click();
    await page.getByPlaceholder('Command ID').fill(searchCommandId);
    await page.getByPlaceholder('Parameter name').fill(searchParameterName);
    await page.getByPlaceholder('Enter a search term').fill('études développeur');
    await page.getByPlaceholder('Enter a search term').press('Enter');
    await page.getByText(entry.title, { exact: true }).first().click();
    await page.keyboard.press('Enter');

    const inserted = page.getByText(teamsMessages.insertedFrom(teamsAppName));
    await inserted.first().waitFor({ timeout: 45_000 });
    await expect.poll(() => page.getByText(firstWords).count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('playground-message-extension') });

    const query = session.seen.incoming.find((activity) => activity.name === 'composeExtension/query');
    expect(query?.value).toMatchObject({ commandId: searchCommandId, parameters: [{ name: searchParameterName, value: 'études développeur' }] });
    // The shared card reached the bot as a message, which it did not answer.
    const isSharedCard = (activity: { type?: string; attachments?: unknown[] }) => activity.type === 'message' && (activity.attachments?.length ?? 0) > 0;
    await waitUntil('the bot has handled the shared card', () =>
      session.seen.incoming.some((activity) => isSharedCard(activity) && session.seen.done.has(activity.id ?? '')),
    );
    expect(session.seen.decisions.length).toBe(decisionsBefore);
  }, 120_000);
});
