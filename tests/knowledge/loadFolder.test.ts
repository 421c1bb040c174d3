import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closestWord } from '../../src/knowledge/closestWord';
import { checkEmptyTexts, checkSynonyms } from '../../src/knowledge/crossChecks';
import { formatIssue, KnowledgeBaseError, loadKnowledgeBase, type KnowledgeEntry } from '../../src/knowledge';
import { pathFromPointer } from '../../src/knowledge/yamlLocation';

// Small knowledge folders written by each test: how the loader reads a folder as a whole.

const scratch = mkdtempSync(path.join(tmpdir(), 'kb-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;

/** A folder named `kb` holding `files` (name -> lines); its files are shown as `kb/<name>`. */
function folder(files: Record<string, string[]>): string {
  const dir = path.join(scratch, String(++folders), 'kb');
  mkdirSync(dir, { recursive: true });
  for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(dir, name), lines.join('\n'));
  return dir;
}

/** One valid entry, as YAML lines under `entries:`. */
const entry = (id: string, ...extra: string[]) => [`  - id: ${id}`, `    questions: [question ${id}, autre ${id}, encore ${id}, ${id} ?]`, `    answer: Réponse ${id}.`, ...extra];

async function loadError(dir: string): Promise<KnowledgeBaseError> {
  const error = await loadKnowledgeBase(dir).catch((e: unknown) => e);
  if (!(error instanceof KnowledgeBaseError)) throw new Error(`expected a KnowledgeBaseError, got ${String(error)}`);
  return error;
}

describe('When a folder is read', () => {
  test('*.yaml and *.yml files are entries, in name order; other files and sub-folders are left alone', async () => {
    const dir = folder({
      'b.yml': ['entries:', ...entry('from-b')],
      'a.YAML': ['entries:', ...entry('from-a')],
      'notes.txt': ['entries: not yaml at all: ['],
      'README.md': ['# Notes'],
    });
    mkdirSync(path.join(dir, 'old.yaml'));
    const kb = await loadKnowledgeBase(dir);
    expect(kb.files).toMatchObject(['a.YAML', 'b.yml']);
    expect(kb.entries.map((e) => [e.id, e.location])).toMatchObject([
      ['from-a', { file: 'kb/a.YAML', line: 2 }],
      ['from-b', { file: 'kb/b.yml', line: 2 }],
    ]);
    expect(kb.byId.get('from-b')?.id).toBe('from-b');
    expect(kb.synonyms).toMatchObject([]);
    expect(kb.warnings).toMatchObject([]);
  });

  test('a folder that does not exist is one clear problem', async () => {
    const missing = path.join(scratch, 'nowhere');
    expect((await loadError(missing)).issues).toMatchObject([{ file: missing, message: `the knowledge folder '${missing}' does not exist or cannot be read: check the folder name (KNOWLEDGE_DIR)` }]);
  });

  test('a folder with only the synonyms file has no knowledge file', async () => {
    const dir = folder({ 'synonyms.yaml': ['synonyms:', '  - canonical: développeur', '    variants: [dev]'] });
    expect((await loadError(dir)).issues).toMatchObject([{ file: dir, message: `no knowledge file (*.yaml or *.yml) found in '${dir}': add at least one file of entries` }]);
  });

  test('entries take the defaults of their file, and their own values over them', async () => {
    const dir = folder({
      'faq.yaml': [
        'source:',
        '  title: Page du fichier',
        'theme: Thème du fichier',
        'kind: smalltalk',
        'entries:',
        ...entry('plain'),
        ...entry('own', '    title: Son titre', '    kind: answer', '    theme: Son thème', '    source:', '      title: Sa page', '      url: https://example.org/page'),
        '  - id: trimmed',
        '    questions: [une, deux, trois, quatre]',
        '    answer: |',
        '      Une réponse sur une ligne.',
        '',
      ],
    });
    const kb = await loadKnowledgeBase(dir);
    expect(kb.byId.get('plain')).toEqual({
      id: 'plain',
      title: 'question plain',
      questions: ['question plain', 'autre plain', 'encore plain', 'plain ?'],
      answer: 'Réponse plain.',
      kind: 'smalltalk',
      followups: [],
      tags: [],
      theme: 'Thème du fichier',
      contextOnly: false,
      source: { title: 'Page du fichier' },
      draft: false,
      location: { file: 'kb/faq.yaml', line: 6 },
    } satisfies KnowledgeEntry);
    expect(kb.byId.get('own')).toMatchObject({ title: 'Son titre', kind: 'answer', theme: 'Son thème', source: { title: 'Sa page', url: 'https://example.org/page' } });
    expect(kb.byId.get('trimmed')?.answer).toBe('Une réponse sur une ligne.');
  });

  test('without a kind anywhere, an entry is an answer; without a theme or source, it has none', async () => {
    const kb = await loadKnowledgeBase(folder({ 'faq.yaml': ['entries:', ...entry('bare')] }));
    const bare = kb.byId.get('bare');
    expect(bare?.kind).toBe('answer');
    expect(bare).not.toHaveProperty('theme');
    expect(bare).not.toHaveProperty('source');
    expect(bare).not.toHaveProperty('profile');
    expect(bare).not.toHaveProperty('profileName');
  });
});

describe('When files name job profiles', () => {
  test('the profiles are listed in reading order, named by the file or, without a name, from their id', async () => {
    const kb = await loadKnowledgeBase(
      folder({
        'a.yaml': ['profile: developpeur-back-end', 'profile_name: Développeur back end', 'entries:', ...entry('back-one'), ...entry('data-in-a', '    profile: data-scientist')],
        'b.yaml': ['entries:', ...entry('shared-one')],
      }),
    );
    expect(kb.profiles).toMatchObject([
      { id: 'developpeur-back-end', name: 'Développeur back end' },
      { id: 'data-scientist', name: 'Data scientist' },
    ]);
    expect(kb.byId.get('back-one')).toMatchObject({ profile: 'developpeur-back-end', profileName: 'Développeur back end' });
    // The file's name is for the file's own profile only.
    expect(kb.byId.get('data-in-a')).toMatchObject({ profile: 'data-scientist' });
    expect(kb.byId.get('data-in-a')).not.toHaveProperty('profileName');
  });

  test('a name given later replaces a name made from the id, not another given name', async () => {
    const kb = await loadKnowledgeBase(
      folder({
        'a.yaml': ['entries:', ...entry('early', '    profile: data-scientist')],
        'b.yaml': ['profile: data-scientist', 'profile_name: Data Scientist (H/F)', 'entries:', ...entry('named')],
        'c.yaml': ['profile: data-scientist', 'profile_name: Un autre nom', 'entries:', ...entry('renamed')],
      }),
    );
    expect(kb.profiles).toMatchObject([{ id: 'data-scientist', name: 'Data Scientist (H/F)' }]);
  });

  test('{{profils}} in an answer becomes the list of the profiles, wherever it appears', async () => {
    const kb = await loadKnowledgeBase(
      folder({
        'a.yaml': ['profile: plombier', 'profile_name: Plombier', 'entries:', ...entry('pipes')],
        'b.yaml': ['profile: data-scientist', 'entries:', ...entry('data')],
        'c.yaml': ['entries:', '  - id: jobs', '    questions: [un, deux, trois, quatre]', '    answer: "Je connais :\\n{{profils}}\\nDonc : {{profils}}"'],
      }),
    );
    expect(kb.byId.get('jobs')?.answer).toBe('Je connais :\n- Plombier\n- Data scientist\nDonc : - Plombier\n- Data scientist');
    expect(kb.byId.get('pipes')?.answer).toBe('Réponse pipes.');
  });
});

describe('When several files have problems', () => {
  test('every problem is reported, by file then by line, errors counted apart from warnings', async () => {
    const dir = folder({
      'b.yaml': ['entries:', ...entry('b-one', '    kind: autre'), '  - id: b-two', '    questions: [une, deux]', '    answer: Deux.'],
      'a.yaml': ['entries:', ...entry('a-one', '    followups: [nowhere]')],
    });
    const error = await loadError(dir);
    expect(error.issues).toMatchObject([
      { file: 'kb/a.yaml', line: 2, message: "entry 'a-one' has a follow-up 'nowhere' that matches no entry id" },
      { file: 'kb/b.yaml', line: 5, message: "entry 'b-one': 'kind' must be one of answer, smalltalk, not-available (found 'autre')" },
    ]);
    expect(error.message).toBe(
      [
        'the knowledge base has 2 problems:',
        "  kb/a.yaml:2: entry 'a-one' has a follow-up 'nowhere' that matches no entry id",
        "  kb/b.yaml:5: entry 'b-one': 'kind' must be one of answer, smalltalk, not-available (found 'autre')",
      ].join('\n'),
    );
    expect(error.name).toBe('KnowledgeBaseError');
  });

  test('warnings travel with an error but are not counted as problems', async () => {
    const dir = folder({ 'faq.yaml': ['entries:', '  - id: few', '    questions: [une]', '    answer: Une.', '    followups: [few]'] });
    const error = await loadError(dir);
    expect(error.message).toBe(
      [
        'the knowledge base has 1 problem:',
        "  kb/faq.yaml:2: entry 'few' lists itself as a follow-up",
        "  kb/faq.yaml:3: warning: entry 'few' has only 1 phrasing(s): aim for at least 4 to be understood reliably",
      ].join('\n'),
    );
  });

  test('a follow-up to an entry of a file that failed its schema is not reported: the id exists', async () => {
    const dir = folder({
      'a.yaml': ['entries:', ...entry('pointing', '    followups: [in-broken-file]')],
      'b.yaml': ['entries:', ...entry('in-broken-file', '    colour: bleu')],
    });
    expect((await loadError(dir)).issues.map((issue) => issue.message)).toMatchObject([expect.stringMatching(/^entry 'in-broken-file' has an unknown key 'colour'/)]);
  });

  test('an id used in a valid file and again in a file that failed its schema is still a duplicate', async () => {
    const dir = folder({
      'a.yaml': ['entries:', ...entry('twice')],
      'b.yaml': ['entries:', ...entry('twice', '    colour: bleu')],
    });
    expect((await loadError(dir)).issues).toMatchObject([
      { file: 'kb/b.yaml', line: 2, message: "entry id 'twice' is already used at kb/a.yaml:2: ids must be unique across all files" },
      {
        file: 'kb/b.yaml',
        line: 5,
        message: "entry 'twice' has an unknown key 'colour' (allowed: id, title, questions, answer, kind, followups, tags, theme, profile, context_only, source, draft)",
      },
    ]);
  });

  test('when a file cannot be parsed at all, follow-ups to unknown ids are not reported (they may be in it)', async () => {
    const dir = folder({
      'a.yaml': ['entries:', ...entry('pointing', '    followups: [maybe-in-b]')],
      'b.yaml': ['entries:', '  - id: "unclosed'],
    });
    const issues = (await loadError(dir)).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'kb/b.yaml', message: expect.stringMatching(/^YAML syntax error/) });
  });

  test('a broken synonyms file does not hide a follow-up to a missing entry', async () => {
    const dir = folder({
      'faq.yaml': ['entries:', ...entry('pointing', '    followups: [nowhere]')],
      'synonyms.yaml': ['synonyms: "unclosed'],
    });
    expect((await loadError(dir)).issues.map((issue) => issue.file)).toMatchObject(['kb/faq.yaml', 'kb/synonyms.yaml']);
  });

  test('a synonyms file that fails its schema is reported and gives no rules', async () => {
    const dir = folder({ 'faq.yaml': ['entries:', ...entry('one')], 'synonyms.yaml': ['synonyms:', '  - canonical: dev'] });
    expect((await loadError(dir)).issues).toMatchObject([{ file: 'kb/synonyms.yaml', line: 2, message: "synonym rule #1 ('dev') has no 'variants' (it is required)" }]);
  });
});

