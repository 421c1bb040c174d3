/**
 * `npm run ask -- "ma question" [--json] [--profile id] [--top n] [--explain]`
 * Prints the decision the bot would take for a question, straight from the core (no HTTP, no bot).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAnswerer } from '../answering/answerer';
import { toAskResponse } from '../answering/askResponse';
import { loadKnowledgeBase } from '../knowledge';
import { createMatcher } from '../matching/matcher';
import { runCli } from './runCli';

const USAGE = 'Usage: npm run ask -- "ma question" [--json] [--explain] [--profile id] [--top n] [--knowledge dir]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      profile: { type: 'string' },
      top: { type: 'string', default: '3' },
      knowledge: { type: 'string', default: process.env.KNOWLEDGE_DIR ?? 'knowledge' },
    },
  });
  const question = positionals.join(' ').trim();
  if (!question) {
    console.error(USAGE);
    return 2;
  }
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > 10) {
    console.error('--top must be an integer between 1 and 10');
    return 2;
  }
  const kb = await loadKnowledgeBase(path.resolve(values.knowledge));
  const decision = createAnswerer(kb).ask(question, { top, profile: values.profile });

  if (values.json) {
    // As `/api/ask` answers with `"questions": true`: here, the phrasings help to see why an entry matched.
    console.log(JSON.stringify({ decision: decision.kind, ...toAskResponse(decision, { questions: true }) }, null, 2));
    return 0;
  }
  const line = (label: string, s: { entry: { id: string; title: string }; score: number }) =>
    `  ${label} ${s.score.toFixed(3)}  ${s.entry.id}  (${s.entry.title})`;
  console.log(`Question : ${question}`);
  console.log(`Décision : ${decision.kind}`);
  for (const s of decision.answers) console.log(line('réponse   ', s));
  for (const s of decision.suggestions) console.log(line('suggestion', s));
  if (decision.notice) console.log(line('non dispo ', decision.notice));
  const shown = decision.answers[0] ?? decision.notice;
  if (shown) console.log(`\n${shown.entry.answer.trim()}\n`);
  if (values.explain) {
    const matcher = createMatcher(kb);
    const terms = matcher.explain(question);
    console.log('Mots analysés : ' + terms.map((t) => `${t.stem}×${t.weight.toFixed(2)}${t.confidence < 1 ? `~${t.confidence.toFixed(2)}` : ''}`).join(' '));
    for (const s of matcher.rank(question, { profile: values.profile })) console.log(line('classement', s));
  }
  return 0;
}

runCli(
  main,
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  },
  USAGE,
);
