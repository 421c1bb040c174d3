import { messages } from './messages';

/** The knowledge entry people land on when they ask for a person ("je veux parler à un conseiller"). */
export const handoffEntryId = 'smalltalk-human';

/** The skill a live-agent hub routes on: every hand-off of this bot goes to FAQ support staff. */
export const handoffSkill = 'faq-support';

/** How to reach a person, from the deployment's configuration (HANDOFF_URL, HANDOFF_EMAIL, HANDOFF_PHONE). */
export interface HandoffContact {
  url?: string;
  email?: string;
  phone?: string;
}

/** What the hub receives in the `handoff.initiate` event's value. */
export interface HandoffRequest {
  skill: string;
  reason: 'user-request';
  /** Entry of the last answer, to tell the agent what the person was reading about. */
  lastTopic?: string;
}

/**
 * The reply to "I want a person": the configured contact, or an honest "none configured"
 * (a contact is never made up).
 */
export function handoffMessage(contact: HandoffContact): string {
  const lines = [
    contact.url ? messages.handoffUrl(contact.url) : undefined,
    contact.email ? messages.handoffEmail(contact.email) : undefined,
    contact.phone ? messages.handoffPhone(contact.phone) : undefined,
  ].filter((line): line is string => line !== undefined);
  return lines.length > 0 ? messages.handoffWithContact(lines) : messages.handoffNoContact;
}
