import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';
import { addQuestion, applyAlternates } from '../../src/learning/reviewApply';
import type { AlternateProposal } from '../../src/learning/reviewTypes';

const FIXTURES = 'tests/learning/fixtures';
let dir: string;
let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'faq-bot-apply-'));
  dir = path.join(scratch, 'knowledge-review');
  await cp(path.join(FIXTURES, 'knowledge-review'), dir, { recursive: true });
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const proposal = (entryId: string, question: string): AlternateProposal => ({
  entryId,
  question,
  title: entryId,
  file: 'knowledge-review/metier.yaml',
  picks: 2,
  conversations: 2,
});
const metier = () => readFile(path.join(dir, 'metier.yaml'), 'utf8');

describe('When accepted questions are applied to the YAML files', () => {
  test('each lands at the end of its entry\'s questions, and every comment and line of layout is kept', async () => {
    const outcome = await applyAlternates(dir, [proposal('job-missions', 'il fait quoi en vrai'), proposal('job-languages', 'les langages : back ou front ?')]);
    expect(outcome.refused).toEqual([]);
    expect(outcome.files).toEqual(['metier.yaml']);
    expect(await metier()).toBe(await readFile(path.join(FIXTURES, 'metier.after-apply.yaml'), 'utf8'));
    const kb = await loadKnowledgeBase(dir);
    expect(kb.byId.get('job-languages')?.questions.at(-1)).toBe('les langages : back ou front ?');
  });

  test('a change that would break the base is refused and the file is left as it was', async () => {
    const before = await metier();
    const outcome = await applyAlternates(dir, [
      proposal('job-languages', 'Quels langages de programmation utilise-t-il ?'),
      proposal('job-languages', '   '),
      proposal('no-such-entry', 'une question'),
      proposal('job-missions', 'il fait quoi en vrai'),
    ]);
    expect(outcome.refused.map((r) => r.proposal.question)).toEqual(['Quels langages de programmation utilise-t-il ?', '   ', 'une question']);
    expect(outcome.refused[0].reason).toMatch(/would not load: knowledge-review\/metier\.yaml:\d+: .*Quels langages/);
    expect(outcome.refused[2].reason).toBe('entry no-such-entry has no questions list in this file');
    expect(outcome.applied.map((p) => p.question)).toEqual(['il fait quoi en vrai']);
    const after = await metier();
    expect(after.replace('      - il fait quoi en vrai\n', '')).toBe(before);
  });

  test('nothing accepted, nothing written', async () => {
    const before = await metier();
    expect(await applyAlternates(dir, [])).toEqual({ applied: [], refused: [], files: [] });
    expect(await metier()).toBe(before);
  });
});

describe('When the YAML library would rewrite more than the added line', () => {
  test.each([
    ['a list written inline', ['entries:', '  - id: a', '    questions: [Première question ?, Deuxième ?]', '    answer: Réponse.', '']],
    ['a list indented unlike the library does', ['entries:', '  - id: a', '    answer: Réponse.', '    questions:', '        - Première ?', '']],
  ])('the change to %s is refused rather than reformatting the file', (_name, lines) => {
    expect(addQuestion(lines.join('\n'), { entryId: 'a', question: 'Troisième ?' })).toEqual({
      reason: 'the YAML library would rewrite other lines of this file: add it by hand',
    });
  });

  test('a block list gets one new line with the same indentation, even at the end of the file', () => {
    const text = ['entries:', '  - id: a', '    answer: Réponse.', '    questions:', '      - Première ?   # aligned comment', ''].join('\n');
    expect(addQuestion(text, { entryId: 'a', question: 'Deuxième ?' })).toBe(
      ['entries:', '  - id: a', '    answer: Réponse.', '    questions:', '      - Première ?   # aligned comment', '      - Deuxième ?', ''].join('\n'),
    );
  });
});
