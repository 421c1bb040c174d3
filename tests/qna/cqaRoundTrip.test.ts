import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';
import type { KnowledgeBase, KnowledgeEntry } from '../../src/knowledge/types';
import { importCqa, writeCqaTsv } from '../../src/qna';
import { escapeField, parseTsv, unescapeField } from '../../src/qna/tsvText';
import { removeScratch, ROOT, scratchDir } from './cqaFixtures';

afterAll(removeScratch);

/** What the round trip must keep, with follow-ups named by their entry's first question (ids are made anew). */
function keptFields(kb: KnowledgeBase) {
  const firstQuestion = (id: string) => kb.byId.get(id)?.questions[0];
  return kb.entries.map((entry: KnowledgeEntry) => ({
    questions: entry.questions,
    answer: entry.answer.trimEnd(),
    followups: entry.followups.map(firstQuestion),
    tags: entry.tags,
    kind: entry.kind,
    theme: entry.theme,
    profile: entry.profile,
    contextOnly: entry.contextOnly,
  }));
}

async function importInto(file: string) {
  const dir = path.join(await scratchDir(), 'knowledge');
  await mkdir(dir);
  const report = await importCqa({ file, outDir: dir, name: 'faq' });
  expect(report.problems).toEqual([]);
  return loadKnowledgeBase(dir);
}

describe('When the real base is exported with kb:export --format cqa-tsv and imported back', () => {
  test('every question, answer, follow-up and metadata pair (tags, kind, theme, profile) is kept', async () => {
    const original = await loadKnowledgeBase(path.join(ROOT, 'knowledge'));
    const file = path.join(await scratchDir(), 'faq.tsv');
    await writeFile(file, writeCqaTsv(original), 'utf8');

    const imported = await importInto(file);
    expect(keptFields(imported)).toEqual(keptFields(original));
  });

  test('the same export saved as Excel (.xlsx) imports the same', async () => {
    const original = await loadKnowledgeBase(path.join(ROOT, 'knowledge'));
    const rows = parseTsv(writeCqaTsv(original)).map((row) => row.cells.map((value) => ({ value })));
    const file = path.join(await scratchDir(), 'faq.xlsx');
    await writeXlsxFile(rows).toFile(file);

    const imported = await importInto(file);
    expect(keptFields(imported)).toEqual(keptFields(original));
  });
});

describe('When a field holds newlines, tabs and backslashes', () => {
  test('writing it on one line and reading it back gives it unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\\', 'n', 't', '\n', '\t', ' ', 'é') }), (text) => {
        const line = escapeField(text);
        expect(line).not.toMatch(/[\n\t]/);
        expect(unescapeField(line)).toBe(text);
      }),
    );
  });
});
