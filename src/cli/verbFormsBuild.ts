/**
 * `npm run verbs:build`: writes the table of verb forms the stemmer cannot bring to their infinitive
 * (src/matching/verbForms.generated.ts), from the conjugations of `french-verbs-lefff` (a development
 * dependency: the bot reads only the table written here). Run it after adding verbs to the knowledge base or
 * its lexicon; the table is reviewed like any other change (docs/matching.md, "Verb forms").
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledgeBase } from '../knowledge';
import { normalize, tokenize } from '../matching/normalize';
import { snowballStem } from '../matching/stem';
import { isFunctionWord } from '../matching/stopWords';
import { verbFormTable, verbFormsSource, type Conjugations } from '../matching/verbFormTable';
import { runCli } from './runCli';

const GENERATED_FILE = path.join(__dirname, '..', 'matching', 'verbForms.generated.ts');

runCli(async () => {
  const kb = await loadKnowledgeBase(path.resolve('knowledge'));
  const vocabulary = new Set<string>();
  const texts = [...kb.entries.flatMap((entry) => [entry.answer, ...entry.questions]), ...kb.synonyms.flatMap((rule) => [rule.canonical, ...rule.variants])];
  for (const text of texts) for (const word of tokenize(normalize(text))) vocabulary.add(word);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON data file of a development dependency
  const conjugations = require('french-verbs-lefff/dist/conjugations.json') as Conjugations;
  const table = verbFormTable(conjugations, { vocabulary, stem: snowballStem, isFunctionWord, normalize, tokenize });
  writeFileSync(GENERATED_FILE, verbFormsSource(table));
  console.log(`Written: ${GENERATED_FILE} (${table.length} verbs, ${table.reduce((n, [, forms]) => n + forms.length, 0)} forms)`);
  return 0;
});