describe('When synonym rules contradict each other', () => {
  const rule = (canonical: string, variants: string[], line: number) => ({ canonical, variants, location: { file: 'kb/synonyms.yaml', line } });

  test('a variant equal to its canonical form (case and accents aside) is a warning', () => {
    expect(checkSynonyms([rule('développeur', ['Developpeur', 'dev'], 2)])).toMatchObject([
      { file: 'kb/synonyms.yaml', line: 2, message: "synonym 'Developpeur' is the same as its canonical form: remove it", severity: 'warning' },
    ]);
  });

  test("a variant that is another rule's canonical form is an error", () => {
    expect(checkSynonyms([rule('développeur', ['dev'], 2), rule('programmeur', ['Développeur'], 4)])).toMatchObject([
      { file: 'kb/synonyms.yaml', line: 4, message: "synonym 'Développeur' of 'programmeur' is itself the canonical form of another rule: merge the two rules" },
    ]);
  });

  test('a variant of two rules is an error on the second, pointing at the first', () => {
    expect(checkSynonyms([rule('développeur', ['dev'], 2), rule('développement', ['DEV'], 4)])).toMatchObject([
      {
        file: 'kb/synonyms.yaml',
        line: 4,
        message: "synonym 'DEV' is listed under 'développement' and already under 'développeur' (kb/synonyms.yaml:2): a variant may belong to one rule only",
      },
    ]);
  });

  test('rules built in code, without location, are reported against "synonyms"', () => {
    expect(checkSynonyms([{ canonical: 'a', variants: ['b'] }, { canonical: 'c', variants: ['b'] }])).toMatchObject([
      { file: 'synonyms', message: "synonym 'b' is listed under 'c' and already under 'a' (synonyms): a variant may belong to one rule only" },
    ]);
  });
});

