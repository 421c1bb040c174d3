import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';
import { CqaImportError, importCqa } from '../../src/qna';
import { copyOfRealKnowledge, cqaTsv, generatedPairs, removeScratch } from './cqaFixtures';

afterAll(removeScratch);

interface DraftEntry {
  id: string;
  title?: string;
  questions: string[];
  answer: string;
  followups?: string[];
  tags?: string[];
  context_only?: boolean;
  draft: boolean;
}

async function importText(text: string, name = 'export-qna.tsv') {
  const dir = await copyOfRealKnowledge();
  const file = path.join(path.dirname(dir), name);
  await writeFile(file, text, 'utf8');
  return { dir, file };
}

describe('When support staff import a 100-pair Custom Question Answering TSV export', () => {
  test('every pair becomes a draft entry, the base loads as kb:check loads it, and nothing is lost', async () => {
    const pairs = generatedPairs(100);
    const { dir, file } = await importText(cqaTsv(pairs));

    const report = await importCqa({ file, outDir: dir });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ written: true, pairs: 100, questions: 200 });

    const kb = await loadKnowledgeBase(dir);
    const draft = parse(await readFile(path.join(dir, 'export-qna.yaml'), 'utf8')) as { entries: DraftEntry[] };
    expect(draft.entries).toHaveLength(100);
    const idOf = new Map(pairs.map((pair, index) => [pair.qnaId, draft.entries[index].id]));
    for (const [index, pair] of pairs.entries()) {
      const entry = kb.byId.get(draft.entries[index].id);
      expect(entry?.questions).toEqual(pair.questions);
      expect(entry?.answer.trim()).toBe(pair.answer);
      expect(entry?.tags).toEqual(pair.metadata.split('|'));
      expect(entry?.followups).toEqual(pair.prompts.map((id) => idOf.get(id)));
      expect(entry?.contextOnly).toBe(pair.contextOnly);
      expect(entry?.draft).toBe(true);
    }
  });

  test('a prompt\'s text becomes the title of the entry it leads to', async () => {
    const pairs = generatedPairs(3);
    pairs[0].prompts = [2];
    const text = cqaTsv(pairs).replace('"DisplayText":"Que faire si mon parapluie est volé ?"', '"DisplayText":"Parapluie volé"');
    const { dir, file } = await importText(text);
    await importCqa({ file, outDir: dir });
    const draft = parse(await readFile(path.join(dir, 'export-qna.yaml'), 'utf8')) as { entries: DraftEntry[] };
    expect(draft.entries[1].title).toBe('Parapluie volé');
  });

  test('an older four-column export (Question, Answer, Source, Metadata) groups rows by answer', async () => {
    const text = 'Question\tAnswer\tSource\tMetadata\nQuand ouvre le guichet des parapluies ?\tÀ 9 h.\tEditorial\t\nhoraires guichet parapluies\tÀ 9 h.\tEditorial\t\n';
    const { dir, file } = await importText(text);
    const report = await importCqa({ file, outDir: dir });
    expect(report).toMatchObject({ pairs: 1, questions: 2, written: true });
  });
});

describe('When the export is not right', () => {
  const problemsOf = async (text: string) => {
    const { dir, file } = await importText(text, 'faq-cassee.tsv');
    const error = await importCqa({ file, outDir: dir }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CqaImportError);
    return { problems: (error as CqaImportError).problems, file };
  };

  test('a bad header is named with the file and line 1, in French', async () => {
    const { problems, file } = await problemsOf('Frage\tAntwort\nWas?\tDas.\n');
    expect(problems).toEqual([expect.stringContaining(`${file}:1: en-tête invalide, colonne(s) manquante(s) : Question, Answer`)]);
  });

  test('a missing answer and a bad metadata pair are each named with their line', async () => {
    const header = 'Question\tAnswer\tSource\tMetadata\tSuggestedQuestions\tIsContextOnly\tPrompts\tQnaId';
    const text = [header, 'Quel parapluie ?\t\tEditorial\t\t[]\tfalse\t[]\t1', 'Quel kayak ?\tLe rouge.\tEditorial\tcouleur rouge\t[]\tfalse\t[]\t2', ''].join('\n');
    const { problems, file } = await problemsOf(text);
    expect(problems).toEqual([
      `${file}:2: la réponse est vide (chaque question doit avoir une réponse).`,
      `${file}:3: métadonnée « couleur rouge » invalide : attendu clé:valeur, séparées par | (ex. categorie:paie|langue:fr).`,
    ]);
  });

  test('a prompt to a pair that is not in the file is named', async () => {
    const header = 'Question\tAnswer\tSource\tMetadata\tSuggestedQuestions\tIsContextOnly\tPrompts\tQnaId';
    const text = `${header}\nQuel kayak ?\tLe rouge.\tEditorial\t\t[]\tfalse\t[{"DisplayOrder":1,"QnaId":9,"DisplayText":"Autre"}]\t1\n`;
    const { problems, file } = await problemsOf(text);
    expect(problems).toEqual([`${file}:2: le prompt mène à la paire QnaId 9, absente du fichier.`]);
  });

  test('nothing is written when the draft would break the base (a question the base already has)', async () => {
    const text = 'Question\tAnswer\nQu\'est-ce que le portage salarial ?\tAutre chose.\n';
    const { dir, file } = await importText(text);
    const report = await importCqa({ file, outDir: dir });
    expect(report.written).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
  });
});
