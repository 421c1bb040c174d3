import path from 'node:path';
import { createAnswerer } from '../answering/answerer';
import { loadKnowledgeBase } from '../knowledge';
import type { KnowledgeBase } from '../knowledge/types';
import { addedProfiles, loadKnowledgeWithExtraProfiles } from './extraProfiles';
import { entriesWithoutQuestions, setAsideNewlyAnswered, type NewlyAnswered } from './labelCoverage';
import { loadEvalSet } from './loadEvalSet';
import { splitItemsNamingProfiles } from './profileItems';
import type { EvalItem, EvalSet } from './types';

/** One knowledge base to evaluate a set on, and the items that apply to it. */
export interface EvalRunInput {
  /** Short name, e.g. "(a) real base". */
  label: string;
  /** What was loaded, for a person: "knowledge/" or "knowledge/ + tests/fixtures/profiles/". */
  knowledge: string;
  kb: KnowledgeBase;
  /** The items the figures are computed on, with their labels unchanged. */
  items: EvalItem[];
  /** Profiles this run adds to the real base (empty for the real base). */
  addedProfiles: string[];
  /** Items naming an added profile: left out, since their label was written without that profile. */
  excluded: EvalItem[];
  /** Out-of-scope items an entry with no evaluation question answers: left out (see labelCoverage.ts). */
  setAside: NewlyAnswered[];
}

/**
 * The runs of `npm run eval`: (a) the set on the real base; (b) unless `extraDir` is undefined,
 * the same set on the real base plus the job profiles of `extraDir`, without the items that
 * name an added profile. The set's ids are checked against the real base.
 */
export async function prepareEvalRuns(options: {
  knowledgeDir: string;
  setFile: string;
  extraDir?: string;
}): Promise<{ set: EvalSet; runs: EvalRunInput[] }> {
  const kb = await loadKnowledgeBase(path.resolve(options.knowledgeDir));
  const set = loadEvalSet(options.setFile, kb);
  const unlabelled = entriesWithoutQuestions(kb, [set]);
  const shown = (dir: string) => `${path.relative(process.cwd(), path.resolve(dir)) || '.'}/`;
  const real = setAsideNewlyAnswered(kb, set.items, unlabelled);
  const runs: EvalRunInput[] = [
    { label: '(a) real base', knowledge: shown(options.knowledgeDir), kb, items: real.items, addedProfiles: [], excluded: [], setAside: real.setAside },
  ];
  if (options.extraDir !== undefined) {
    const extended = await loadKnowledgeWithExtraProfiles(path.resolve(options.knowledgeDir), path.resolve(options.extraDir));
    const added = addedProfiles(kb, extended);
    const { kept, naming } = splitItemsNamingProfiles(extended, set.items, added);
    const scored = setAsideNewlyAnswered(extended, kept, unlabelled);
    runs.push({
      label: `(b) + ${added.join(', ') || 'no new profile'}`,
      knowledge: `${shown(options.knowledgeDir)} + ${shown(options.extraDir)}`,
      kb: extended,
      items: scored.items,
      addedProfiles: added,
      excluded: naming,
      setAside: scored.setAside,
    });
  }
  return { set, runs };
}

/**
 * Items our answerer meets with "which job?" (`choose-profile`): they count as not answered;
 * `offered` says whether the expected entry was among the choices.
 */
export function profileChoices(kb: KnowledgeBase, items: readonly EvalItem[]): Array<{ item: EvalItem; offered: boolean }> {
  const answerer = createAnswerer(kb);
  return items.flatMap((item) => {
    const decision = answerer.ask(item.q);
    if (decision.kind !== 'choose-profile') return [];
    return [{ item, offered: decision.suggestions.some((s) => s.entry.id === item.expect) }];
  });
}
