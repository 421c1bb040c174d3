import { describe, expect, test } from 'vitest';
import { normalize, tokenize } from '../../src/matching/normalize';
import { snowballStem, stem } from '../../src/matching/stem';
import { isFunctionWord } from '../../src/matching/stopWords';
import { verbFormTable, verbFormsSource, type Conjugations } from '../../src/matching/verbFormTable';
import { infinitiveOf } from '../../src/matching/verbForms';

describe('When a question conjugates a verb the stemmer leaves apart from its infinitive', () => {
  test.each([
    ['rompt', 'rompre'],
    ['romps', 'rompre'],
    ['apprenez', 'apprendre'],
    ['appris', 'apprendre'],
    ['deviendrait', 'devenir'],
  ])('"%s" is stemmed as "%s"', (form, infinitive) => {
    expect(snowballStem(form)).not.toBe(snowballStem(infinitive));
    expect(infinitiveOf(form)).toBe(infinitive);
    expect(stem(form)).toBe(stem(infinitive));
  });

  test('a noun or preposition that is also a verb form keeps its own stem ("entre" is not "entrer", "options" not "opter")', () => {
    for (const word of ['entre', 'options', 'revenu', 'entretiens', 'versions']) expect(infinitiveOf(word)).toBeUndefined();
    expect(stem('entre')).not.toBe(stem('entrer'));
  });
});

describe('When the table of verb forms is built (npm run verbs:build)', () => {
  const conjugations: Conjugations = {
    rompre: { P: ['romps', 'romps', 'rompt', 'rompons', 'rompez', 'rompent'], K: ['rompu', 'rompus', 'rompue', 'rompues'], J: ['rompis', 'rompis', 'rompit', null, 'NA', 'rompirent'] },
    dévier: { P: ['dévie', 'dévies', 'dévie', 'dévions', 'déviez', 'dévient'] },
    devenir: { P: ['deviens', 'deviens', 'devient', 'devenons', 'devenez', 'deviennent'] },
    nager: { P: ['nage', 'nages', 'nage', 'nageons', 'nagez', 'nagent'] },
    'sous-entendre': { P: ['sous-entends'] },
  };
  const build = (words: string) =>
    verbFormTable(conjugations, { vocabulary: new Set(words.split(' ')), stem: snowballStem, isFunctionWord, normalize, tokenize });

  test('it keeps the forms that stem elsewhere, of the verbs the base uses, and leaves out the rest', () => {
    const table = new Map(build('rompre devenir deviennent'));
    // Not "rompons" (first person plural, the ending of many nouns), nor the simple past.
    expect(table.get('rompre')).toEqual(['rompent', 'rompez', 'romps', 'rompt', 'rompu', 'rompue', 'rompues', 'rompus']);
    // "devient" is also "dévient" once accents are gone; "deviennent" is a word of the base: both left alone.
    expect(table.get('devenir')).toEqual(['deviens']);
    // "nager" is no verb of the base; "sous-entendre" conjugates into two words.
    expect(table.has('nager')).toBe(false);
    expect([...table.keys()].some((verb) => verb.includes(' '))).toBe(false);
  });

  test('its source is one line per verb, the infinitive first', () => {
    const source = verbFormsSource(build('rompre'));
    expect(source).toContain("  'rompre rompent rompez romps rompt rompu rompue rompues rompus',");
    expect(source).toContain('export const VERB_FORM_LINES');
  });
});

describe('When a question about ending the contract conjugates "rompre"', async () => {
  const { createAnswerer } = await import('../../src/answering/answerer');
  const { loadKnowledgeBase } = await import('../../src/knowledge');
  const answerer = createAnswerer(await loadKnowledgeBase('knowledge'));

  test.each(['Comment on rompt son contrat de portage ?', 'Je romps mon CDI de portage, comment faire ?'])('"%s" gets the honest notice, not the status entry', (question) => {
    const decision = answerer.ask(question);
    expect(decision.kind).toBe('not-available');
    expect(decision.notice?.entry.id).toBe('unavailable-portage-contract-end');
  });
});