describe('When entries are built in code (an importer) rather than read from YAML', () => {
  const built = (answer: string, questions: string[]): KnowledgeEntry => ({
    id: 'built',
    title: 'Built',
    questions,
    answer,
    kind: 'answer',
    followups: [],
    tags: [],
    contextOnly: false,
    draft: true,
    location: { file: 'kb/draft.yaml', line: 7 },
  });

  test('an empty answer and empty questions are reported, with their position', () => {
    expect(checkEmptyTexts([built('  ', ['une', ' ', 'trois', ''])])).toMatchObject([
      { file: 'kb/draft.yaml', line: 7, message: "entry 'built' has an empty answer" },
      { file: 'kb/draft.yaml', line: 7, message: "entry 'built': question 2 is empty" },
      { file: 'kb/draft.yaml', line: 7, message: "entry 'built': question 4 is empty" },
    ]);
    expect(checkEmptyTexts([built('Une réponse.', ['une'])])).toMatchObject([]);
  });
});

describe('When a key is misspelt', () => {
  const keys = ['id', 'title', 'questions', 'answer', 'kind', 'tags', 'theme'];

  test.each([
    ['tilte', 'title'],
    ['questons', 'questions'],
    ['Answer', 'answer'],
    ['kinf', 'kind'],
    ['tehm', undefined],
    ['ansewr', 'answer'],
    ['colour', undefined],
    ['ids', 'id'],
  ])('"%s" suggests %s', (word, expected) => {
    expect(closestWord(word, keys)).toBe(expected);
  });

  test('a short word allows one edit, a longer one two', () => {
    expect(closestWord('tgas', ['tags'])).toBeUndefined();
    expect(closestWord('tgs', ['tags'])).toBe('tags');
    expect(closestWord('thmee', ['theme'])).toBe('theme');
    expect(closestWord('thmeee', ['theme'])).toBe('theme');
    expect(closestWord('thmeeee', ['theme'])).toBeUndefined();
  });

  test('the closest candidate wins, the first one among equals', () => {
    expect(closestWord('tame', ['time', 'tag', 'name'])).toBe('time');
    expect(closestWord('tage', ['tags', 'tag'])).toBe('tags');
    expect(closestWord('tage', ['tag', 'tags'])).toBe('tag');
    expect(closestWord('tagss', ['tag', 'tags'])).toBe('tags');
    expect(closestWord('kid', ['id', 'kind'])).toBe('id');
  });
});

describe('When a schema error points into the file', () => {
  test.each([
    ['', []],
    ['/entries', ['entries']],
    ['/entries/3/answer', ['entries', 3, 'answer']],
    ['/a~1b/~0c/10x', ['a/b', '~c', '10x']],
  ])('the pointer "%s" is the path %j', (pointer, expected) => {
    expect(pathFromPointer(pointer)).toEqual(expected);
  });
});

describe('When an issue is printed', () => {
  test('it reads file:line: message, "warning: " before a warning, the file alone without a line', () => {
    expect(formatIssue({ file: 'kb/a.yaml', line: 3, message: 'm' })).toBe('kb/a.yaml:3: m');
    expect(formatIssue({ file: 'kb/a.yaml', line: 3, message: 'm', severity: 'warning' })).toBe('kb/a.yaml:3: warning: m');
    expect(formatIssue({ file: 'kb', message: 'm', severity: 'error' })).toBe('kb: m');
  });
});
