/**
 * What a visitor's typed text must look like before `kb:review` may propose it as a question of the
 * base: plain words only. Records are written by anyone who can chat with the bot, so a proposal never
 * carries a link, an address, markup or code, whatever the number of conversations behind it.
 */
const LINK = /(https?:|ftp:|mailto:|www\.|:\/\/|\b[\p{L}\p{N}-]+\.(?:[a-z]{2,}|xn--[a-z0-9]+)(?:\/|\b))/iu;
const MARKUP = /[<>[\]{}()*_`#|\\~=@$]/u;
const HAS_WORD = /\p{L}{2,}/u;

/** Why `text` may not become a question of the base, or undefined when it is plain words. */
export function notPlainQuestion(text: string): string | undefined {
  if (!HAS_WORD.test(text)) return 'no words';
  if (LINK.test(text)) return 'it holds a link or an address';
  if (MARKUP.test(text)) return 'it holds markup or special characters';
  return undefined;
}
