import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CQA_COLUMNS } from '../../src/qna/cqaTypes';

export const ROOT = path.resolve(__dirname, '..', '..');
const scratch: string[] = [];

/** A new empty folder, removed by `removeScratch`. */
export async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qna-test-'));
  scratch.push(dir);
  return dir;
}

/** A copy of the repository's knowledge folder. */
export async function copyOfRealKnowledge(): Promise<string> {
  const dir = path.join(await scratchDir(), 'knowledge');
  await cp(path.join(ROOT, 'knowledge'), dir, { recursive: true });
  return dir;
}

export async function removeScratch(): Promise<void> {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

// Invented insurance-desk FAQ: words the real base does not use, so that no question collides with it.
const TOPICS = ['parapluie', 'trottinette', 'aquarium', 'violoncelle', 'serre de jardin', 'drone', 'kayak', 'piano droit', 'ruche', 'télescope'];
const ASPECTS = [
  ['Comment assurer mon {t} ?', 'assurance {t}'],
  ['Que faire si mon {t} est volé ?', '{t} volé démarches'],
  ['Mon {t} est cassé, suis-je remboursé ?', 'remboursement {t} cassé'],
  ['Quel délai pour déclarer un sinistre sur un {t} ?', 'délai déclaration {t}'],
  ['Faut-il une facture pour un {t} ?', 'facture {t} obligatoire'],
  ['Puis-je prêter mon {t} à un ami ?', 'prêt {t} ami couvert'],
  ['Mon {t} est-il couvert à l’étranger ?', '{t} couvert à l’étranger'],
  ['Comment résilier la garantie de mon {t} ?', 'résiliation garantie {t}'],
  ['Quelle franchise pour un {t} ?', 'franchise {t}'],
  ['Le {t} d’occasion est-il accepté ?', '{t} d’occasion accepté'],
];

/** One QnA pair of the generated file: what a test can check it against. */
export interface GeneratedPair {
  qnaId: number;
  questions: string[];
  answer: string;
  metadata: string;
  prompts: number[];
  contextOnly: boolean;
}

/**
 * `count` invented QnA pairs (10 topics × 10 aspects at most) as a CQA TSV export: two phrasings
 * each, a two-line answer, metadata, a prompt to the next pair of the same topic, and every tenth
 * pair context-only (reachable through the prompt of the one before it).
 */
export function generatedPairs(count = 100): GeneratedPair[] {
  const pairs: GeneratedPair[] = [];
  for (let index = 0; index < count; index++) {
    const topic = TOPICS[Math.floor(index / ASPECTS.length) % TOPICS.length];
    const [question, keywords] = ASPECTS[index % ASPECTS.length].map((text) => text.replace('{t}', topic));
    const last = index % ASPECTS.length === ASPECTS.length - 1;
    pairs.push({
      qnaId: index + 1,
      questions: [question, keywords],
      answer: `Pour le ${topic}, voyez la fiche n° ${index + 1}.\n- un point à vérifier : la **garantie** ;\n- un autre : le délai.`,
      metadata: `categorie:${topic}|langue:fr`,
      prompts: last || index + 1 >= count ? [] : [index + 2],
      contextOnly: index % ASPECTS.length === ASPECTS.length - 1 && index > 0,
    });
  }
  return pairs;
}

/** The pairs as QnA Maker writes a TSV export: one row per question, answers on one line. */
export function cqaTsv(pairs: readonly GeneratedPair[]): string {
  const byId = new Map(pairs.map((pair) => [pair.qnaId, pair]));
  const rows = [CQA_COLUMNS.join('\t')];
  for (const pair of pairs) {
    const prompts = pair.prompts.map((id, order) => ({ DisplayOrder: order + 1, QnaId: id, DisplayText: byId.get(id)?.questions[0] ?? '' }));
    for (const question of pair.questions) {
      rows.push([question, pair.answer.replace(/\n/g, '\\n'), 'Editorial', pair.metadata, '[]', String(pair.contextOnly), JSON.stringify(prompts), String(pair.qnaId)].join('\t'));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
