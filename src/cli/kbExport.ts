/**
 * `npm run kb:export -- --format cqa-tsv --out FILE [--dir knowledge]`
 * Writes the knowledge base as a QnA Maker / Custom Question Answering TSV export (one row per
 * question; follow-ups as prompts; tags, kind, theme and profile as metadata), which `kb:import` reads back.
 * Exit code 0 when written, 1 when the base does not load, 2 for a wrong command line.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { configDefaults } from '../config/defaults';
import { formatIssueIn, KnowledgeBaseError, loadKnowledgeBase } from '../knowledge';
import { writeCqaTsv } from '../qna/writeCqaTsv';
import { runCli } from './runCli';

const USAGE = 'usage : npm run kb:export -- --format cqa-tsv --out FICHIER.tsv [--dir dossier-de-la-base]';
const FORMATS = ['cqa-tsv'];

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.format || !FORMATS.includes(values.format) || !values.out) {
    console.error(`${values.format && !FORMATS.includes(values.format) ? `format « ${values.format} » inconnu (formats : ${FORMATS.join(', ')}).\n` : ''}${USAGE}`);
    return 2;
  }
  const dir = values.dir ?? (process.env.KNOWLEDGE_DIR?.trim() || configDefaults.knowledgeDir);
  try {
    const kb = await loadKnowledgeBase(dir);
    await writeFile(values.out, writeCqaTsv(kb), 'utf8');
    const questions = kb.entries.reduce((sum, entry) => sum + entry.questions.length, 0);
    console.log(`${kb.entries.length} entrée(s), ${questions} question(s) écrites dans ${values.out} (format QnA Maker / Custom Question Answering).`);
    return 0;
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    console.error(`La base « ${dir} » ne se charge pas : rien n’a été exporté.\n${error.issues.map((issue) => formatIssueIn(issue, 'fr')).join('\n')}`);
    return 1;
  }
}

runCli(main);
