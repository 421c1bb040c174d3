import { beforeAll, describe, expect, test } from 'vitest';
import { createAnswerer, type Answerer } from '../../src/answering/answerer';
import type { Decision, ScoredEntry } from '../../src/answering/types';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { baseWithDataScientist, realBase } from './knowledgeBases';

const BACK_END = 'developpeur-back-end';
const DATA = 'data-scientist';

let real: KnowledgeBase;
let both: KnowledgeBase;
let answerer: Answerer;
beforeAll(async () => {
  [real, both] = await Promise.all([realBase(), baseWithDataScientist()]);
  answerer = createAnswerer(both);
}, 30_000);

const allEntries = (d: Decision): ScoredEntry[] => [...d.answers, ...d.suggestions, ...(d.notice ? [d.notice] : [])];
const ids = (d: Decision) => allEntries(d).map((s) => s.entry.id);

describe('With the back end and the data scientist profiles loaded', () => {
  test('both profiles are known, with their display names', () => {
    expect(both.profiles).toEqual(
      expect.arrayContaining([
        { id: DATA, name: 'Data scientist' },
        { id: BACK_END, name: 'Développeur back end' },
      ]),
    );
  });

  const namingDataScientist = [
    ['studies', 'Quelles études faut-il faire pour devenir data scientist ?', 'data-scientist-studies'],
    ['skills', 'quelles compétences pour être data scientist ?', 'data-scientist-skills'],
    ['missions', 'il fait quoi un data scientist au quotidien ?', 'data-scientist-definition-missions'],
  ] as const;
  test.each(namingDataScientist)('a question on %s naming "data scientist" is answered from that profile', (_topic, question, expected) => {
    const decision = answerer.ask(question);
    expect(decision.kind, ids(decision).join(', ')).toBe('answer');
    expect(decision.answers[0].entry.id).toBe(expected);
    expect(decision.profile).toBe(DATA);
    expect(decision.answers.every((s) => s.entry.profile !== BACK_END)).toBe(true);
  });

  const namingBackEnd = [
    ['studies', 'Quelles études faut-il faire pour devenir développeur back end ?', 'back-end-studies'],
    ['skills', 'quelles compétences pour être développeur back end ?', 'back-end-technical-skills'],
    ['missions', 'il fait quoi un développeur back end au quotidien ?', 'back-end-missions'],
  ] as const;
  test.each(namingBackEnd)('the same question on %s naming "développeur back end" is answered from that one', (_topic, question, expected) => {
    const decision = answerer.ask(question);
    expect(decision.kind, ids(decision).join(', ')).toBe('answer');
    expect(decision.answers[0].entry.id).toBe(expected);
    expect(decision.profile).toBe(BACK_END);
    expect(decision.answers.every((s) => s.entry.profile !== DATA)).toBe(true);
  });

  const choiceProfiles = (decision: Decision) => decision.suggestions.map((s) => s.entry.profile ?? '(shared)').sort();
  test.each(['quelles études faut-il ?', 'quelles compétences faut-il ?', 'quel diplôme faut-il ?', 'quelle évolution de carrière ?', 'qui recrute ?'])(
    'a job question naming no profile ("%s") asks "which job?" with one choice per profile',
    (question) => {
      const decision = answerer.ask(question);
      expect(decision.kind, ids(decision).join(', ')).toBe('choose-profile');
      expect(choiceProfiles(decision)).toEqual([DATA, BACK_END]);
      expect(decision.answers).toEqual([]);
    },
  );

  test('a phrasing found in the back end questions only ("quelles études faut-il faire ?") asks "which job?" too', () => {
    const decision = answerer.ask('quelles études faut-il faire ?');
    expect(decision.kind, ids(decision).join(', ')).toBe('choose-profile');
    expect(choiceProfiles(decision)).toEqual([DATA, BACK_END]);
  });

  test('a question about a job the base does not know gets the honest notice listing both profiles', () => {
    const decision = answerer.ask('comment devenir plombier ?');
    expect(decision.kind).toBe('not-available');
    expect(decision.notice?.entry.id).toBe('unavailable-other-profile');
    expect(decision.notice?.entry.answer).toContain('Data scientist');
    expect(decision.notice?.entry.answer).toContain('Développeur back end');
    expect(decision.notice?.entry.answer).not.toContain('{{profils}}');
  });
});

