import { describe, expect, test } from 'vitest';
import { escapeUserText, maxEchoLength, shortenUserText } from '../../src/conversation/escapeUserText';

describe('When a visitor’s text is shown back to them in Markdown', () => {
  test('HTML is shown as text, never parsed: <, >, & and " become entities', () => {
    expect(escapeUserText('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  test('emphasis, code, links, strike-through and backslashes stay literal (backslash-escaped)', () => {
    expect(escapeUserText('**gras** _it_ `code` [lien](javascript:x) ~~barré~~ a\\b')).toBe(
      '\\*\\*gras\\*\\* \\_it\\_ \\`code\\` \\[lien\\](javascript:x) \\~\\~barré\\~\\~ a\\\\b',
    );
  });

  test('ordinary French text is left as it is', () => {
    expect(escapeUserText('Qu’est-ce que le portage salarial ?')).toBe('Qu’est-ce que le portage salarial ?');
  });
});

describe('When a visitor’s text is cut to a one-line excerpt', () => {
  test('line breaks, tabs and control characters become single spaces, and the ends are trimmed', () => {
    expect(shortenUserText('  ligne 1\n\n# titre\t- item\u0007fin \r\n')).toBe('ligne 1 # titre - item fin');
  });

  test('"{{" is split so that an Adaptive Card does not read it as a DATE() function', () => {
    expect(shortenUserText('{{DATE(2024-01-01)}}')).toBe('{\u200b{DATE(2024-01-01)}}');
  });

  test(`a text of exactly ${maxEchoLength} characters is kept whole`, () => {
    const text = 'é'.repeat(maxEchoLength);
    expect(shortenUserText(text)).toBe(text);
  });

  test('a longer text keeps its first characters and ends with "…", emoji counted as one character', () => {
    expect(shortenUserText('😀'.repeat(maxEchoLength + 1))).toBe(`${'😀'.repeat(maxEchoLength - 1)}…`);
    expect([...shortenUserText('x'.repeat(500))]).toHaveLength(maxEchoLength);
  });

  test('the Markdown escape is applied to the excerpt, so an escaped text is never cut in the middle of an entity', () => {
    expect(escapeUserText(`${'a'.repeat(maxEchoLength)}<`)).toBe(`${'a'.repeat(maxEchoLength - 1)}…`);
  });
});
