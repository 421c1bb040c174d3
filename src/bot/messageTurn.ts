import { TurnContext } from 'botbuilder';
import { parseButtonPayload } from './buttonPayload';
import { exampleEntries } from './catalog';
import { commandOf } from './commands';
import { clearConversation, offeredKey } from './conversationData';
import { handleButton } from './buttonTurn';
import { offer } from './entryReply';
import { menuGroups } from './menuGroups';
import { messages } from './messages';
import { answerQuestion } from './questionTurn';
import { noteUserLine, type Turn } from './turn';

/**
 * A message from the user: a button's payload, a command ("aide", "recommencer"), a suggested action
 * the bot offered, or a question, in that order.
 */
export async function handleMessage(turn: Turn): Promise<void> {
  const payload = parseButtonPayload(turn.context.activity.value);
  if (payload) return handleButton(turn, payload);

  const text = questionText(turn.context);
  if (text === '') {
    await turn.context.sendActivities(turn.renderer.emptyMessage(turn.kb));
    offer(turn, exampleEntries(turn.kb), 'followup');
    return;
  }
  const offered = turn.data.offered?.[offeredKey(text)];
  if (offered && turn.kb.byId.has(offered.entryId)) return handleButton(turn, offered);
  noteUserLine(turn, text);

  switch (commandOf(text)) {
    case 'help':
      await turn.context.sendActivities(turn.renderer.menu(turn.kb));
      offer(turn, menuGroups(turn.kb).flatMap((group) => group.entries), 'followup');
      return;
    case 'reset':
      await turn.context.sendActivity(messages.reset);
      clearConversation(turn.data);
      return;
  }
  await answerQuestion(turn, text);
}

/** The message's text without the @mention of the bot that group chats (Teams) put in front. */
function questionText(context: TurnContext): string {
  const raw = context.activity.text ?? '';
  return (raw && context.activity.recipient ? TurnContext.removeRecipientMention(context.activity) : raw).trim();
}
