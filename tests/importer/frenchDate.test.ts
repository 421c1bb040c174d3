import { describe, expect, test } from 'vitest';
import { isUpdateLine, parseFrenchDate } from '../../src/importer/frenchDate';

describe('Reading the page date', () => {
  test('the seed page line "Mis à jour le mercredi 20 décembre 2023" gives 2023-12-20', () => {
    expect(parseFrenchDate('Mis à jour le mercredi 20 décembre 2023')).toBe('2023-12-20');
    expect(isUpdateLine('Mis à jour le mercredi 20 décembre 2023')).toBe(true);
  });

  test('first days, months without accents and numeric dates are read too', () => {
    expect(parseFrenchDate('Publié le 1er février 2024')).toBe('2024-02-01');
    expect(parseFrenchDate('mis a jour le 3 aout 2022')).toBe('2022-08-03');
    expect(parseFrenchDate('Dernière mise à jour : 04/03/2024')).toBe('2024-03-04');
  });

  test('an impossible date is not a date', () => {
    expect(parseFrenchDate('Mis à jour le 31 février 2024')).toBeUndefined();
  });

  test('a sentence that merely contains a date is not the update line', () => {
    expect(isUpdateLine('Le 20 décembre 2023, la loi a changé pour les indépendants.')).toBe(false);
    expect(isUpdateLine('Mis à jour récemment')).toBe(false);
  });
});
