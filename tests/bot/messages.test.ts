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
