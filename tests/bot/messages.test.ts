import { describe, expect, test } from 'vitest';
import { formatFrenchDate, messages } from '../../src/conversation/messages';

describe('When a source date is shown to the user', () => {
  test('it is written the French way', () => {
    expect(formatFrenchDate('2023-12-20')).toBe('20 décembre 2023');
    expect(formatFrenchDate('2024-08-15')).toBe('15 août 2024');
  });

  test('the first day of a month is an ordinal', () => {
    expect(formatFrenchDate('2024-03-01')).toBe('1er mars 2024');
  });

  test('every day is written as Intl.DateTimeFormat writes it in French (the bot does not load it: slow at start)', () => {
    const intl = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const days = [];
    for (let time = Date.UTC(1999, 0, 1); time < Date.UTC(2041, 0, 1); time += 24 * 60 * 60 * 1000) days.push(new Date(time));
    for (const year of [1000, 1900, 9999]) days.push(new Date(Date.UTC(year, 5, 1)), new Date(Date.UTC(year, 11, 31)));
    for (const date of days) {
      expect(formatFrenchDate(date.toISOString().slice(0, 10))).toBe(intl.format(date).replace(/^1 /, '1er '));
    }
  });

  test('an unreadable date is shown as written rather than as "Invalid Date"', () => {
    expect(formatFrenchDate('2023-13-45')).toBe('2023-13-45');
    expect(formatFrenchDate('2023-02-31')).toBe('2023-02-31');
    expect(formatFrenchDate('décembre')).toBe('décembre');
  });

  test('the source line has the title and the date', () => {
    expect(messages.sourceLine('Fiche métier', '2023-12-20')).toBe('*Source : Fiche métier, mise à jour du 20 décembre 2023*');
    expect(messages.sourceLine('Fiche métier')).toBe('*Source : Fiche métier*');
  });
});
