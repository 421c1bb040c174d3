import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge';
import { copyOfRealKnowledge, readPageText, removeScratchDirs, ROOT } from './importerFixtures';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'profiles', 'data-scientist.yaml');
afterAll(removeScratchDirs);

describe('The reviewed second profile used by the evaluation', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    const dir = await copyOfRealKnowledge();
    await copyFile(FIXTURE, path.join(dir, 'data-scientist.yaml'));
    kb = await loadKnowledgeBase(dir);
  });

  test('loads next to the real base without a single warning about it', () => {
    const own = (kb.warnings ?? []).filter((warning) => warning.file.endsWith('data-scientist.yaml') || warning.message.includes('data-scientist-'));
    expect(own).toEqual([]);
  });

  test('is reviewed: every entry belongs to the profile and none is a draft', () => {
    const entries = kb.entries.filter((entry) => entry.location.file.endsWith('data-scientist.yaml'));
    expect(entries.length).toBeGreaterThanOrEqual(8);
    for (const entry of entries) {
      expect(entry.profile).toBe('data-scientist');
      expect(entry.draft).toBe(false);
      expect(entry.questions.length).toBeGreaterThanOrEqual(6);
    }
  });

  test('leaves the shared portage questions to the shared entries', () => {
    const own = kb.entries.filter((entry) => entry.profile === 'data-scientist').flatMap((entry) => entry.questions);
    expect(own).not.toContain('Quel statut possède un data scientist en portage salarial ?');
    expect(kb.byId.get('portage-status')?.profile).toBeUndefined();
  });

  test('states only what the invented page says (its lists come from the page)', async () => {
    const page = await readPageText('invented-data-scientist.txt');
    for (const fact of ['bac+5', 'scikit-learn, TensorFlow ou PyTorch', 'Power BI ou Tableau', 'lead data scientist', 'responsable des données', 'data engineer']) {
      expect(page).toContain(fact);
      expect(kb.entries.filter((e) => e.profile === 'data-scientist').some((e) => e.answer.includes(fact))).toBe(true);
    }
  });
});
