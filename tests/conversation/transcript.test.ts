import { describe, expect, test } from 'vitest';
import { memoizeText } from '../../src/conversation/memo';
import { appendLine, maxBotLineLength, maxTranscriptLineLength, maxTranscriptLines, type TranscriptLine } from '../../src/conversation/transcript';

/** What support staff receive with a hand-off: the last lines of the conversation. */
const at = new Date('2026-11-29T10:00:00Z');

describe('A line of the hand-off transcript', () => {
  test('keeps who said it, the trimmed text and when', () => {
    const lines: TranscriptLine[] = [];
    appendLine(lines, 'user', '  Bonjour, une question  \n', at);
    appendLine(lines, 'bot', 'Posez-la !', at);
    expect(lines).toEqual([
      { from: 'user', text: 'Bonjour, une question', at: '2026-11-29T10:00:00.000Z' },
      { from: 'bot', text: 'Posez-la !', at: '2026-11-29T10:00:00.000Z' },
    ]);
  });

  test('is not kept when it is empty or only spaces', () => {
    const lines: TranscriptLine[] = [];
    appendLine(lines, 'user', ' \n\t ', at);
    appendLine(lines, 'bot', '', at);
    expect(lines).toEqual([]);
  });

  test('is cut to its first characters once trimmed, so that one message cannot bloat the state', () => {
    const lines: TranscriptLine[] = [];
    appendLine(lines, 'user', `   ${'a'.repeat(maxTranscriptLineLength)}b`, at);
    expect(lines[0].text).toBe('a'.repeat(maxTranscriptLineLength));
  });

  test('of the bot keeps the beginning of a long answer, cut after a word and marked …; the visitor’s stays whole', () => {
    const lines: TranscriptLine[] = [];
    const answer = 'Le portage salarial réunit trois parties autour d’une mission. '.repeat(12);
    appendLine(lines, 'bot', answer, at);
    appendLine(lines, 'user', answer, at);
    appendLine(lines, 'bot', 'x'.repeat(maxBotLineLength + 10), at);
    expect(lines[0].text.length).toBeLessThanOrEqual(maxBotLineLength);
    expect(lines[0].text).toMatch(/^Le portage salarial réunit trois parties .*[a-zé’]…$/u);
    expect(answer.startsWith(lines[0].text.slice(0, -1))).toBe(true);
    expect(answer.charAt(lines[0].text.length - 1)).toBe(' ');
    expect(lines[1].text).toBe(answer.trim());
    expect(lines[2].text).toBe(`${'x'.repeat(maxBotLineLength - 1)}…`);
  });

  test('is redacted before it is cut: an address at the cut is not left half visible', () => {
    const lines: TranscriptLine[] = [];
    const padding = 'a'.repeat(maxTranscriptLineLength - 10);
    appendLine(lines, 'user', `${padding} jean.dupont@example.org`, at);
    appendLine(lines, 'bot', `Vouliez-vous dire « ${'b'.repeat(maxBotLineLength - 35)} jean.dupont@example.org » ?`, at);
    expect(lines.map((line) => line.text).join(' ')).not.toContain('jean.dup');
  });

  test('has e-mail addresses and phone numbers redacted, the visitor’s and the bot’s alike', () => {
    const lines: TranscriptLine[] = [];
    appendLine(lines, 'user', 'écrivez-moi à jean.dupont@example.org ou au 06 12 34 56 78', at);
    appendLine(lines, 'bot', 'Vouliez-vous dire « jean.dupont@example.org » ?', at);
    expect(lines.map((line) => line.text)).toEqual(['écrivez-moi à [e-mail] ou au [numéro]', 'Vouliez-vous dire « [e-mail] » ?']);
  });
});

describe('The transcript as a whole', () => {
  test(`keeps the last ${maxTranscriptLines} lines, the oldest dropped first`, () => {
    const lines: TranscriptLine[] = [];
    for (let i = 1; i <= maxTranscriptLines + 5; i++) appendLine(lines, 'user', `message ${i}`, at);
    expect(lines).toHaveLength(maxTranscriptLines);
    expect(lines[0].text).toBe('message 6');
    expect(lines[maxTranscriptLines - 1].text).toBe(`message ${maxTranscriptLines + 5}`);
  });

  test(`is left whole at exactly ${maxTranscriptLines} lines`, () => {
    const lines: TranscriptLine[] = [];
    for (let i = 1; i <= maxTranscriptLines; i++) appendLine(lines, 'bot', `ligne ${i}`, at);
    expect(lines.map((line) => line.text)).toEqual(Array.from({ length: maxTranscriptLines }, (_, i) => `ligne ${i + 1}`));
  });
});

describe('The memo of texts the bot computes again and again', () => {
  test('computes a text once and gives the same value again', () => {
    const computed: string[] = [];
    const upper = memoizeText((text) => (computed.push(text), text.toUpperCase()), 2);
    expect([upper('a'), upper('a')]).toEqual(['A', 'A']);
    expect(computed).toEqual(['a']);
  });

  test('keeps as many texts as its capacity, then forgets the oldest first', () => {
    const computed: string[] = [];
    const upper = memoizeText((text) => (computed.push(text), text.toUpperCase()), 2);
    upper('a');
    upper('b');
    upper('a');
    expect(computed).toEqual(['a', 'b']);
    upper('c');
    upper('b');
    upper('a');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });
});
