import { beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { escapeUserText, maxEchoLength, shortenUserText } from '../../src/conversation/escapeUserText';
import { messages } from '../../src/conversation/messages';
import { cardReplyOf, chat, elementsOf, fixtureKnowledgeBase, messagesOf, textBlocksOf, unsureAnswerer } from './support/conversation';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await fixtureKnowledgeBase();
});

const attacks = ['<script>alert(1)</script>', '**x**', '[a](javascript:alert(1))'];

describe('When text a user typed is escaped for Markdown and HTML', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['**x**', '\\*\\*x\\*\\*'],
    ['[a](javascript:alert(1))', '\\[a\\](javascript:alert(1))'],
    ['_a_ `b` ~~c~~ & "d"', '\\_a\\_ \\`b\\` \\~\\~c\\~\\~ &amp; &quot;d&quot;'],
    ['a\\*b', 'a\\\\\\*b'],
  ])('%s becomes %s', (typed, escaped) => {
    expect(escapeUserText(typed)).toBe(escaped);
  });

  test('line breaks are folded, so typed text cannot start a heading or a list', () => {
    expect(escapeUserText('bonjour\n# titre\n- liste')).toBe('bonjour # titre - liste');
  });

  test('a very long message is shown as a short excerpt', () => {
    const shown = shortenUserText('a'.repeat(500));
    expect([...shown]).toHaveLength(maxEchoLength);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe.each(attacks)('When "%s" is typed and the bot answers "did you mean" on a text channel', (typed) => {
  test('the echo is escaped, so it shows as typed and cannot inject markup or links', async () => {
    const [reply] = messagesOf(await chat(unsureAnswerer(kb, ['apple']), { channelId: 'sms' }).say(typed));
    expect(reply.text).toBe(messages.didYouMean(escapeUserText(typed)));
    expect(reply.text).not.toContain(typed);
    expect(reply.text).not.toContain('<script');
    expect(reply.text).not.toMatch(/[^\\]\[a\]\(/);
  });
});

describe.each(attacks)('When "%s" is typed and the bot answers "did you mean" with a card', (typed) => {
  test('the typed text sits alone in a TextRun (never read as Markdown), and the Markdown parts carry it only escaped', async () => {
    const card = cardReplyOf(await chat(unsureAnswerer(kb, ['apple'])).say(typed));

    const runs = elementsOf(card).flatMap((element) => (element.type === 'RichTextBlock' ? (element.inlines as Array<{ type: string; text: string }>) : []));
    expect(runs.map((run) => run.type)).toEqual(['TextRun', 'TextRun', 'TextRun']);
    expect(runs[1].text).toBe(typed);
    for (const text of textBlocksOf(card)) expect(text).not.toContain(typed);
    expect(card.fallbackText).toContain(escapeUserText(typed));
    expect(card.fallbackText).not.toContain(typed);
  });
});

describe('When a typed text looks like an Adaptive Cards date function', () => {
  test('its braces are split so that the card shows it instead of a date', async () => {
    const card = cardReplyOf(await chat(unsureAnswerer(kb, ['apple'])).say('{{DATE(2017-02-14T06:00:00Z)}}'));
    const runs = elementsOf(card).flatMap((element) => (element.inlines as Array<{ text: string }> | undefined) ?? []);
    expect(runs[1].text).not.toContain('{{');
  });
});
