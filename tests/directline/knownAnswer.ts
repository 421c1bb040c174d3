import { followupEntries } from '../../src/conversation/catalog';
import type { KnowledgeEntry } from '../../src/knowledge/types';
import { realAnswerer } from '../helpers/knowledge';

/** Text without Markdown marks, escapes, or spacing differences: to find an answer inside a card. */
export function plain(text: string): string {
  return text
    .replace(/[*_#`\\>]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The beginning of an entry's answer, long enough to be its own. */
export function answerStart(entry: KnowledgeEntry): string {
  return plain(entry.answer).slice(0, 40);
}

/**
 * A question of the real knowledge base that the bot answers with an entry having follow-ups, with that entry
 * and its first follow-up: taken from the base, so that the tests follow its content as it changes.
 */
export async function questionWithFollowUp(): Promise<{ question: string; entry: KnowledgeEntry; followUp: KnowledgeEntry }> {
  const answerer = await realAnswerer();
  const kb = answerer.knowledgeBase;
  for (const entry of kb.entries) {
    if (entry.kind !== 'answer' || entry.contextOnly || entry.draft) continue;
    // The first button of the card, as the card renderer lists them.
    const followUp = followupEntries(entry, kb)[0];
    const question = entry.questions[0];
    const decision = answerer.ask(question);
    // An `answer` follow-up, so that its card has 👍/👎 too.
    if (followUp?.kind === 'answer' && decision.kind === 'answer' && decision.answers[0]?.entry.id === entry.id) return { question, entry, followUp };
  }
  throw new Error('No entry of the knowledge base is answered from its first question with a follow-up');
}
