/**
 * Issue 14: the evaluation's labels follow the base. Staff add and remove entries without touching the
 * evaluation sets: an entry with no question is reported, and a label naming an entry that is gone is
 * reported with its file and line, left out of the figures (neither a crash nor a wrong answer).
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answererSystem } from '../../src/evaluation/answererSystem';
import { entriesWithoutQuestions, formatLabelNotes, formatNewlyAnswered, setAsideNewlyAnswered, splitStaleLabels } from '../../src/evaluation/labelCoverage';
import { checkAgainstKnowledgeBase, loadEvalSet, parseEvalSet } from '../../src/evaluation/loadEvalSet';
import { computeMetrics, runItems } from '../../src/evaluation/metrics';
import type { EvalSet, SystemUnderTest } from '../../src/evaluation/types';
import { loadKnowledgeBase } from '../../src/knowledge';
import { tinyKnowledgeBase } from './fixtures/tinyKnowledgeBase';

const ROOT = path.resolve(__dirname, '../..');
const SET = [
  '- { q: "C\'est quoi un développeur back end ?", expect: back-end-definition, kind: paraphrase }',
  '- { q: "Que fait-il au quotidien ?", expect: back-end-definitoin, kind: paraphrase }',
  '- { q: "Et la retraite ?", expect: back-end-retirement, kind: paraphrase }',
  '- { q: "Comment faire pousser des tomates ?", expect: none, kind: far-out-of-scope }',
].join('\n');

let scratch: string;
let setFile: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'faq-bot-labels-'));
  setFile = path.join(scratch, 'set.yaml');
  await writeFile(setFile, `${SET}\n`);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('When a label names an entry that is no longer in the base', () => {
  test('loading the set does not fail: the item is reported with its file, line, question and id', () => {
    const set = loadEvalSet(setFile, tinyKnowledgeBase());
    expect(set.stale).toEqual([
      { file: setFile, line: 2, q: 'Que fait-il au quotidien ?', expect: 'back-end-definitoin', closest: 'back-end-definition' },
      { file: setFile, line: 3, q: 'Et la retraite ?', expect: 'back-end-retirement' },
    ]);
    expect(checkAgainstKnowledgeBase(parseEvalSet(SET, 'inline').set, tinyKnowledgeBase())).toEqual([]);
  });

  test('the item is left out of the figures rather than counted as a wrong answer', () => {
    const set = loadEvalSet(setFile, tinyKnowledgeBase());
    expect(set.items.map((item) => item.expect)).toEqual(['back-end-definition', null]);
    // A system that answers every question with the definition: right once, never wrong on a gone entry.
    const always: SystemUnderTest = { name: 'always', predict: () => ({ answerId: 'back-end-definition', suggestionIds: [] }) };
    const metrics = computeMetrics(runItems(always, set.items));
    expect(metrics.accuracy).toMatchObject({ hits: 1, n: 1 });
    expect(metrics.wrongAnswers.hits).toBe(0);
  });

  test('the note says where each label is and what it may have meant', () => {
    const { stale } = splitStaleLabels(parseEvalSet(SET, 'sets/dev.yaml').set, tinyKnowledgeBase());
    expect(formatLabelNotes(stale, [])).toEqual([
      'Note: 2 question(s) expect an entry id that is not in the base (removed or renamed?): left out of the figures, not counted as wrong. Fix their label:',
      '  - sets/dev.yaml:2: "Que fait-il au quotidien ?" expects "back-end-definitoin" (did you mean "back-end-definition"?)',
      '  - sets/dev.yaml:3: "Et la retraite ?" expects "back-end-retirement"',
    ]);
    // A held-out set never shows its items: ids only.
    expect(formatLabelNotes(stale, [], false)[1]).toBe('  - ids: back-end-definitoin, back-end-retirement');
  });
});

describe('When an entry has no evaluation question yet', () => {
  test('it is listed; honest notices, follow-up-only entries and drafts are not', () => {
    const kb = tinyKnowledgeBase();
    const empty: EvalSet = { source: 'inline', items: [] };
    expect(entriesWithoutQuestions(kb, [empty])).toEqual(['back-end-definition']);
    expect(entriesWithoutQuestions(kb, [loadEvalSet(setFile, kb)])).toEqual([]);
    expect(formatLabelNotes([], ['back-end-definition'])).toEqual(['Note: 1 entry has no evaluation question yet (add some to the development set): back-end-definition']);
  });
});

describe('When an entry with no evaluation question answers questions labelled out of scope', () => {
  // The set was written when the base did not cover the topic; staff have since added an entry for it.
  const { set } = parseEvalSet(
    ['- { q: "C\'est quoi un développeur back end ?", expect: none, kind: near-out-of-scope }', '- { q: "Comment faire pousser des tomates ?", expect: none, kind: far-out-of-scope }'].join('\n'),
    'sets/dev.yaml',
  );

  test('they are set aside and reported with the entry, not counted as failed refusals', () => {
    const { items, setAside } = setAsideNewlyAnswered(tinyKnowledgeBase(), set.items, ['back-end-definition']);
    expect(items.map((item) => item.q)).toEqual(['Comment faire pousser des tomates ?']);
    expect(setAside.map(({ item, entryId }) => [item.line, entryId])).toEqual([[1, 'back-end-definition']]);
    expect(formatNewlyAnswered('sets/dev.yaml', setAside)[1]).toBe('  - sets/dev.yaml:1: "C\'est quoi un développeur back end ?" -> back-end-definition');
  });

  test('an entry that has evaluation questions is measured as before: its false answers still count', () => {
    expect(setAsideNewlyAnswered(tinyKnowledgeBase(), set.items, []).items).toHaveLength(2);
  });
});

describe('When staff add an entry on a topic the corpus wrote as out of scope (télétravail)', () => {
  test('the development half sets those questions aside and its refusal guard still holds', { timeout: 60_000 }, async () => {
    const dir = path.join(scratch, 'knowledge');
    await cp(path.join(ROOT, 'knowledge'), dir, { recursive: true });
    const target = path.join(dir, 'developpeur-back-end.yaml');
    const added = [
      '  - id: back-end-remote-work',
      '    questions:',
      '      - Un développeur back end peut-il travailler en télétravail ?',
      '      - télétravail développeur back end',
      "      - Est-ce qu'un dev back peut bosser de chez lui ?",
      '      - travail à distance pour un développeur back end',
      '      - Can a back end developer work remotely?',
      '    answer: |',
      '      Une grande partie du travail se fait sur ordinateur, ce qui permet souvent le **télétravail**.',
      '',
    ].join('\n');
    await writeFile(target, `${(await readFile(target, 'utf8')).trimEnd()}\n\n${added}`);
    const kb = await loadKnowledgeBase(dir);
    const dev = loadEvalSet(path.join(ROOT, 'tests/fixtures/eval/eval-dev.yaml'), kb);
    const unlabelled = entriesWithoutQuestions(kb, [dev]);
    expect(unlabelled).toEqual(['back-end-remote-work']);
    const { items, setAside } = setAsideNewlyAnswered(kb, dev.items, unlabelled);
    expect(setAside.length).toBeGreaterThan(0);
    expect(setAside.every(({ item, entryId }) => item.expect === null && entryId === 'back-end-remote-work' && /télétravail/i.test(item.q))).toBe(true);
    // The guard of corpus.test.ts (90 % refused): without setting them aside, this base falls below it.
    expect(computeMetrics(runItems(answererSystem(kb), items)).rejection.rate ?? 0).toBeGreaterThanOrEqual(0.9);
  });
});

describe('When npm run eval scores a set with a gone entry on the real base', () => {
  test('it exits 0 and reports the label with its file and line, and the entries without questions', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', '--set', setFile, '--single', '--show-items'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`${setFile}:3: "Et la retraite ?" expects "back-end-retirement"`);
    expect(stdout).toMatch(/no evaluation question yet \(add some to the development set\): .*back-end-missions/);
    expect(stdout).toContain('=== Summary');
  });
});
