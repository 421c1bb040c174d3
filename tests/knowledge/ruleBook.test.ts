import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';
import { loadErrors } from './loadIssues';

// kb:check is the rule book of the knowledge base (issue 14): each gap found by support staff gets a
// clear problem naming the file and the line, in French by default, and the real base's tests accept
// whatever it accepts without a warning.

const root = path.join(__dirname, '..', '..');
const run = promisify(execFile);
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder named `kb` holding the given files. */
function folder(files: Record<string, string | Buffer>): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'rule-book-'));
  folders.push(parent);
  const dir = path.join(parent, 'kb');
  cpSync(path.join(root, 'tests/fixtures/knowledge-valid'), dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function kbCheck(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/kbCheck.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const entry = (id: string, questions: string[], answer = 'Une réponse courte.', extra = '') =>
  `  - id: ${id}\n    questions:\n${questions.map((q) => `      - ${q}\n`).join('')}    answer: ${answer}\n${extra}`;
const file = (...entries: string[]) => `entries:\n${entries.join('')}`;
const fourQuestions = (topic: string) => [`Question un sur ${topic} ?`, `Question deux sur ${topic} ?`, `Question trois sur ${topic} ?`, `${topic} en bref`];

describe('kb:check, the rule book', () => {
  test('adding a five-question entry to the real base the way the guide shows: valid, no warning', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'rule-book-'));
    folders.push(parent);
    const dir = path.join(parent, 'knowledge');
    cpSync(path.join(root, 'knowledge'), dir, { recursive: true });
    const target = path.join(dir, 'developpeur-back-end.yaml');
    const added = [
      '  - id: back-end-client-kinds',
      '    questions:',
      '      - Chez quels genres de clients un développeur back end intervient-il ?',
      '      - types de clients dev back end',
      '      - Un back end bosse pour quelles boîtes ?',
      '      - clientèle du développeur back end',
      '      - What kind of clients does a back end developer work for?',
      '    answer: |',
      '      Les missions se font auprès de clients variés : agences, start-up, e-commerce.',
      '    followups: [back-end-missions]',
      '',
    ].join('\n');
    writeFileSync(target, `${readFileSync(target, 'utf8').trimEnd()}\n\n${added}`);
    const kb = await loadKnowledgeBase(dir);
    expect(kb.byId.get('back-end-client-kinds')?.questions).toHaveLength(5);
    expect(kb.warnings).toEqual([]);
    const result = await kbCheck(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/avertissement/);
  });

  test('a YAML alias bomb is a clear problem naming the file, not a crash', async () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let previous = 'a';
    for (const name of 'bcdefghi') {
      bomb += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = name;
    }
    const dir = folder({ 'bomb.yaml': bomb });
    const issues = await loadErrors(dir);
    expect(issues).toMatchObject([{ file: 'kb/bomb.yaml', line: 2 }]);
    expect(issues[0].messageFr).toContain('références (&ancre / *alias)');
    const result = await kbCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kb/bomb.yaml:2: le fichier répète des références');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+|ReferenceError/);
  });

  test('a file saved as Latin-1 is refused, with the line of the first garbled letter', async () => {
    const text = file(entry('latin-entry', fourQuestions('le salaire'), 'Réponse écrite en Latin-1.'));
    const dir = folder({ 'latin.yaml': Buffer.from(text, 'latin1') });
    const issues = await loadErrors(dir);
    expect(issues).toMatchObject([{ file: 'kb/latin.yaml', line: 8 }]);
    const result = await kbCheck(dir);
    expect(result.stderr).toContain('kb/latin.yaml:8: le fichier n’est pas enregistré en UTF-8');
    expect(result.stderr).toContain('enregistrez-le à nouveau avec l’encodage UTF-8');
  });

  test('a 1 MB answer is refused on its line, with the limit', async () => {
    const dir = folder({ 'big.yaml': file(entry('big-entry', fourQuestions('la taille'), 'x'.repeat(1024 * 1024))) });
    const issues = await loadErrors(dir);
    expect(issues).toMatchObject([{ file: 'kb/big.yaml', line: 8 }]);
    const result = await kbCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("kb/big.yaml:8: l’entrée « big-entry » a une réponse de 1048576 caractères, plus que la limite de 4000 : raccourcissez-la");
  });

  test('a file over 2 MB is refused before it is read', async () => {
    const dir = folder({ 'huge.yaml': `# ${'x'.repeat(3 * 1024 * 1024)}\n` });
    const issues = await loadErrors(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'kb/huge.yaml' });
    expect(issues[0].messageFr).toMatch(/plus que la limite/);
  });

  test('one tab is one problem, on its line, saying to use spaces', async () => {
    const text = file(entry('tab-entry', fourQuestions('les tabulations'))).replace('      - Question deux', '\t      - Question deux');
    const issues = await loadErrors(folder({ 'tab.yaml': text }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'kb/tab.yaml', line: 5 });
    expect(issues[0].messageFr).toBe('erreur de syntaxe YAML : une tabulation sert d’indentation : YAML n’accepte que des espaces ; remplacez la tabulation par des espaces');
  });

  test('an indentation mistake is said in plain words, not parser jargon', async () => {
    const text = file(entry('indent-entry', fourQuestions('l’indentation'))).replace('    answer:', '     answer:');
    const issues = await loadErrors(folder({ 'indent.yaml': text }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'kb/indent.yaml', line: 8 });
    expect(issues[0].messageFr).toContain('n’est pas alignée sur les clés au-dessus');
    expect(issues[0].message).not.toMatch(/mapping|implicit/i);
  });

  test('an unknown follow-up gets a "did you mean" with the closest id', async () => {
    const text = file(
      entry('first-topic', fourQuestions('le premier sujet'), 'Réponse.', '    followups: [secnd-topic]\n'),
      entry('second-topic', fourQuestions('le second sujet')),
    );
    const issues = await loadErrors(folder({ 'followups.yaml': text }));
    expect(issues).toHaveLength(1);
    expect(issues[0].messageFr).toContain('propose la suite « secnd-topic », qui n’est l’identifiant d’aucune entrée (vouliez-vous dire « second-topic » ?)');
  });

  test('the same question in two entries is an error, on the question line of both files', async () => {
    const dir = folder({
      'a.yaml': file(entry('topic-a', fourQuestions('le sujet A'))),
      'b.yaml': file(entry('topic-b', [...fourQuestions('le sujet B'), 'Question deux sur le sujet A ?'])),
    });
    const issues = await loadErrors(dir);
    expect(issues.map((issue) => `${issue.file}:${issue.line}`).sort()).toEqual(['kb/a.yaml:5', 'kb/b.yaml:8']);
    expect(issues.find((issue) => issue.file === 'kb/b.yaml')?.messageFr).toBe(
      'la question « Question deux sur le sujet A ? » de l’entrée « topic-b » est aussi dans « topic-a » (kb/a.yaml:5) : le bot ne peut pas les distinguer ; gardez-la dans une seule entrée',
    );
  });

  test('every problem has a French message; --lang en prints the English one', async () => {
    const dir = folder({ 'a.yaml': file(entry('Bad_Id', fourQuestions('un sujet'))) });
    const issues = await loadErrors(dir);
    expect(issues.every((issue) => issue.messageFr && issue.messageFr !== issue.message)).toBe(true);
    const fr = await kbCheck(dir);
    expect(fr.stderr).toContain('kb/a.yaml:2: l’entrée n° 1 : l’identifiant « Bad_Id » n’est pas valide');
    const en = await kbCheck(dir, '--lang', 'en');
    expect(en.stderr).toContain("kb/a.yaml:2: entry #1: id 'Bad_Id' is not a valid id");
  });
});
