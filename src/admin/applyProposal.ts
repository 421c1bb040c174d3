import { formatIssueIn, KnowledgeBaseError, loadKnowledgeBase } from '../knowledge';
import { applyAlternates } from '../learning/reviewApply';
import type { AlternateProposal } from '../learning/reviewTypes';
import { adminMessages } from './adminMessages';

export interface ApplyResult {
  applied: boolean;
  /** In French, for the page. */
  message: string;
  /** The base's problems when it does not load (the change is then not tried). */
  problems?: string[];
}

/**
 * One proposal applied as `kb:review --apply` applies it (the same function: tried on a copy, the
 * whole base loaded, the file written only if nobody changed it meanwhile), after checking that the
 * base loads as it is; then the running bot's base is reloaded, so that the next question gets it.
 */
export async function applyProposal(knowledgeDir: string, proposal: AlternateProposal, reload: () => Promise<boolean>): Promise<ApplyResult> {
  try {
    await loadKnowledgeBase(knowledgeDir);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    const problems = error.issues.filter((issue) => issue.severity !== 'warning').map((issue) => formatIssueIn(issue, 'fr'));
    return { applied: false, message: adminMessages.baseBroken, problems };
  }
  const outcome = await applyAlternates(knowledgeDir, [proposal]);
  if (outcome.applied.length === 0) {
    return { applied: false, message: adminMessages.refused(outcome.refused[0]?.reason ?? 'no change') };
  }
  const reloaded = await reload();
  return { applied: true, message: adminMessages.applied(proposal.question, proposal.title, outcome.files.join(', '), reloaded) };
}
