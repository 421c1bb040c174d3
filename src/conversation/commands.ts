import { foldForLookup } from '../text/fold';

/** Words that are commands rather than questions, compared after folding case, accents and punctuation. */
const commandWords = Object.freeze({
  help: ['aide', 'menu', 'help', 'sommaire', 'aide moi', 'aidez moi'],
  reset: ['recommencer', 'recommence', 'on recommence', 'reset', 'restart', 'nouvelle conversation', 'repartir de zero'],
});

export type Command = keyof typeof commandWords;

/**
 * The command a message is, if the whole message is one: "aide" / "menu" / "help" list the topics,
 * "recommencer" / "reset" clear the conversation. A question that merely contains the word is a question.
 *
 * @example commandOf('Aide !') // 'help'
 */
export function commandOf(text: string): Command | undefined {
  const folded = foldForLookup(text);
  for (const command of Object.keys(commandWords) as Command[]) {
    if (commandWords[command].includes(folded)) return command;
  }
  return undefined;
}
