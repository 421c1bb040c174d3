import { describe, expect, test } from 'vitest';
import { ADVISED_MIN_QUESTIONS } from '../../src/knowledge/entryChecks';
import { loadKnowledgeBase } from '../../src/knowledge';
import { fixture, loadErrors } from './loadIssues';

// Each check on small fixture bases: the real base raises none of them (realKnowledgeBase.test.ts),
// so only these prove that the checks fire at all.

describe('When two entries list the same question (case and accents aside)', () => {
  test('the base is refused, with an error on the question’s line in each entry, naming the other', async () => {
    const errors = await loadErrors(fixture('knowledge-shared-question'));
    expect(errors).toMatchObject([
      { file: 'knowledge-shared-question/faq.yaml', line: 8, message: expect.stringContaining(`of 'pear-entry' is also in 'apple-entry'`) },
      { file: 'knowledge-shared-question/faq.yaml', line: 16, message: expect.stringContaining(`of 'apple-entry' is also in 'pear-entry'`) },
    ]);
    expect(errors.every((issue) => issue.severity !== 'warning')).toBe(true);
  });
});

describe('When an entry has fewer phrasings than advised', () => {
  test(`the base loads, with one warning on that entry's questions line; ${ADVISED_MIN_QUESTIONS} phrasings raise none`, async () => {
    expect(ADVISED_MIN_QUESTIONS).toBe(4);
    const kb = await loadKnowledgeBase(fixture('knowledge-few-phrasings'));
    expect(kb.byId.get('few-phrasings')?.questions).toHaveLength(3);
    expect(kb.byId.get('enough-phrasings')?.questions).toHaveLength(4);
    expect(kb.warnings).toMatchObject([
      {
        file: 'knowledge-few-phrasings/faq.yaml',
        line: 13,
        message: "entry 'few-phrasings' has only 3 phrasing(s): aim for at least 4 to be understood reliably",
        severity: 'warning',
      },
    ]);
  });
});

describe('When an entry lists itself as a follow-up', () => {
  test('the base is refused, with the error on that entry (its other, valid follow-up raises nothing)', async () => {
    expect(await loadErrors(fixture('knowledge-self-followup'))).toMatchObject([
      { file: 'knowledge-self-followup/faq.yaml', line: 3, message: "entry 'circular-entry' lists itself as a follow-up" },
    ]);
  });
});

describe('When an entry lists the same question twice (case and accents aside)', () => {
  test('the base is refused, with the error on the line of the repeat', async () => {
    expect(await loadErrors(fixture('knowledge-repeated-question'))).toMatchObject([
      {
        file: 'knowledge-repeated-question/faq.yaml',
        line: 7,
        message: `entry 'repeating-entry' lists the question "QU'EST-CE QU'UNE ECHELLE ?" twice`,
      },
    ]);
  });
});

describe('When an answer entry has a paired tag ("vélo + ville")', () => {
  test('the base loads, with a warning on the tag\'s line that it is read only on a not-available entry', async () => {
    const kb = await loadKnowledgeBase(fixture('knowledge-paired-tag'));
    expect(kb.warnings).toMatchObject([
      {
        file: 'knowledge-paired-tag/faq.yaml',
        line: 11,
        message: "entry 'cycling' has the tag 'vélo + ville': a tag of two words joined by ' + ' is only read on a not-available entry; here it is ignored",
        severity: 'warning',
      },
    ]);
  });
});
