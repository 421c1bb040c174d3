import { describe, expect, test } from 'vitest';
import { asksForComparison } from '../../src/matching/comparisons';

describe('asksForComparison: which of two things is harder or more pleasant', () => {
  test.each([
    ['Le back est-il plus difficile que le front ?'],
    ["c'est plus dur le back ou le front ?"],
    ['Le portage est-il plus simple que la micro-entreprise ?'],
    ['is backend harder than frontend?'],
    ['Which is more fun, backend or frontend?'],
    ['Est-ce moins stressant en portage ?'],
  ])('"%s" asks for a judgement', (question) => {
    expect(asksForComparison(question)).toBe(true);
  });

  test.each([
    ['Quelle est la différence entre le back et le front ?'],
    ['Le back end gère la partie la plus technique ?'],
    ["Est-ce difficile de trouver des clients en portage ?"],
    ['Plus de détails sur le portage ?'],
    ['What does a backend developer do?'],
  ])('"%s" does not', (question) => {
    expect(asksForComparison(question)).toBe(false);
  });
});
