import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAgainstKnowledgeBase, EvalSetError, loadEvalSet, parseEvalSet } from '../../src/evaluation/loadEvalSet';
import { tinyKnowledgeBase } from './fixtures/tinyKnowledgeBase';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

describe('When loading a valid evaluation set', () => {
  const set = loadEvalSet(fixture('valid-set.yaml'));

  test('every item is read with its question, expected id and kind', () => {
    expect(set.items.map((i) => [i.q, i.expect, i.kind])).toEqual([
      ["C'est quoi un développeur back end ?", 'back-end-definition', 'paraphrase'],
      ['combien gagne un dev back', null, 'unanswerable'],
      ['bonjour', 'smalltalk-greeting', 'smalltalk'],
    ]);
  });

  test('"none" becomes null and items keep their line for error messages', () => {
    expect(set.items[1].expect).toBeNull();
    expect(set.items.map((i) => i.line)).toEqual([3, 4, 5]);
  });
});

describe('When an evaluation set is malformed', () => {
  test('all problems are reported together, each with its line', () => {
    let error: unknown;
    try {
      loadEvalSet(fixture('invalid-set.yaml'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EvalSetError);
    const issues = (error as EvalSetError).issues;
    expect(issues.map((i) => i.line)).toEqual([2, 3, 4, 5, 7]);
    expect(issues[0].message).toMatch(/"q"/);
    expect(issues[1].message).toMatch(/"expect"/);
    expect(issues[2].message).toMatch(/"kind" must be one of/);
    expect(issues[3].message).toMatch(/unknown key\(s\): note/);
    expect(issues[4].message).toMatch(/duplicate question \(first at line 6\)/);
  });

  test('a document that is not a list is refused', () => {
    expect(parseEvalSet('just: text', 'inline').issues[0].message).toMatch(/expected a list/);
  });
});

describe('When checking expected ids against a knowledge base', () => {
  const kb = tinyKnowledgeBase();
  const { set } = parseEvalSet(
    [
      '- { q: a, expect: back-end-definition, kind: short }',
      '- { q: b, expect: back-end-nowhere, kind: short }',
      '- { q: c, expect: unavailable-salary, kind: unanswerable }',
      '- { q: d, expect: followup-only, kind: short }',
      '- { q: e, expect: none, kind: unanswerable }',
    ].join('\n'),
    'inline',
  );

  test('not-available and context-only ids are errors; known ids, none, and ids the base no longer has are not', () => {
    // An id the base does not have is a change of the base, reported by labelCoverage (labelsFollowBase.test.ts).
    const issues = checkAgainstKnowledgeBase(set, kb);
    expect(issues.map((i) => i.line)).toEqual([3, 4]);
    expect(issues[0].message).toMatch(/expect none instead/);
    expect(issues[1].message).toMatch(/context-only/);
  });
});
