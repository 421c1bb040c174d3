import type { AskedDecision, LearningEvent } from '../../src/learning/types';

/** The question the bot only half understands ("Vouliez-vous dire…" towards back-end-definition). */
export const UNSURE_QUESTION = 'le back end c est dur ?';
export const UNSURE_ENTRY = 'back-end-definition';

const asked = (at: string, conversation: string, channel: string, decision: AskedDecision, entryId?: string): LearningEvent => ({
  type: 'asked',
  at,
  conversation,
  channel,
  decision,
  ...(entryId ? { entryId } : {}),
});

/**
 * Three days of records, as a running bot writes them (conversations already hashed). The figures
 * the page must show are written out in the tests, counted by hand from this list.
 *   27/11: site 3 answered, Teams 1 answered, Emulator 1 "je ne sais pas"            -> 5
 *   28/11: site 2 "Vouliez-vous dire…", Teams 1 "Vouliez-vous dire…" + 1 not available, site 1 answered -> 5
 *   29/11: directline (site) 2 answered                                                -> 2
 */
export function seededRecords(): LearningEvent[] {
  return [
    asked('2026-11-27T09:00:00.000Z', 'c1', 'webchat', 'answer', 'portage-overview'),
    asked('2026-11-27T09:05:00.000Z', 'c1', 'webchat', 'answer', 'portage-status'),
    asked('2026-11-27T10:00:00.000Z', 'c2', 'webchat', 'answer', 'back-end-missions'),
    asked('2026-11-27T11:00:00.000Z', 'c3', 'msteams', 'answer', 'back-end-missions'),
    asked('2026-11-27T12:00:00.000Z', 'c4', 'emulator', 'fallback'),
    { type: 'unanswered', at: '2026-11-27T12:00:00.000Z', conversation: 'c4', question: 'où est la machine à café', decision: 'fallback', candidates: [] },

    asked('2026-11-28T08:00:00.000Z', 'c5', 'webchat', 'suggest'),
    { type: 'unanswered', at: '2026-11-28T08:00:00.000Z', conversation: 'c5', question: UNSURE_QUESTION, decision: 'suggest', candidates: [{ id: UNSURE_ENTRY, score: 0.22 }] },
    asked('2026-11-28T09:00:00.000Z', 'c6', 'webchat', 'suggest'),
    { type: 'unanswered', at: '2026-11-28T09:00:00.000Z', conversation: 'c6', question: UNSURE_QUESTION, decision: 'suggest', candidates: [{ id: UNSURE_ENTRY, score: 0.22 }] },
    asked('2026-11-28T10:00:00.000Z', 'c7', 'msteams', 'suggest'),
    { type: 'unanswered', at: '2026-11-28T10:00:00.000Z', conversation: 'c7', question: 'Le back end, c’est dur ?', decision: 'suggest', candidates: [{ id: UNSURE_ENTRY, score: 0.21 }] },
    asked('2026-11-28T11:00:00.000Z', 'c8', 'msteams', 'not-available', 'unavailable-salary'),
    { type: 'unanswered', at: '2026-11-28T11:00:00.000Z', conversation: 'c8', question: 'quel salaire en portage', decision: 'not-available', candidates: [{ id: 'unavailable-salary', score: 0.5 }] },
    asked('2026-11-28T12:00:00.000Z', 'c9', 'webchat', 'answer', 'portage-overview'),

    asked('2026-11-29T08:00:00.000Z', 'c10', 'directline', 'answer', 'portage-overview'),
    asked('2026-11-29T09:00:00.000Z', 'c11', 'directline', 'answer', 'back-end-studies'),

    { type: 'feedback', at: '2026-11-27T09:01:00.000Z', conversation: 'c1', entryId: 'portage-overview', vote: 'down' },
    { type: 'feedback', at: '2026-11-28T12:01:00.000Z', conversation: 'c9', entryId: 'portage-overview', vote: 'down' },
    { type: 'feedback', at: '2026-11-29T08:01:00.000Z', conversation: 'c10', entryId: 'portage-overview', vote: 'up' },
    { type: 'feedback', at: '2026-11-27T10:01:00.000Z', conversation: 'c2', entryId: 'back-end-missions', vote: 'up' },
    { type: 'feedback', at: '2026-11-27T11:01:00.000Z', conversation: 'c3', entryId: 'back-end-missions', vote: 'up' },
  ];
}

/** "Now" for the tests: the last seeded day. */
export const SEEDED_NOW = new Date('2026-11-29T18:00:00.000Z');
