import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { formatReport, ImportError, importPage, type ImportReport } from '../../src/importer';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge';
import { copyOfRealKnowledge, page, removeScratchDirs, scratchKnowledge, sharedOnlyKnowledge } from './importerFixtures';

afterAll(removeScratchDirs);

describe('When the seed page is imported into a base that has only the shared entries', () => {
  let dir: string;
  let report: ImportReport;
  let kb: KnowledgeBase;
  let text: string;
  beforeAll(async () => {
    dir = await sharedOnlyKnowledge();
    report = await importPage({ page: page('developpeur-back-end.html'), outDir: dir });
    text = await readFile(path.join(dir, 'developpeur-back-end.yaml'), 'utf8');
    kb = await loadKnowledgeBase(dir);
  });

  test('the draft is written and the folder loads with it', () => {
    expect(report.written).toBe(true);
    expect(report.problems).toEqual([]);
    expect(kb.files).toContain('developpeur-back-end.yaml');
    const imported = kb.entries.filter((entry) => entry.profile === 'developpeur-back-end');
    expect(imported).toHaveLength(6);
    for (const entry of imported) {
      expect(entry.draft).toBe(true);
      expect(entry.source).toEqual({ title: 'Fiche métier : Développeur back end', updated: '2023-12-20' });
      expect(entry.theme).toBe('Le métier de développeur back end');
    }
  });

  test('the file starts with the schema comment and review instructions, like the hand-written files', () => {
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*knowledge\/schema\/knowledge\.schema\.json$/);
    expect(text).toContain('# Job profile "Développeur back end": DRAFT imported by `npm run kb:import` from developpeur-back-end.html.');
    expect(text).toContain('set `draft: false`');
    expect(text).toMatch(/\nentries:\n {2}- id: developpeur-back-end-presentation\n/);
  });

  test('answers keep the page bold as Markdown and are written as block text', () => {
    const skills = kb.byId.get('developpeur-back-end-competences-talents-requis');
    expect(skills?.answer).toContain("- **L'écoute**, afin de bien cerner les attentes du client ;");
    expect(text).toMatch(/ {4}answer: \|-?\n {6}Il est indéniable/);
  });

  test('the report lists added entries, covered questions and every piece of noise', () => {
    const printed = formatReport(report);
    expect(report.changes.map((change) => change.status)).toEqual(Array(6).fill('added'));
    expect(printed).toContain('"Quel statut possède un développeur back end en portage salarial ?" -> already covered by portage-status');
    expect(printed).toMatch(/rating +<div> Je note cette page/);
    expect(printed).toMatch(/caption +Homme sur un pouf qui travaille sur son ordinateur/);
    expect(printed).toMatch(/marketing +Ad'Missions vous propose/);
    expect(printed).toMatch(/navigation +<footer>/);
    expect(printed).toContain(`Written: ${report.target}`);
  });

  test('a sidecar records what was imported, outside the files the base loads', async () => {
    const sidecar = JSON.parse(await readFile(path.join(dir, '.import', 'developpeur-back-end.json'), 'utf8'));
    expect(sidecar.profile).toBe('developpeur-back-end');
    expect(sidecar.page).toEqual({ file: 'developpeur-back-end.html', title: 'Développeur back end', updated: '2023-12-20' });
    expect(sidecar.entries.map((record: { id: string }) => record.id)).toEqual(kb.entries.filter((e) => e.draft).map((e) => e.id));
    expect(sidecar.entries[2]).toMatchObject({ part: 'section', heading: 'Étude et formation : comment devenir développeur back end ?' });
  });

  test('importing the same page again changes nothing', async () => {
    const again = await importPage({ page: page('developpeur-back-end.html'), outDir: dir });
    expect(again.changes.map((change) => change.status)).toEqual(report.changes.map(() => 'unchanged'));
    expect(again.changes.length).toBeGreaterThan(0);
    expect(again.upToDate).toBe(true);
    expect(await readFile(path.join(dir, 'developpeur-back-end.yaml'), 'utf8')).toBe(text);
  });

  test('the text version of the page gives the same entries (bold aside)', async () => {
    const other = await sharedOnlyKnowledge();
    await importPage({ page: page('developpeur-back-end.txt'), outDir: other });
    const fromText = (await loadKnowledgeBase(other)).entries.filter((e) => e.draft);
    const fromHtml = kb.entries.filter((e) => e.draft);
    expect(fromText.map((e) => [e.id, e.questions])).toEqual(fromHtml.map((e) => [e.id, e.questions]));
    expect(fromText.map((e) => e.answer)).toEqual(fromHtml.map((e) => e.answer.replace(/\*\*/g, '')));
  });
});

