import { normalize } from './normalize';

/**
 * Whether a message asks the bot to write code ("Écris-moi une fonction Python qui trie une liste", "Tu peux m'écrire
 * une requête SQL ?", "write me a python function…"): no entry answers that, whatever words it shares with one (a
 * language the technical-skills entry names drew it there). Only a request made to the bot: "le dev back écrit le
 * code du serveur ?" asks about the job.
 */
const VERB = String.raw`(?:ecris|ecrire|ecrivez|code|coder|codez|genere|generer|generez|fais|faire|faites|donne|donner|donnez|redige|rediger|cree|creer|creez|write|generate|give|build|create|make)`;
const ASKED = String.raw`(?:tu peux|tu pourrais|vous pouvez|vous pourriez|pouvez vous|pourriez vous|peux tu|pourrais tu|can you|could you|would you|please|pls|plz)`;
const THING = String.raw`(?:fonctions?|scripts?|programmes?|code|requetes?|algorithmes?|algos?|classes?|endpoints?|routes?|api|regex|regexp|snippets?|function|program|query|queries|algorithm|class)`;
const DETERMINER = String.raw`(?:une?|du|le|la|les|des|ce|cette|a|an|some|the)`;
const CODE_REQUEST = new RegExp(
  String.raw`(?:^|\b${ASKED} (?:me |nous |us )?)${VERB} (?:moi |nous |me |us )?(?:vite |quickly )?${DETERMINER} (?:[\p{L}\d]+ ){0,2}${THING}\b|` +
    String.raw`\b${VERB} (?:moi|nous|me|us) (?:vite |quickly )?${DETERMINER} (?:[\p{L}\d]+ ){0,2}${THING}\b`,
  'u',
);

export function asksToWriteCode(question: string): boolean {
  return CODE_REQUEST.test(normalize(question));
}
