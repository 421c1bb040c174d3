import { describe, expect, test } from 'vitest';
import { KnowledgeBaseError, loadKnowledgeBase } from '../../src/knowledge';
import { fixture, loadErrors } from './loadIssues';

describe('When a knowledge file is broken, the loader names the file, the line and the problem', () => {
  test('a YAML syntax error points at the unclosed quote', async () => {
    const issues = await loadErrors(fixture('knowledge-syntax-error'));
    expect(issues[0]).toMatchObject({ file: 'knowledge-syntax-error/faq.yaml', line: 8 });
    expect(issues[0].message).toMatch(/^YAML syntax error: a quote opened here is never closed/);
    expect(issues[0].messageFr).toMatch(/^erreur de syntaxe YAML : un guillemet ouvert ici n’est jamais fermé/);
  });

  test('an unknown key is reported on its own line with the key it was probably meant to be', async () => {
    const issues = await loadErrors(fixture('knowledge-unknown-key'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'knowledge-unknown-key/faq.yaml', line: 9 });
    expect(issues[0].message).toContain("entry 'typo-entry' has an unknown key 'folowups' (did you mean 'followups'?)");
    expect(issues[0].message).toContain('allowed: id, title, questions, answer');
  });

  test('a missing answer is reported on the entry that lacks it', async () => {
    const issues = await loadErrors(fixture('knowledge-missing-answer'));
    expect(issues).toMatchObject([
      { file: 'knowledge-missing-answer/faq.yaml', line: 5, message: "entry 'no-answer-entry' has no 'answer' (it is required)" },
    ]);
  });

  test('an empty list of questions is reported on the questions line', async () => {
    const issues = await loadErrors(fixture('knowledge-empty-questions'));
    expect(issues).toMatchObject([
      {
        file: 'knowledge-empty-questions/faq.yaml',
        line: 3,
        message: "entry 'no-questions-entry': 'questions' is an empty list: give at least one item",
      },
    ]);
  });

  test('an id used in two files is reported at the second place, with the first one', async () => {
    const issues = await loadErrors(fixture('knowledge-duplicate-id'));
    expect(issues).toMatchObject([
      {
        file: 'knowledge-duplicate-id/second.yaml',
        line: 6,
        message: "entry id 'shared-id' is already used at knowledge-duplicate-id/first.yaml:2: ids must be unique across all files",
      },
    ]);
  });

  test('a follow-up to an id that does not exist is reported, a valid one is not', async () => {
    const issues = await loadErrors(fixture('knowledge-missing-followup'));
    expect(issues).toMatchObject([
      {
        file: 'knowledge-missing-followup/faq.yaml',
        line: 2,
        message: "entry 'pointing-entry' has a follow-up 'nowhere-to-be-found' that matches no entry id",
      },
    ]);
  });

  test('an id that is not kebab-case is refused with an example of a good one', async () => {
    const issues = await loadErrors(fixture('knowledge-bad-id'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'knowledge-bad-id/faq.yaml', line: 6 });
    expect(issues[0].message).toMatch(/id 'Bad_Id' is not a valid id: .*kebab-case.*'back-end-missions'/);
  });

  test('a synonym variant listed under two rules is refused', async () => {
    const issues = await loadErrors(fixture('knowledge-synonym-conflict'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'knowledge-synonym-conflict/synonyms.yaml', line: 4 });
    expect(issues[0].message).toContain("synonym 'dev' is listed under 'développement' and already under 'développeur'");
  });

  test('the error message lists every problem as file:line: message', async () => {
    const error = await loadKnowledgeBase(fixture('knowledge-missing-followup')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    expect((error as Error).message).toContain(
      "knowledge-missing-followup/faq.yaml:2: entry 'pointing-entry' has a follow-up 'nowhere-to-be-found'",
    );
    expect((error as Error).message).toMatch(/^the knowledge base has 1 problem:/);
  });

  test('a folder that does not exist is a clear error, not a crash', async () => {
    const issues = await loadErrors(fixture('knowledge-does-not-exist'));
    expect(issues[0].message).toMatch(/does not exist/);
  });
});