describe('When a profile filter is given', () => {
  // Every kind of question: naming the other profile, naming none, shared topics, small talk, off-topic.
  const questions = [
    'Quelles études pour devenir développeur back end ?',
    'quelles compétences techniques pour un dev back end ?',
    'qui recrute des développeurs back end ?',
    'quelles études faut-il faire ?',
    'quelles qualités faut-il avoir ?',
    'quelle évolution de carrière ?',
    'c koi un dev back',
    'il faut connaître python ?',
    'What does a back end developer do?',
    "c'est quoi le portage salarial ?",
    'bonjour',
    'combien gagne un développeur back end ?',
    'comment devenir plombier ?',
  ];
  test.each(questions)('"%s" with profile data-scientist never brings a back end entry', (question) => {
    const decision = answerer.ask(question, { profile: DATA });
    expect(decision.kind).not.toBe('choose-profile');
    expect(allEntries(decision).filter((s) => s.entry.profile === BACK_END).map((s) => s.entry.id)).toEqual([]);
  });

  test('the profile answers its own questions, named or not', () => {
    for (const question of ['quelles études faut-il ?', 'quelles études faut-il faire ?', 'quel diplôme faut-il ?']) {
      const decision = answerer.ask(question, { profile: DATA });
      expect(decision.kind, question).toBe('answer');
      expect(decision.answers[0].entry.id, question).toBe('data-scientist-studies');
      expect(decision.profile).toBe(DATA);
    }
  });

  test('shared entries stay answerable', () => {
    const decision = answerer.ask("c'est quoi le portage salarial ?", { profile: DATA });
    expect(decision.kind).toBe('answer');
    expect(decision.answers[0].entry.profile).toBeUndefined();
  });
});

describe('A profile becomes answerable once it is loaded', () => {
  const dataQuestions = [
    'quelles études pour devenir data scientist ?',
    "C'est quoi le métier de data scientist ?",
    'quelles compétences faut-il pour être data scientist ?',
  ];

  test.each(dataQuestions)('with only the real base, "%s" gets the notice that lists the one known profile', (question) => {
    const decision = createAnswerer(real).ask(question);
    expect(decision.kind).toBe('not-available');
    expect(decision.notice?.entry.id).toBe('unavailable-other-profile');
    expect(decision.notice?.entry.answer).toContain('Développeur back end');
    expect(decision.notice?.entry.answer).not.toContain('Data scientist');
  });

  test.each(dataQuestions)('with the data scientist profile loaded, "%s" is answered from it', (question) => {
    const decision = answerer.ask(question);
    expect(decision.kind, ids(decision).join(', ')).toBe('answer');
    expect(decision.answers[0].entry.profile).toBe(DATA);
  });
});

describe('When one profile has a topic that another profile\'s page does not cover', () => {
  test('pay for the back end job still gets the honest notice, though the data scientist profile speaks of pay', async () => {
    const answerer = createAnswerer(await baseWithDataScientist());
    const decision = answerer.ask('Combien gagne un développeur back end ?');
    expect(decision.kind).toBe('not-available');
    expect(decision.notice?.entry.id).toBe('unavailable-salary');
  });

  test('pay asked about the work of one job, unnamed, gets that job\'s notice, not its closest answer', async () => {
    const answerer = createAnswerer(await baseWithDataScientist());
    // The API and the server point to the back end job; the data scientist's pay is no answer, the back end's skills neither.
    for (const question of ['Quel salaire pour quelqu\'un qui code des API côté serveur ?', 'salaire d\'un développeur full stack']) {
      const decision = answerer.ask(question);
      expect(decision.kind, question).toBe('not-available');
      expect(decision.notice?.entry.id, question).toBe('unavailable-salary');
    }
  });

  test('a job title alone still gets the notice listing the known jobs, not a data scientist entry', async () => {
    const answerer = createAnswerer(await baseWithDataScientist());
    const decision = answerer.ask('fiche métier UX designer');
    expect(decision.answers).toEqual([]);
    expect(decision.notice?.entry.id).toBe('unavailable-other-profile');
  });
});