describe('When a second profile is imported next to the real base', () => {
  test('it lands in its own file and the whole base still loads, with no question shared with another entry', async () => {
    const dir = await copyOfRealKnowledge();
    const report = await importPage({ page: page('invented-data-scientist.html'), outDir: dir });
    expect(report.written).toBe(true);
    expect(report.target).toMatch(/data-scientist\.yaml$/);
    const kb = await loadKnowledgeBase(dir);
    expect(kb.entries.filter((e) => e.profile === 'data-scientist')).toHaveLength(8);
    const backEnd = kb.entries.filter((e) => e.profile === 'developpeur-back-end');
    expect(backEnd.length).toBeGreaterThan(0);
    expect(backEnd.filter((e) => e.draft)).toEqual([]);
    expect((kb.warnings ?? []).filter((w) => w.file.endsWith('data-scientist.yaml'))).toEqual([]);
  });

  test('--profile names the profile and the file', async () => {
    const dir = await copyOfRealKnowledge();
    const report = await importPage({ page: page('invented-data-scientist.txt'), outDir: dir, profile: 'data-science' });
    expect(report.target).toMatch(/data-science\.yaml$/);
    const kb = await loadKnowledgeBase(dir);
    expect(kb.byId.get('data-science-formation')?.profile).toBe('data-science');
  });
});

describe('When an import must not write', () => {
  test('a dry run reports the same changes and writes nothing', async () => {
    const dir = await copyOfRealKnowledge();
    const before = (await readdir(dir)).sort();
    const report = await importPage({ page: page('invented-data-scientist.txt'), outDir: dir, dryRun: true });
    expect(report.written).toBe(false);
    expect(report.changes.filter((c) => c.status === 'added')).toHaveLength(8);
    expect(formatReport(report)).toContain('Dry run: nothing written.');
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  test('a hand-written profile file is never taken over', async () => {
    const dir = await copyOfRealKnowledge();
    const original = await readFile(path.join(dir, 'developpeur-back-end.yaml'), 'utf8');
    const attempt = importPage({ page: page('developpeur-back-end.txt'), outDir: dir });
    await expect(attempt).rejects.toThrow(ImportError);
    await expect(attempt).rejects.toThrow(/developpeur-back-end\.yaml exists and was not written by the importer/);
    expect(await readFile(path.join(dir, 'developpeur-back-end.yaml'), 'utf8')).toBe(original);
  });

  test('a draft that would break the base is not written, and the problems name file and line', async () => {
    const dir = await copyOfRealKnowledge();
    // Another file points a follow-up to an entry the import is about to create under another id.
    await writeFile(
      path.join(dir, 'zz-extra.yaml'),
      'entries:\n  - id: extra-entry\n    questions: [extra un, extra deux, extra trois, extra quatre]\n    answer: Texte.\n    followups: [data-scientist-nowhere]\n',
    );
    const report = await importPage({ page: page('invented-data-scientist.txt'), outDir: dir });
    expect(report.written).toBe(false);
    expect(report.problems).toEqual(["knowledge/zz-extra.yaml:2: entry 'extra-entry' has a follow-up 'data-scientist-nowhere' that matches no entry id"]);
    expect(formatReport(report)).toContain('NOT written: the draft would break the knowledge base (1 problem(s))');
    expect(await readdir(dir)).not.toContain('data-scientist.yaml');
  });

  test('a page without sections is refused', async () => {
    const dir = await scratchKnowledge();
    const file = path.join(path.dirname(dir), 'empty.txt');
    await writeFile(file, 'Testeur\n\nLe testeur teste des logiciels.\n');
    await expect(importPage({ page: file, outDir: dir })).rejects.toThrow('no section or question found under the title');
  });

  test('a profile id that is not kebab-case is refused', async () => {
    const dir = await scratchKnowledge();
    await expect(importPage({ page: page('invented-data-scientist.txt'), outDir: dir, profile: 'Data Scientist' })).rejects.toThrow(/not a kebab-case id/);
  });
});

describe('When the knowledge folder is new', () => {
  test('the folder is created and the draft alone is a valid base', async () => {
    const dir = await scratchKnowledge();
    const report = await importPage({ page: page('invented-data-scientist.txt'), outDir: dir });
    expect(report.written).toBe(true);
    const kb = await loadKnowledgeBase(dir);
    // Without shared entries, the portage questions of the page are its own entries.
    expect(kb.entries).toHaveLength(11);
    expect(parseDocument(await readFile(path.join(dir, 'data-scientist.yaml'), 'utf8')).errors).toEqual([]);
  });
});
