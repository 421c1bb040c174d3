import { beforeAll, describe, expect, test } from 'vitest';
import { createAnswerer, type Answerer } from '../../src/answering/answerer';
import { loadKnowledgeBase } from '../../src/knowledge';

// The examples of issue #9 (written apart from the knowledge base, not from the evaluation sets).
let answerer: Answerer;
beforeAll(async () => {
  answerer = createAnswerer(await loadKnowledgeBase('knowledge'));
});

const answeredBy = (question: string) => answerer.ask(question).answers[0]?.entry.id;
const offered = (question: string) => {
  const decision = answerer.ask(question);
  return [...decision.answers, ...decision.suggestions].map((s) => s.entry.id);
};

describe('When a question is worded with concrete words rather than the topic', () => {
  test.each([
    ['a cloud platform the answer names', 'Faut-il connaître Google Cloud pour bosser côté serveur ?', 'back-end-technical-skills'],
    ['a database product', "PostgreSQL, c'est pour le dev back ?", 'back-end-missions'],
    ['an administration space', "Qui code l'espace d'administration d'un site ?", 'back-end-missions'],
    ['another job kept aside', 'Un salarié porté peut-il garder un autre emploi à côté ?', 'portage-other-activity'],
    ['English with "umbrella"', 'is a backend developer a good fit for umbrella employment?', 'back-end-why-portage'],
    ['a diploma the page does not name', 'Un BUT informatique suffit pour commencer ?', 'back-end-studies'],
  ])('%s, it finds the entry', (_kind, question, expected) => {
    expect(answeredBy(question)).toBe(expected);
  });

  test('typos of words the base never uses and SMS spellings are read before matching', () => {
    expect(answeredBy('travailer en portage c obligatoir de trouver ses clients ?')).toBe('portage-finding-clients');
    expect(answeredBy('chui dev back, jdoi trouver mes clients moi meme en portage ?')).toBe('portage-finding-clients');
  });

  test('a long message with context first offers the entry its question is about, one click away', () => {
    const message =
      'Bonjour, je travaille dans la logistique depuis dix ans et je suis des cours en ligne le soir. ' +
      "J'hésite encore entre le front et le back. Côté back, on attend quelles qualités humaines ?";
    expect(offered(message)).toContain('back-end-soft-skills');
  });
});

describe('When a message asks two things', () => {
  test('the main question is answered and the other one is offered as its entry', () => {
    const decision = answerer.ask('Quelles études faut-il faire pour devenir développeur back end ? Et après, quelles évolutions de carrière ?');
    expect(decision.answers[0]?.entry.id).toBe('back-end-studies');
    expect(decision.alsoAsked?.entry.id).toBe('back-end-career');
  });

  test('a message asking one thing twice offers nothing more', () => {
    const decision = answerer.ask('Quelles études pour devenir dev back ? Quelle formation faut-il ?');
    expect(decision.answers[0]?.entry.id).toBe('back-end-studies');
    expect(decision.alsoAsked).toBeUndefined();
  });
});

describe('When the page does not say', () => {
  test.each([
    ['which portage company to choose', 'Quelle société de portage choisir ?'],
    ['how to end the contract', 'Comment résilier mon contrat de portage ?'],
    ['retirees', 'Le portage est-il possible pour un retraité ?'],
    ['age', "j'ai 45 ans, c'est trop tard ?"],
  ])('%s gets no answer', (_kind, question) => {
    expect(answerer.ask(question).answers).toEqual([]);
  });

  test('the honest notice comes with the real answers close to the question, to offer as buttons', () => {
    const decision = answerer.ask("Le salaire d'un développeur back end qui évolue en lead dev ?");
    expect(decision.kind).toBe('not-available');
    expect(decision.suggestions.map((s) => s.entry.id)).toContain('back-end-career');
    expect(decision.suggestions.every((s) => s.entry.kind === 'answer')).toBe(true);
  });

  test('markup appended to a question never raises its score', () => {
    const plain = answerer.ask('Comment résilier mon contrat de portage ?');
    const noisy = answerer.ask('Comment résilier mon contrat de portage ? <img src=x onerror=alert(1)> **gras**');
    expect(noisy.kind).toBe(plain.kind);
    const score = (d: typeof plain) => (d.answers[0] ?? d.notice ?? d.suggestions[0])?.score ?? 0;
    expect(score(noisy)).toBeLessThanOrEqual(score(plain));
  });

  test('a question whose words only one ranker ties to an entry is offered, not answered', () => {
    // "Quel temps…" shares one everyday word with one phrasing of an entry: not a match.
    expect(answerer.ask('Quel temps fera-t-il à Paris demain ?').answers).toEqual([]);
  });
});
