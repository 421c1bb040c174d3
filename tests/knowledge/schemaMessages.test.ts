import { describe, expect, test } from 'vitest';
import { parseYamlFile } from '../../src/knowledge/parseYamlFile';
import { validateKnowledgeFile } from '../../src/knowledge/validateKnowledgeFile';
import { validateSynonymsFile } from '../../src/knowledge/validateSynonymsFile';
import type { KnowledgeIssue } from '../../src/knowledge/types';

const FILE = 'kb/faq.yaml';

/** What the loader reports for one knowledge file written as `lines`. */
function issuesOf(...lines: string[]): KnowledgeIssue[] {
  const parsed = parseYamlFile(FILE, lines.join('\n'));
  if (!parsed.ok) return parsed.issues;
  const result = validateKnowledgeFile(parsed.parsed);
  return result.ok ? [] : result.issues;
}

/** A valid entry (lines 2 to 5 of the file), followed by `extra` lines of its own. */
const entry = (...extra: string[]) => ['entries:', '  - id: some-entry', '    questions: [une question]', '    answer: Une réponse.', ...extra];

const at = (line: number, message: string) => ({ file: FILE, line, message });

describe('When a knowledge file breaks the schema, each problem is told in plain words on its line', () => {
  test.each<[string, string[], KnowledgeIssue[]]>([
    [
      'a kind that does not exist',
      entry('    kind: question'),
      [at(5, "entry 'some-entry': 'kind' must be one of answer, smalltalk, not-available (found 'question')")],
    ],
    ['a tag listed twice', entry('    tags: [prix, tarif, prix]'), [at(5, "entry 'some-entry': 'tags' lists 'prix' twice")]],
    ['a follow-up listed twice', entry('    followups: [other-entry, other-entry]'), [at(5, "entry 'some-entry': 'followups' lists 'other-entry' twice")]],
    ['an entry written as plain text', ['entries:', '  - juste du texte'], [at(2, 'entry #1 should be a group of keys, found text')]],
    [
      'questions written as one text',
      ['entries:', '  - id: some-entry', '    questions: une question', '    answer: Une réponse.'],
      [at(3, `entry 'some-entry': 'questions' should be a list (lines starting with "- "), found text`)],
    ],
    ['a yes/no written as a word', entry('    draft: oui'), [at(5, "entry 'some-entry': 'draft' should be true or false, found text")]],
    ['a title written as a number', entry('    title: 42'), [at(5, "entry 'some-entry': 'title' should be text, found the number 42")]],
    ['a theme written as a list', entry('    theme: [a, b]'), [at(5, "entry 'some-entry': 'theme' should be text, found a list")]],
    ['a title written as true', entry('    title: true'), [at(5, "entry 'some-entry': 'title' should be text, found true (yes/no)")]],
    ['a tag that is a group of keys', entry('    tags: [{ a: b }]'), [at(5, "entry 'some-entry': 'tags #1' should be text, found a group of keys")]],
    ['an answer with nothing after it', ['entries:', '  - id: some-entry', '    questions: [une question]', '    answer:'], [at(4, "entry 'some-entry': 'answer' is empty")]],
    ['an empty title', entry('    title: ""'), [at(5, "entry 'some-entry': 'title' is empty")]],
    ['an answer of spaces only', ['entries:', '  - id: some-entry', '    questions: [une question]', '    answer: "   "'], [at(4, "entry 'some-entry': 'answer' is empty")]],
    ['a second question left empty', ['entries:', '  - id: some-entry', '    questions:', '      - une question', '      - ""', '    answer: Une réponse.'], [at(5, "entry 'some-entry': 'questions #2' is empty")]],
    ['an empty list of entries', ['entries: []'], [at(1, "the file: 'entries' is an empty list: give at least one item")]],
    [
      'a date written in words',
      entry('    source:', '      title: Une page', '      updated: 20 décembre 2023'),
      [at(7, "entry 'some-entry': source.updated '20 décembre 2023' is not a date written YYYY-MM-DD, e.g. 2023-12-20")],
    ],
    [
      'an impossible month',
      entry('    source:', '      title: Une page', '      updated: 2023-13-01'),
      [at(7, "entry 'some-entry': source.updated '2023-13-01' is not a date written YYYY-MM-DD, e.g. 2023-12-20")],
    ],
    [
      'an address without http',
      entry('    source:', '      title: Une page', '      url: www.example.com'),
      [at(7, "entry 'some-entry': source.url 'www.example.com' is not a web address starting with http:// or https://")],
    ],
    [
      'a source without title',
      entry('    source:', '      updated: 2023-12-20'),
      [at(6, "entry 'some-entry' (in 'source') has no 'title' (it is required)")],
    ],
    [
      'a misspelt key inside the source',
      entry('    source:', '      title: Une page', '      udpated: 2023-12-20'),
      [at(7, "entry 'some-entry' (in 'source') has an unknown key 'udpated' (did you mean 'updated'?) (allowed: title, updated, url)")],
    ],
    [
      'a misspelt key of the file',
      ['themes: Tests', ...entry()],
      [at(1, "the file has an unknown key 'themes' (did you mean 'theme'?) (allowed: source, profile, profile_name, theme, kind, entries)")],
    ],
    [
      'an unknown key that resembles nothing',
      entry('    colour: bleu'),
      [at(5, "entry 'some-entry' has an unknown key 'colour' (allowed: id, title, questions, answer, kind, followups, tags, theme, profile, context_only, source, draft)")],
    ],
    ['a file without entries', ['theme: Tests'], [at(1, "the file has no 'entries' (it is required)")]],
    [
      'an id that is not kebab-case, named by its position',
      ['entries:', '  - id: Some_Entry', '    questions: [une question]', '    answer: Une réponse.'],
      [at(2, "entry #1: id 'Some_Entry' is not a valid id: use lowercase letters and digits in words joined by dashes (kebab-case), e.g. 'back-end-missions'")],
    ],
    [
      'a profile that is not kebab-case, at the file level',
      ['profile: Data Scientist', ...entry()],
      [at(1, "the file: profile 'Data Scientist' is not a valid id: use lowercase letters and digits in words joined by dashes (kebab-case), e.g. 'back-end-missions'")],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(issuesOf(...lines)).toMatchObject(expected);
  });

  test('every problem of a file is reported, each once, in file order of the schema', () => {
    const issues = issuesOf('entries:', '  - id: first', '    questions: []', '    answer: Une.', '  - id: second', '    questions: [deux]', '    kind: autre');
    expect(issues).toMatchObject([
      at(3, "entry 'first': 'questions' is an empty list: give at least one item"),
      at(5, "entry 'second' has no 'answer' (it is required)"),
      at(7, "entry 'second': 'kind' must be one of answer, smalltalk, not-available (found 'autre')"),
    ]);
  });

  test('an empty file and a file of comments only are refused as empty', () => {
    const expected = [at(1, 'the file is empty: it needs at least an `entries:` list')];
    expect(issuesOf('')).toMatchObject(expected);
    expect(issuesOf('# rien encore', '')).toMatchObject(expected);
  });

  test('a key written twice is a syntax error on its second line', () => {
    expect(issuesOf(...entry('    answer: Une autre réponse.'))).toMatchObject([
      { file: FILE, line: 5, column: 5, message: 'YAML syntax error: the same key is written twice in one entry: keep only one' },
    ]);
  });
});

describe('When the synonyms file breaks its schema', () => {
  const synonymIssues = (...lines: string[]) => {
    const parsed = parseYamlFile('kb/synonyms.yaml', lines.join('\n'));
    if (!parsed.ok) return parsed.issues;
    const result = validateSynonymsFile(parsed.parsed);
    return result.ok ? [] : result.issues;
  };

  test('a rule is named by its number and its canonical form', () => {
    expect(synonymIssues('synonyms:', '  - canonical: développeur', '    variants: dev')).toMatchObject([
      { file: 'kb/synonyms.yaml', line: 3, message: `synonym rule #1 ('développeur'): 'variants' should be a list (lines starting with "- "), found text` },
    ]);
  });

  test('a rule without canonical form is named by its number only', () => {
    expect(synonymIssues('synonyms:', '  - variants: [dev]')).toMatchObject([
      { file: 'kb/synonyms.yaml', line: 2, message: "synonym rule #1 has no 'canonical' (it is required)" },
    ]);
  });

  test('a valid file gives its rules, trimmed, with their lines', () => {
    const parsed = parseYamlFile('kb/synonyms.yaml', ['synonyms:', '  - canonical: "développeur "', '    variants: [" dev", devs]'].join('\n'));
    if (!parsed.ok) throw new Error('expected a parsed file');
    expect(validateSynonymsFile(parsed.parsed)).toEqual({
      ok: true,
      rules: [{ canonical: 'développeur', variants: ['dev', 'devs'], location: { file: 'kb/synonyms.yaml', line: 2 } }],
    });
  });
});
