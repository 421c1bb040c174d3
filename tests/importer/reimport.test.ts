import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { formatReport, importPage, type EntryChange, type ImportReport } from '../../src/importer';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge';
import { copyOfRealKnowledge, page, removeScratchDirs } from './importerFixtures';

afterAll(removeScratchDirs);

const FILE = 'data-scientist.yaml';

/** Edits the draft file as a person would in an editor, through the YAML document (comments kept). */
async function editDraft(dir: string, edit: (doc: Document, entry: (id: string) => YAMLMap) => void): Promise<void> {
  const file = path.join(dir, FILE);
  const doc = parseDocument(await readFile(file, 'utf8'));
  const entry = (id: string) => {
    const entries = doc.get('entries', true);
    const found = isSeq(entries) ? entries.items.find((item) => isMap(item) && item.get('id') === id) : undefined;
    if (!isMap(found)) throw new Error(`no entry ${id}`);
    return found;
  };
  edit(doc, entry);
  await writeFile(file, doc.toString({ lineWidth: 0 }));
}

const change = (report: ImportReport, id: string): EntryChange | undefined => report.changes.find((c) => c.id === id);

describe('When an updated page is imported after people worked on the draft', () => {
  let dir: string;
  let report: ImportReport;
  let kb: KnowledgeBase;
  let text: string;
  const HAND_WRITTEN_ANSWER = 'Avec de l’expérience, il devient **lead data scientist** ou responsable des données.';

  beforeAll(async () => {
    dir = await copyOfRealKnowledge();
    await importPage({ page: page('invented-data-scientist.txt'), outDir: dir });
    await editDraft(dir, (doc, entry) => {
      // Rewritten by a person, still a draft.
      entry('data-scientist-carriere-evolution').set('answer', HAND_WRITTEN_ANSWER);
      // Reviewed as it is.
      entry('data-scientist-formation').set('draft', false);
      // A note above an entry nobody changed.
      entry('data-scientist-definition-missions').commentBefore = ' Note de relecture : vérifier la liste des missions.';
      // An entry written by hand in the draft file.
      const entries = doc.get('entries', true) as { items: unknown[] };
      entries.items.push(
        doc.createNode({ id: 'data-scientist-certifications', title: 'Certifications', questions: ['Quelles certifications pour un data scientist ?', 'certification data scientist', 'data scientist certifié', 'certifications data science'], answer: 'Texte écrit par une personne.', draft: false }),
      );
    });
    report = await importPage({ page: page('invented-data-scientist-v2.txt'), outDir: dir });
    text = await readFile(path.join(dir, FILE), 'utf8');
    kb = await loadKnowledgeBase(dir);
  });

  test('the new version is written and the base loads', () => {
    expect(report.written).toBe(true);
    expect(report.problems).toEqual([]);
    expect(kb.byId.get('data-scientist-presentation')?.source?.updated).toBe('2024-09-12');
  });

  test('an entry nobody touched follows the page, and a comment above it stays', () => {
    expect(change(report, 'data-scientist-definition-missions')).toMatchObject({ status: 'updated', reason: 'the page changed' });
    expect(kb.byId.get('data-scientist-definition-missions')?.answer).toContain('- Surveiller la qualité des modèles une fois en production.');
    expect(text).toContain('# Note de relecture : vérifier la liste des missions.\n  - id: data-scientist-definition-missions');
  });

  test('an entry a person edited is kept as written, and the new page text is proposed instead', () => {
    const kept = change(report, 'data-scientist-carriere-evolution');
    expect(kept).toMatchObject({ status: 'kept', reason: 'edited by a person; the page changed: proposed text below' });
    expect(kept?.proposal?.answer).toContain('La filière d’expertise technique offre une vraie alternative au management.'.replace('’', "'"));
    expect(kb.byId.get('data-scientist-carriere-evolution')?.answer).toBe(HAND_WRITTEN_ANSWER);
    const printed = formatReport(report);
    expect(printed).toContain('Proposed changes for entries a person edited or reviewed (1)');
    expect(printed).toContain("      Après quelques années d'expérience");
  });

  test('a reviewed entry is kept, with nothing to propose when its page text did not change', () => {
    expect(change(report, 'data-scientist-formation')).toMatchObject({ status: 'kept', reason: 'reviewed by a person' });
    expect(change(report, 'data-scientist-formation')?.proposal).toBeUndefined();
    expect(kb.byId.get('data-scientist-formation')?.draft).toBe(false);
  });

  test('a reworded heading keeps its id, and its first question follows the new heading', () => {
    expect(change(report, 'data-scientist-competences-qualites')).toMatchObject({ status: 'updated' });
    expect(kb.byId.get('data-scientist-competences-qualites')?.questions[0]).toBe('Compétences et qualités requises : quel profil pour devenir data scientist ?');
    expect(kb.entries.some((e) => e.id.startsWith('data-scientist-competences-qualites-'))).toBe(false);
  });

  test('a section gone from the page is removed when nobody touched it', () => {
    expect(change(report, 'data-scientist-salaire')).toMatchObject({ status: 'removed', reason: 'no longer on the page' });
    expect(kb.byId.has('data-scientist-salaire')).toBe(false);
  });

  test('a new section is added as a draft, after the section it follows on the page', () => {
    expect(change(report, 'data-scientist-methodes-travail')).toMatchObject({ status: 'added' });
    const ids = kb.entries.filter((e) => e.profile === 'data-scientist').map((e) => e.id);
    expect(ids.indexOf('data-scientist-methodes-travail')).toBe(ids.indexOf('data-scientist-carriere-evolution') + 1);
    expect(kb.byId.get('data-scientist-methodes-travail')?.draft).toBe(true);
  });

  test('an entry written by hand in the draft is kept', () => {
    expect(change(report, 'data-scientist-certifications')).toMatchObject({ status: 'kept', reason: 'added by a person' });
    expect(kb.byId.get('data-scientist-certifications')?.answer).toBe('Texte écrit par une personne.');
  });

  test('entries whose page text did not change are reported unchanged', () => {
    expect(change(report, 'data-scientist-presentation')?.status).toBe('unchanged');
    expect(change(report, 'data-scientist-portage-salarial-travailler-distance')?.status).toBe('unchanged');
  });

  test('importing v2 once more keeps the person’s version and proposes the page text again', async () => {
    const again = await importPage({ page: page('invented-data-scientist-v2.txt'), outDir: dir });
    expect(change(again, 'data-scientist-carriere-evolution')).toMatchObject({ status: 'kept' });
    const proposal = change(again, 'data-scientist-carriere-evolution')?.proposal;
    expect(proposal?.answer).toContain("La filière d'expertise technique offre une vraie alternative au management.");
    expect(proposal).toEqual(change(report, 'data-scientist-carriere-evolution')?.proposal);
    expect(again.changes.filter((c) => c.status === 'updated' || c.status === 'added' || c.status === 'removed')).toEqual([]);
  });
});

