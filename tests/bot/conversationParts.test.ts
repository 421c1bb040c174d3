import { describe, expect, test } from 'vitest';
import { parseButtonPayload } from '../../src/conversation/buttonPayload';
import { toCardMarkdown } from '../../src/channels/cards/cardMarkdown';
import { channelCapabilities } from '../../src/channels/channelCapabilities';
import { commandOf } from '../../src/conversation/commands';
import { offeredKey } from '../../src/conversation/conversationState';

describe('When a button payload arrives', () => {
  test('it is read from the submit data itself (Web Chat, Emulator)', () => {
    expect(parseButtonPayload({ action: 'choose', entryId: 'apple', msteams: { type: 'messageBack' } })).toEqual({ action: 'choose', entryId: 'apple' });
  });

  test('it is read from a Teams messageBack value, as a JSON string or an object', () => {
    expect(parseButtonPayload({ msteams: { value: '{"action":"followup","entryId":"pear"}' } })).toEqual({ action: 'followup', entryId: 'pear' });
    expect(parseButtonPayload({ msteams: { value: { action: 'feedback', entryId: 'pear', vote: 'up' } } })).toEqual({
      action: 'feedback',
      entryId: 'pear',
      vote: 'up',
    });
  });

  test.each([
    ['no value', undefined],
    ['an unknown action', { action: 'drop', entryId: 'x' }],
    ['an entry id that is not a string', { action: 'followup', entryId: 3 }],
    ['a vote without up or down', { action: 'feedback', entryId: 'x', vote: 'maybe' }],
    ['a string that is not JSON', 'followup:x'],
    ['an array', [{ action: 'followup', entryId: 'x' }]],
  ])('%s is not a payload', (_name, value) => {
    expect(parseButtonPayload(value)).toBeUndefined();
  });
});

describe('When the channel is known', () => {
  test('Teams, Web Chat, Direct Line and the Emulator get cards; Teams shows three suggested actions at most', () => {
    for (const channel of ['msteams', 'webchat', 'directline', 'emulator']) expect(channelCapabilities(channel).cards).toBe(true);
    expect(channelCapabilities('msteams').maxSuggestedActions).toBe(3);
  });

  test('SMS, e-mail, Telegram and any unknown channel get text, which every channel shows', () => {
    for (const channel of ['sms', 'email', 'telegram', 'slack', 'new-channel', undefined]) expect(channelCapabilities(channel).cards).toBe(false);
  });
});

describe('When an answer is rewritten for a card', () => {
  test('bold, italic, lists and links stay as they are', () => {
    const markdown = 'Le **back end** et le _front end_ :\n- un\n1. deux\n[page](https://example.org)';
    expect(toCardMarkdown(markdown)).toBe(markdown);
  });

  test('headings, quotes, code, star bullets and images become what cards can show', () => {
    expect(toCardMarkdown('# Titre #\n> cité\n* point\n```\ncode()\n```\n![logo](x.png) `npm`')).toBe('**Titre**\ncité\n- point\ncode()\nlogo npm');
  });
});

describe('When a message could be a command', () => {
  test.each([
    ['aide', 'help'],
    ['AIDE !', 'help'],
    ['menu', 'help'],
    ['help', 'help'],
    ['Aide-moi', 'help'],
    ['recommencer', 'reset'],
    ['Reset', 'reset'],
    ['repartir de zéro', 'reset'],
  ])('"%s" is the %s command', (text, command) => {
    expect(commandOf(text)).toBe(command);
  });

  test('a question that merely contains the word is a question', () => {
    expect(commandOf('une aide au logement pour les portés ?')).toBeUndefined();
    expect(commandOf('le menu de la cantine')).toBeUndefined();
  });
});

describe('When a suggested action comes back as text', () => {
  test('case, curly apostrophes, spacing and final punctuation do not matter', () => {
    expect(offeredKey('Qu’est-ce qu’un développeur  back end ?')).toBe(offeredKey("qu'est-ce qu'un développeur back end"));
  });
});
