import type { Answerer, AskOptions } from '../../../src/answering/answerer';
import { DEFAULT_ANSWERING_OPTIONS } from '../../../src/answering/answeringOptions';
import type { Decision, ScoredEntry } from '../../../src/answering/types';
import type { KnowledgeBase } from '../../../src/knowledge/types';

/** One call the conversation made to the answerer. */
export interface AskCall {
  question: string;
  options: AskOptions | undefined;
}

/**
 * An answerer whose decisions the test writes (no matching): each question goes to `script`, and
 * every call is kept, so that a test can say exactly what the conversation asked and with which profile.
 */
export function scriptedAnswerer(kb: KnowledgeBase, script: (question: string, options: AskOptions | undefined) => Decision) {
  const calls: AskCall[] = [];
  const answerer: Answerer = {
    knowledgeBase: kb,
    options: DEFAULT_ANSWERING_OPTIONS,
    ask(question, options) {
      calls.push({ question, options });
      return script(question, options);
    },
  };
  return { answerer, calls };
}

/** A decision as the answerer would build it. */
export function decision(kind: Decision['kind'], question: string, parts: Partial<Omit<Decision, 'kind' | 'question'>> = {}): Decision {
  return { kind, question, answers: [], suggestions: [], ...parts };
}

/** An entry of `kb` with a score. */
export function scored(kb: KnowledgeBase, id: string, score: number): ScoredEntry {
  const entry = kb.byId.get(id);
  if (!entry) throw new Error(`no entry ${id} in the test base`);
  return { entry, score };
}
