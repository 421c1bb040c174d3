import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { messages } from '../../src/conversation/messages';
import { loadConfig } from '../../src/config/loadConfig';
import type { KnowledgeEntry } from '../../src/knowledge/types';
import { answerStart, plain, questionWithFollowUp } from '../directline/knownAnswer';
import { startWidgetServer, type RunningWidgetServer } from '../directline/widgetServer';
import { browserSkipReason, launchChromium, screenshotPath, waitUntil } from '../helpers/browser';
import { hostCases } from '../hosts/hostCases';

// The page functions below run in Chromium; tests are type-checked without the DOM library, so declare what they use.
declare const document: {
  activeElement: { classList: { contains(name: string): boolean } } | null;
  querySelector(selector: string): unknown;
  title: string;
};
declare function getComputedStyle(node: unknown): { backgroundColor: string };

const skipReason = browserSkipReason();
if (skipReason) console.warn(skipReason);

const { botName, primaryColor } = loadConfig({}).widget;
const sendBox = '[data-id="webchat-sendbox-input"]';
const slow = 120_000;

let bot: RunningWidgetServer;
let browser: Browser;
let known: { question: string; entry: KnowledgeEntry; followUp: KnowledgeEntry };
const contexts: BrowserContext[] = [];
/** What Chromium reported blocking by a Content-Security-Policy, on any page or frame of the tests. */
const policyViolations: string[] = [];

/** A fresh browser context (its own cookies and storage: another visitor). */
async function visitor(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 }, ...options });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  return page;
}

/** The page's Web Chat frame, once the widget has created it. */
async function chatFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await waitUntil('the widget frame exists', () => (frame = page.frames().find((f) => f.url().includes('/widget/frame'))) !== undefined);
  return frame as Frame;
}

/** Opens the demo page, clicks the bubble and waits for Web Chat's message box; returns the frame and the token the page got. */
async function openWidget(page: Page): Promise<{ frame: Frame; conversation: { token: string; conversationId: string } }> {
  const token = page.waitForResponse((response) => response.url().endsWith('/api/directline/token'), { timeout: slow });
  await page.goto(`${bot.url}/`);
  await page.getByRole('button', { name: `Ouvrir la discussion avec ${botName}` }).click();
  const frame = await chatFrame(page);
  await frame.locator(sendBox).waitFor({ timeout: slow });
  return { frame, conversation: await (await token).json() };
}

async function ask(frame: Frame, question: string): Promise<void> {
  await frame.locator(sendBox).fill(question);
  await frame.locator(sendBox).press('Enter');
}

/** Waits until the transcript shows `text` (compared without Markdown marks and spacing differences). */
async function waitForText(frame: Frame, text: string, what: string): Promise<void> {
  await waitUntil(what, async () => plain(await frame.locator('body').innerText()).includes(plain(text)), 60_000);
}