describe('When people removed or reviewed entries that the page drops', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await copyOfRealKnowledge();
    await importPage({ page: page('invented-data-scientist.txt'), outDir: dir });
  });

  test('a reviewed entry gone from the page is kept and said so; a deleted entry is not added again', async () => {
    await editDraft(dir, (doc, entry) => {
      entry('data-scientist-salaire').set('draft', false);
      const entries = doc.get('entries', true) as { items: unknown[] };
      entries.items = entries.items.filter((item) => !(isMap(item) && item.get('id') === 'data-scientist-principaux-recruteurs'));
    });
    const report = await importPage({ page: page('invented-data-scientist-v2.txt'), outDir: dir });
    expect(change(report, 'data-scientist-salaire')).toMatchObject({ status: 'kept', reason: 'reviewed by a person; no longer on the page' });
    expect(change(report, 'data-scientist-principaux-recruteurs')).toMatchObject({ status: 'skipped', reason: 'deleted by a person: not added again' });
    const kb = await loadKnowledgeBase(dir);
    expect(kb.byId.has('data-scientist-salaire')).toBe(true);
    expect(kb.byId.has('data-scientist-principaux-recruteurs')).toBe(false);
  });

  test('an untouched entry gone from the page stays while an edited entry offers it as a follow-up', async () => {
    const other = await copyOfRealKnowledge();
    await importPage({ page: page('invented-data-scientist.txt'), outDir: other });
    await editDraft(other, (doc, entry) => {
      entry('data-scientist-formation').set('followups', doc.createNode(['data-scientist-salaire']));
    });
    const report = await importPage({ page: page('invented-data-scientist-v2.txt'), outDir: other });
    expect(report.written).toBe(true);
    expect(change(report, 'data-scientist-salaire')).toMatchObject({ status: 'kept', reason: 'no longer on the page, but data-scientist-formation offer it as a follow-up' });
  });

  test('a draft file made invalid by hand stops the import with a clear message', async () => {
    const other = await copyOfRealKnowledge();
    await importPage({ page: page('invented-data-scientist.txt'), outDir: other });
    await writeFile(path.join(other, FILE), 'entries:\n  - id: [unclosed\n');
    await expect(importPage({ page: page('invented-data-scientist-v2.txt'), outDir: other })).rejects.toThrow(/data-scientist\.yaml is not valid YAML/);
  });

  test('a deleted draft file is imported again from scratch', async () => {
    const other = await copyOfRealKnowledge();
    await importPage({ page: page('invented-data-scientist.txt'), outDir: other });
    await rm(path.join(other, FILE));
    const report = await importPage({ page: page('invented-data-scientist-v2.txt'), outDir: other });
    expect(report.changes.length).toBeGreaterThan(0);
    expect(report.changes.filter((c) => c.status !== 'added')).toEqual([]);
  });
});
