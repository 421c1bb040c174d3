import { describe, expect, test } from 'vitest';
import { parseButtonPayload } from '../../src/conversation/buttonPayload';

/** What a tapped button sends back, however the channel delivers it; anything else is read as typed text. */
const followup = { action: 'followup', entryId: 'portage-overview' };

describe('A button’s payload is read', () => {
  test('from the submit data itself (Web Chat, Emulator), keeping only the action and the entry', () => {
    expect(parseButtonPayload({ ...followup, title: 'Le portage', extra: 1 })).toEqual(followup);
    expect(parseButtonPayload({ action: 'choose', entryId: 'a', vote: 'up' })).toEqual({ action: 'choose', entryId: 'a' });
  });

  test('from a JSON string', () => {
    expect(parseButtonPayload(JSON.stringify(followup))).toEqual(followup);
  });

  test('from Teams’ messageBack, as an object or as a JSON string under msteams.value', () => {
    expect(parseButtonPayload({ msteams: { value: followup } })).toEqual(followup);
    expect(parseButtonPayload({ msteams: { value: JSON.stringify(followup) } })).toEqual(followup);
  });

  test('with its vote for a 👍/👎', () => {
    expect(parseButtonPayload({ action: 'feedback', entryId: 'a', vote: 'down' })).toEqual({ action: 'feedback', entryId: 'a', vote: 'down' });
  });

  test('with an entry id of up to 200 characters', () => {
    const entryId = 'e'.repeat(200);
    expect(parseButtonPayload({ action: 'followup', entryId })).toEqual({ action: 'followup', entryId });
  });
});

describe('A malformed or forged value is no payload (the message is read as text)', () => {
  test.each([
    ['an unknown action', { action: 'delete', entryId: 'a' }],
    ['an entry id that is not a string', { action: 'followup', entryId: 42 }],
    ['an empty entry id', { action: 'followup', entryId: '' }],
    ['an entry id over 200 characters', { action: 'followup', entryId: 'e'.repeat(201) }],
    ['a vote without its value', { action: 'feedback', entryId: 'a' }],
    ['a vote of an unknown value', { action: 'feedback', entryId: 'a', vote: 'meh' }],
    ['a string that is not JSON', 'bonjour {'],
    ['an array holding a payload’s JSON', [JSON.stringify(followup)]],
    ['an array carrying payload fields', Object.assign(['x'], followup)],
    ['null', null],
    ['nothing', undefined],
    ['msteams without a value', { msteams: {} }],
  ])('%s', (_what, value) => {
    expect(parseButtonPayload(value)).toBeUndefined();
  });
});