describe.skipIf(skipReason !== undefined)('When a visitor uses the website widget in Chromium', () => {
  beforeAll(async () => {
    [bot, browser, known] = await Promise.all([startWidgetServer(), launchChromium(), questionWithFollowUp()]);
  }, slow);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await bot?.close();
  });

  test.each(hostCases)('the demo page opens the widget, a question gets its answer card, a follow-up button and a 👍 work (server on the %s host)', async (sdk) => {
    const server = await startWidgetServer({ sdk });
    const shared = bot;
    bot = server;
    try {
    const page = await visitor();
    const { frame } = await openWidget(page);
    const bubble = page.locator('.faqw-bubble');
    expect(await bubble.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe(hexToRgb(primaryColor));
    expect(await page.getByRole('dialog', { name: botName }).isVisible()).toBe(true);
    expect(await frame.locator(sendBox).getAttribute('placeholder')).toBe('Tapez votre message');

    await ask(frame, known.question);
    await waitForText(frame, answerStart(known.entry), 'the answer card is shown');
    await page.screenshot({ path: screenshotPath('widget-answer') });

    await frame.getByRole('button', { name: known.followUp.title, exact: true }).last().click();
    await waitForText(frame, answerStart(known.followUp), 'the follow-up answer is shown');

    await frame.getByRole('button', { name: messages.voteUp }).last().click();
    await waitForText(frame, messages.feedbackThanks('up'), 'the bot thanks for the 👍');
    await waitUntil('the vote is recorded', async () =>
      (await bot.learning.list(new Date(0))).some((event) => event.type === 'feedback' && event.entryId === known.followUp.id && event.vote === 'up'),
    );
    await page.screenshot({ path: screenshotPath('widget-followup-and-vote') });
    // The page's and the frame's CSP (scripts only from the bot's files) blocked nothing Web Chat needs.
    expect(policyViolations).toEqual([]);
    } finally {
      bot = shared;
      await server.close();
    }
  }, slow);

  test('a page framing the chat cannot rename the bot through the frame’s address', async () => {
    const page = await visitor();
    const impostor = 'Service client officiel – donnez votre IBAN';
    await page.goto(`${bot.url}/widget/frame?name=${encodeURIComponent(impostor)}`);
    await page.locator(sendBox).waitFor({ timeout: slow });
    expect(await page.evaluate(() => document.title)).toBe(`Discussion avec ${botName}`);
    expect(await page.locator('body').innerText()).not.toContain('IBAN');
    expect(policyViolations).toEqual([]);
  }, slow);

  test('the keyboard alone opens the widget into its message box, and Escape closes it back onto the bubble', async () => {
    const page = await visitor();
    await page.goto(`${bot.url}/`);
    const bubble = page.getByRole('button', { name: `Ouvrir la discussion avec ${botName}` });
    await bubble.waitFor();
    await page.keyboard.press('Tab');
    await waitUntil('the bubble has the focus', () => page.evaluate(() => document.activeElement?.classList.contains('faqw-bubble') ?? false));

    await page.keyboard.press('Enter');
    const frame = await chatFrame(page);
    await waitUntil('the message box has the focus', () => frame.evaluate((selector) => document.activeElement === document.querySelector(selector), sendBox), slow);
    expect(await page.locator('.faqw-bubble').getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.type('bonjour');
    await page.keyboard.press('Escape');
    await waitUntil('the panel is closed', async () => !(await page.locator('#faqw-panel').isVisible()));
    expect(await page.evaluate(() => document.activeElement?.classList.contains('faqw-bubble'))).toBe(true);
    expect(await page.locator('.faqw-bubble').getAttribute('aria-expanded')).toBe('false');
  }, slow);

  test('a second browser cannot read the first one’s conversation, even with its conversation id', async () => {
    const alice = await visitor();
    const mallory = await visitor();
    const a = await openWidget(alice);
    const m = await openWidget(mallory);
    await ask(a.frame, known.question);
    await waitForText(a.frame, answerStart(known.entry), 'Alice gets her answer');

    // Mallory's own page, with her own token, tries Alice's conversation id.
    const attempt = await mallory.evaluate(
      async ({ url, token, id }) => {
        const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
        const read = await fetch(`${url}/v3/directline/conversations/${id}/activities?watermark=`, { headers });
        const post = await fetch(`${url}/v3/directline/conversations/${id}/activities`, { method: 'POST', headers, body: '{"type":"message","text":"intrus"}' });
        return [read.status, post.status];
      },
      { url: bot.url, token: m.conversation.token, id: a.conversation.conversationId },
    );
    expect(attempt).toEqual([403, 403]);
    expect(m.conversation.conversationId).not.toBe(a.conversation.conversationId);
    expect(plain(await m.frame.locator('body').innerText())).not.toContain(answerStart(known.entry));
    expect(plain(await a.frame.locator('body').innerText())).not.toContain('intrus');
    await mallory.screenshot({ path: screenshotPath('widget-second-visitor') });
  }, slow);

  test('after the idle time, the widget says the conversation expired and starts a new one on request', async () => {
    let now = Date.now();
    const idle = await startWidgetServer({ now: () => now, directLine: { idleMinutes: 30 } });
    try {
      const page = await visitor();
      const firstToken = page.waitForResponse((response) => response.url().endsWith('/api/directline/token'), { timeout: slow });
      await page.goto(`${idle.url}/`);
      await page.getByRole('button', { name: `Ouvrir la discussion avec ${botName}` }).click();
      const frame = await chatFrame(page);
      await frame.locator(sendBox).waitFor({ timeout: slow });
      const first = await (await firstToken).json();

      now += 31 * 60_000;
      const restart = frame.getByRole('button', { name: 'Nouvelle discussion' });
      await restart.waitFor({ timeout: 60_000 });
      await page.screenshot({ path: screenshotPath('widget-expired') });

      const secondToken = page.waitForResponse((response) => response.url().endsWith('/api/directline/token'), { timeout: slow });
      await restart.click();
      const second = await (await secondToken).json();
      expect(second.conversationId).not.toBe(first.conversationId);
      const reloaded = await chatFrame(page);
      await reloaded.locator(sendBox).waitFor({ timeout: slow });
      await ask(reloaded, known.question);
      await waitForText(reloaded, answerStart(known.entry), 'the new conversation answers');
    } finally {
      await idle.close();
    }
  }, slow);

  test('on a phone-sized screen the panel takes the whole screen and the visitor gets answers', async () => {
    const page = await visitor({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${bot.url}/`);
    await page.getByRole('button', { name: `Ouvrir la discussion avec ${botName}` }).tap();
    const frame = await chatFrame(page);
    await frame.locator(sendBox).waitFor({ timeout: slow });
    expect(await page.locator('#faqw-panel').boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });

    await ask(frame, known.question);
    await waitForText(frame, answerStart(known.entry), 'the answer card is shown on the phone');
    await page.screenshot({ path: screenshotPath('widget-phone') });

    await page.getByRole('button', { name: 'Fermer la discussion' }).first().tap();
    await waitUntil('the panel is closed', async () => !(await page.locator('#faqw-panel').isVisible()));
    expect(await page.locator('.faqw-bubble').isVisible()).toBe(true);
  }, slow);
});

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}
