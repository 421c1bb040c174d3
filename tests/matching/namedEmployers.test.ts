import { describe, expect, test } from 'vitest';
import { asksIfNamedCompanyHires } from '../../src/matching/namedEmployers';

describe('asksIfNamedCompanyHires: whether a named company hires (round 43)', () => {
  test.each([
    ['Est-ce que Capgemini ou Sopra Steria recrutent des développeurs back end en ce moment ?'],
    ['Google recrute-t-il des développeurs back end ?'],
    ['Est-ce que Doctolib embauche des devs back ?'],
    ['Is Capgemini hiring backend developers?'],
    ['Does Google hire backend devs in Paris?'],
  ])('"%s" asks about a named company', (question) => {
    expect(asksIfNamedCompanyHires(question)).toBe(true);
  });

  test.each([
    ['Est-ce que les ESN recrutent des développeurs back end ?'],
    ['Qui recrute des développeurs back end ?'],
    ['Quelles entreprises recrutent des devs back ?'],
    ['Who hires back end developers?'],
    ['Beaucoup de PME recrutent ?'],
    ['Do ESN hire juniors?'],
  ])('"%s" asks about kinds of employers', (question) => {
    expect(asksIfNamedCompanyHires(question)).toBe(false);
  });
});
