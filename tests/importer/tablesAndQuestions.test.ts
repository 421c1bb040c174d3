/**
 * Issue 14: the importer keeps every fact. A page with a salary table and a questions-answers part
 * (the invented "Data analyst" page, in HTML and as saved text) imports with every cell of the table,
 * the profile's name, questions that read well, each on the entry that answers it, and a draft the
 * rule book (`loadKnowledgeBase`, what `kb:check` runs) accepts without a warning.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatReport, importPage, readPageContent, type ImportReport } from '../../src/importer';
import { buildDraft } from '../../src/importer/buildDraft';
import { jobForms } from '../../src/importer/jobTitle';
import { KIND_PHRASINGS } from '../../src/importer/phrasings';
import { loadKnowledgeBase, type KnowledgeBase, type KnowledgeEntry } from '../../src/knowledge';
import { foldForLookup } from '../../src/text/fold';
import { copyOfRealKnowledge, page, removeScratchDirs } from './importerFixtures';

afterAll(removeScratchDirs);

/** Every cell of the page's salary table. */
const TABLE_CELLS = ['Expérience', 'Salaire brut annuel', 'Junior', '38 000 €', 'Confirmé', '45 000 €', 'Senior', '55 000 €'];

describe.each(['invented-data-analyst.html', 'invented-data-analyst.txt'])('When the page with a table and questions (%s) is imported next to the real base', (name) => {
  let report: ImportReport;
  let kb: KnowledgeBase;
  let text: string;
  const entry = (id: string): KnowledgeEntry => {
    const found = kb.byId.get(id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };
  const entriesAsking = (question: string) => kb.entries.filter((e) => e.questions.some((q) => foldForLookup(q) === foldForLookup(question))).map((e) => e.id);

  beforeAll(async () => {
    const dir = await copyOfRealKnowledge();
    report = await importPage({ page: page(name), outDir: dir });
    text = await readFile(path.join(dir, 'data-analyst.yaml'), 'utf8');
    kb = await loadKnowledgeBase(dir);
  });

  test('the draft is written, and the rule book accepts the base with it without a problem or a warning', () => {
    expect(report.written).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect((kb.warnings ?? []).filter((issue) => issue.file.includes('data-analyst'))).toEqual([]);
  });

  test('every cell of the salary table is in the salary answer, each figure with its row and column', () => {
    const answer = entry('data-analyst-salaire').answer;
    for (const cell of TABLE_CELLS) expect(answer).toContain(cell);
    expect(answer).toContain('- Expérience : Senior ; Salaire brut annuel : 55 000 €');
    expect(answer).toBe(
      [
        "Le salaire dépend surtout de l'expérience :",
        '- Expérience : Junior ; Salaire brut annuel : 38 000 €',
        '- Expérience : Confirmé ; Salaire brut annuel : 45 000 €',
        '- Expérience : Senior ; Salaire brut annuel : 55 000 €',
      ].join('\n'),
    );
  });

  test('no cell is reported as noise, and the report lists no caption', () => {
    expect(report.noise).toEqual([]);
    expect(formatReport(report)).not.toContain('55 000');
  });

  test('the file names the profile as people write it, for the "which job?" buttons', () => {
    expect(text).toMatch(/\nprofile: data-analyst\nprofile_name: Data analyst\n/);
    expect(kb.profiles).toContainEqual(expect.objectContaining({ id: 'data-analyst', name: 'Data analyst' }));
  });

  test('no generated question names the job twice or keeps a lone elided letter', () => {
    const drafts = kb.entries.filter((e) => e.profile === 'data-analyst');
    for (const question of drafts.flatMap((e) => e.questions)) {
      expect(foldForLookup(question)).not.toMatch(/data analyst.*data analyst/);
      expect(question).not.toMatch(/^\p{L} /u);
    }
    expect(entry('data-analyst-salaire').questions).not.toContain('le salaire du data analyst data analyst');
    expect(entry('data-analyst-missions').questions).not.toContain('les missions du data analyst data analyst');
  });

  test('the page\'s definition question gets the definition phrasings; the missions entry keeps the missions ones', () => {
    expect(entry('data-analyst-definition').questions.slice(0, 3)).toEqual(["C'est quoi un data analyst ?", "Qu'est-ce qu'un data analyst ?", "C'est quoi le métier de data analyst ?"]);
    expect(entriesAsking("Qu'est-ce qu'un data analyst ?")).toEqual(['data-analyst-definition']);
    expect(entriesAsking('What is a data analyst?')).toEqual(['data-analyst-definition']);
    expect(entriesAsking('Que fait un data analyst ?')).toEqual(['data-analyst-missions']);
    expect(entry('data-analyst-missions').questions).not.toContain("C'est quoi le métier de data analyst ?");
  });
});

describe('When a page has no question about what the job is', () => {
  test('the definition phrasings go to the overview (intro) entry, not to the missions section', async () => {
    const html = (await readFile(page('invented-data-analyst.html'), 'utf8')).replace(/<h2>Questions-réponses<\/h2>[\s\S]*<\/main>/, '</main>');
    const plan = buildDraft(readPageContent('page.html', html), { base: [] });
    const owner = (question: string) => plan.entries.filter((e) => e.fields.questions.includes(question)).map((e) => e.fields.id);
    expect(owner("Qu'est-ce qu'un data analyst ?")).toEqual(['data-analyst-presentation']);
    expect(owner("C'est quoi le métier de data analyst ?")).toEqual(['data-analyst-presentation']);
    expect(owner('Quelles sont les missions d\'un data analyst ?')).toEqual(['data-analyst-missions']);
  });
});

describe('When a table is saved as text', () => {
  const lead = ['Data analyst', 'Le salaire', 'Le salaire dépend surtout de l’expérience :'];
  const salaryAnswer = (lines: string[]) => {
    const imported = readPageContent('page.txt', [...lead, ...lines, 'Formation', 'Un bac+3 est le parcours le plus courant.'].join('\n'));
    return buildDraft(imported, { base: [] }).entries.find((e) => e.heading === 'Le salaire')?.fields.answer ?? '';
  };

  test('Markdown pipes give the same rows as tabs, the rule line left out', () => {
    const piped = salaryAnswer(['| Expérience | Salaire brut annuel |', '|---|---:|', '| Junior | 38 000 € |', '| Senior | 55 000 € |']);
    const tabbed = salaryAnswer(['Expérience\tSalaire brut annuel', 'Junior\t38 000 €', 'Senior\t55 000 €']);
    expect(piped).toBe(tabbed);
    expect(piped).toContain('- Expérience : Senior ; Salaire brut annuel : 55 000 €');
    expect(piped).not.toContain('---');
  });

  test('a table copied one cell per line keeps its last figure (a line with a figure is never a caption)', () => {
    const imported = readPageContent('page.txt', [...lead, 'Junior', '38 000 €', 'Senior', '55 000 €', 'Formation', 'Un bac+3 est le parcours le plus courant.'].join('\n'));
    expect(imported.noise).toEqual([]);
    expect(JSON.stringify(imported.sections)).toContain('55 000 €');
  });
});

describe('When an HTML table has a caption and no header row', () => {
  test('the caption titles the rows and every cell is kept, row by row', () => {
    const html = [
      '<main><h1>Data analyst</h1><h2>Le salaire</h2>',
      '<table><caption>Salaires constatés en 2024</caption>',
      '<tr><th>Junior</th><td>38 000 €</td></tr><tr><th>Senior</th><td>55 000 €</td></tr></table>',
      '<h2>Formation</h2><p>Un bac+3 est le parcours le plus courant.</p></main>',
    ].join('');
    const answer = buildDraft(readPageContent('page.html', html), { base: [] }).entries.find((e) => e.heading === 'Le salaire')?.fields.answer;
    expect(answer).toBe('Salaires constatés en 2024\n- Junior ; 38 000 €\n- Senior ; 55 000 €');
  });
});

describe('When the job name starts with a vowel, has a capital inside a word, or is feminine', () => {
  test('generated questions elide, keep "DevOps" as written and agree with the job', () => {
    const devops = jobForms('Ingénieur DevOps');
    expect(devops.name).toBe('ingénieur DevOps');
    expect(KIND_PHRASINGS.freelance(devops)).toContain("Beaucoup d'ingénieurs DevOps sont-ils indépendants ?");
    const feminine = jobForms('Data scientist', 'la data scientist analyse ; la data scientist conseille');
    expect(KIND_PHRASINGS.portageStatus(feminine)).toContain('En portage, une data scientist est-elle salariée ?');
    expect(KIND_PHRASINGS.portageClients(feminine)).toContain('Comment une data scientist en portage salarial trouve-t-elle ses missions ?');
    expect(KIND_PHRASINGS.portageOtherActivity(feminine)[0]).toBe('Une data scientist en portage peut-elle avoir une autre activité ?');
    expect(KIND_PHRASINGS.freelance(feminine)).toContain('Beaucoup de data scientists sont-elles indépendantes ?');
  });
});

describe('When an HTML table sits in a figure with a caption', () => {
  test('the table and its caption are content, not a picture caption', () => {
    const html = [
      '<main><h1>Data analyst</h1><h2>Le salaire</h2><p>Selon l’expérience :</p>',
      '<figure><table><tr><th>Expérience</th><th>Salaire</th></tr><tr><td>Senior</td><td>55 000 €</td></tr></table>',
      '<figcaption>Salaires bruts annuels constatés</figcaption></figure>',
      '<h2>Formation</h2><p>Un bac+3 est le parcours le plus courant.</p></main>',
    ].join('');
    const imported = readPageContent('page.html', html);
    expect(imported.noise).toEqual([]);
    const answer = buildDraft(imported, { base: [] }).entries.find((e) => e.heading === 'Le salaire')?.fields.answer;
    expect(answer).toBe("Selon l'expérience :\n- Expérience : Senior ; Salaire : 55 000 €\n\nSalaires bruts annuels constatés");
  });
});

describe('When a draft written before profile_name existed is imported again', () => {
  test('the name is added right under the profile; a name a person wrote is kept', async () => {
    const dir = await copyOfRealKnowledge();
    await importPage({ page: page('invented-data-analyst.html'), outDir: dir });
    const file = path.join(dir, 'data-analyst.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('profile_name: Data analyst\n', ''));
    await importPage({ page: page('invented-data-analyst.html'), outDir: dir });
    expect(await readFile(file, 'utf8')).toMatch(/\nprofile: data-analyst\nprofile_name: Data analyst\ntheme: /);
    await writeFile(file, (await readFile(file, 'utf8')).replace('profile_name: Data analyst', 'profile_name: Analyste de données'));
    await importPage({ page: page('invented-data-analyst.html'), outDir: dir });
    expect(await readFile(file, 'utf8')).toContain('\nprofile_name: Analyste de données\n');
  });
});
