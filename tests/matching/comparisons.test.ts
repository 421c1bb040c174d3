import { describe, expect, test } from 'vitest';
import { asksForComparison, asksForRanking } from '../../src/matching/comparisons';

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

describe('asksForRanking: which of the things the page lists is best, most wanted or to pick', () => {
  test.each([
    ['Symfony ou Django, lequel est le meilleur ?'],
    ['Quelle est la meilleure école pour faire du back ?'],
    ['Les meilleurs bootcamps pour apprendre le back end ?'],
    ['Ruby est-il plus demandé que PHP ?'],
    ['Quel langage est le plus utilisé côté serveur ?'],
    ["Le portage est-il aussi avantageux qu'un CDI ?"],
    ['Java ou PHP, lequel choisir pour débuter ?'],
    ['Quelles start-up recrutent le plus de devs back ?'],
    ['Which framework is best for a backend beginner?'],
    ['What is the most popular backend language?'],
    ['Which one should I learn first, Python or PHP?'],
    ['Ruby est-il un meilleur choix que Java pour débuter ?'],
    ['Le portage, une meilleure solution que la micro-entreprise ?'],
    // Round 39: which of two tools to learn, said with "mieux".
    ['Vaut-il mieux apprendre Symfony ou Spring pour débuter ?'],
    ['Il vaut mieux Java ou Go pour le back ?'],
    ['Mieux vaut se former sur Node.js ou PHP ?'],
    ['Is it better to learn Go or Java for backend work?'],
    // Round 41.
    ['Which cloud certification is the most valued for backend jobs?'],
  ])('"%s" asks for a ranking', (question) => {
    expect(asksForRanking(question)).toBe(true);
  });

  test.each([
    ['Quel est le meilleur moyen de trouver des missions en portage ?'],
    ['Le portage, la meilleure solution pour un dev back freelance ?'],
    ["C'est le meilleur des deux mondes, le portage ?"],
    ['Merci beaucoup, tu es le meilleur'],
    ['Bonne journée et meilleures salutations'],
    ["Dev back, c'est un des métiers les plus demandés ?"],
    ["What's the best way to find clients as a contractor?"],
    ['Best regards'],
    ['Quel langage faut-il connaître pour le back ?'],
    ['Avec qui le dev back travaille-t-il le plus ?'],
    // A path or a status the page's entries weigh, not two tools.
    ['Un BTS suffit-il ou vaut-il mieux poursuivre en master ?'],
    ['Vaut-il mieux être salarié porté ou freelance ?'],
  ])('"%s" does not', (question) => {
    expect(asksForRanking(question)).toBe(false);
  });
});
