import type { KnowledgeBase } from '../knowledge/types';
import { notPlainQuestion } from '../learning/plainQuestion';
import { phrasingKey } from '../learning/questionTerms';
import type { AlternateProposal, UnansweredCluster } from '../learning/reviewTypes';
import type { Dashboard, UnansweredGroup } from './dashboardTypes';

/**
 * What to do with an unanswered group: add its most frequent phrasing to the entry most often
 * closest to it, when there is one, the text is plain words, and the entry does not have it yet.
 */
export function plainProposal(cluster: UnansweredCluster, kb: KnowledgeBase): Pick<UnansweredGroup, 'proposal' | 'alreadyIn'> {
  const entry = cluster.closest ? kb.byId.get(cluster.closest.id) : undefined;
  if (!entry || notPlainQuestion(cluster.label)) return {};
  const key = phrasingKey(cluster.label);
  if (entry.questions.some((question) => phrasingKey(question) === key)) return { alreadyIn: { entryId: entry.id, title: entry.title } };
  return { proposal: { entryId: entry.id, title: entry.title, file: entry.location.file, question: cluster.label, picks: 0, conversations: cluster.conversations } };
}

/** The page's proposals, found by entry and question: only these may be applied. */
export function findProposal(dashboard: Dashboard, entryId: string, question: string): AlternateProposal | undefined {
  const all = [...dashboard.unanswered.flatMap((group) => (group.proposal ? [group.proposal] : [])), ...dashboard.alternates];
  return all.find((proposal) => proposal.entryId === entryId && proposal.question === question);
}
