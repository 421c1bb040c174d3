import { dataToolMessages } from './dataToolMessages';

/** Longer than any channel's conversation id (Teams' are about 150 characters). */
export const MAX_VISITOR_ID_LENGTH = 512;

/**
 * The one visitor id given to `data:erase`, or the reason it is refused (a French sentence).
 * Ids are taken as they are (Teams ids hold `:` `;` `@`), but must be one argument, printable, and short.
 */
export function readVisitorIdArgument(args: readonly string[]): { id: string } | { error: string } {
  const [first] = args;
  if (args.length === 0) return { error: dataToolMessages.missingId };
  if (args.length > 1) return { error: dataToolMessages.tooManyArguments(args.length) };
  if (first.startsWith('--')) return { error: dataToolMessages.unknownOption(first) };
  const id = first.trim();
  if (id === '') return { error: dataToolMessages.emptyId };
  if (id.length > MAX_VISITOR_ID_LENGTH) return { error: dataToolMessages.idTooLong(MAX_VISITOR_ID_LENGTH) };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(id)) return { error: dataToolMessages.idWithControlCharacters };
  return { id };
}
