import { describe, expect, test } from 'vitest';
import { asksForFigure, statesFigure } from '../../src/matching/figureQuestions';

describe('A question asking for a figure', () => {
  test.each([
    'Combien de personnes dans une équipe back ?',
    'combien de temps dure la formation',
    'How many developers work in France?',
    'how long does it take to learn the back end?',
    'Quel est le nombre de développeurs en France ?',
    'Quelle est la durée des études ?',
  ])('"%s" asks for one', (question) => {
    expect(asksForFigure(question)).toBe(true);
  });

  test.each(['Quelles études faut-il ?', 'What does a backend developer do?', 'Le portage, comment ça marche ?'])('"%s" does not', (question) => {
    expect(asksForFigure(question)).toBe(false);
  });
});

describe('An answer stating a figure', () => {
  test('states a number standing alone ("40 %", a year), not a digit inside a name ("J2E")', () => {
    expect(statesFigure('Ce métier représente **40 %** des auto-entrepreneurs.')).toBe(true);
    expect(statesFigure('mise à jour le 20 décembre 2023')).toBe(true);
    expect(statesFigure('les frameworks : Django, Laravel, Symfony, J2E…')).toBe(false);
  });
});
