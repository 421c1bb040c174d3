/**
 * Every message the knowledge loader can report, in one place, in two languages: plain French for
 * the support staff who edit the YAML files (what `kb:check` prints by default), and English (logs,
 * `kb:check --lang en`). Each message says what is wrong and how to fix it. Locations (`file:line:`)
 * are added by the caller.
 */

/** One message in both languages, spread into a `KnowledgeIssue` (`message` is English). */
export interface Said {
  message: string;
  messageFr: string;
}

/** A name in both languages ("entry 'x'" / "l'entrée « x »"). */
export interface Label {
  en: string;
  fr: string;
}

const said = (en: string, fr: string): Said => ({ message: en, messageFr: fr });
const list = (items: readonly string[]) => items.join(', ');
const quoted = (value: unknown) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));
const guillemets = (value: unknown) => (typeof value === 'string' ? `« ${value} »` : JSON.stringify(value));

/** Describes a JSON value's type in everyday words ("nothing", "a list"...). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of keys';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : 'text';
  if (typeof value === 'boolean') return `${value} (yes/no)`;
  return `the number ${String(value)}`;
}

function describeValueFr(value: unknown): string {
  if (value === null || value === undefined) return 'rien';
  if (Array.isArray(value)) return 'une liste';
  if (typeof value === 'object') return 'un groupe de clés';
  if (typeof value === 'string') return value.trim() === '' ? 'un texte vide' : 'du texte';
  if (typeof value === 'boolean') return `${value} (oui/non)`;
  return `le nombre ${String(value)}`;
}

const typeWords: Record<string, string> = {
  string: 'text',
  array: 'a list (lines starting with "- ")',
  object: 'a group of keys',
  boolean: 'true or false',
  number: 'a number',
};

const typeWordsFr: Record<string, string> = {
  string: 'du texte',
  array: 'une liste (lignes commençant par « - »)',
  object: 'un groupe de clés',
  boolean: 'true ou false',
  number: 'un nombre',
};

/** Plain words for the YAML parser's error codes (the `yaml` package's own messages are jargon). */
const syntaxWords: Record<string, Label> = {
  TAB_AS_INDENT: {
    en: 'a tab is used for indentation: YAML accepts only spaces; replace the tab with spaces',
    fr: 'une tabulation sert d’indentation : YAML n’accepte que des espaces ; remplacez la tabulation par des espaces',
  },
  BAD_INDENT: {
    en: 'this line is not aligned with the keys above it: keys of one entry must start in the same column (same number of spaces)',
    fr: 'cette ligne n’est pas alignée sur les clés au-dessus : les clés d’une même entrée doivent commencer à la même colonne (même nombre d’espaces)',
  },
  MULTILINE_IMPLICIT_KEY: {
    en: 'a key is missing its colon, or a line is indented too far: write `key: value`, aligned with the keys around it',
    fr: 'il manque les deux-points après une clé, ou une ligne est trop indentée : écrivez `clé: valeur`, aligné sur les clés voisines',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: 'a list is placed where a key was expected: check the indentation of the lines starting with "- " and the colon after the key above them',
    fr: 'une liste se trouve là où une clé était attendue : vérifiez l’indentation des lignes qui commencent par « - » et les deux-points après la clé au-dessus',
  },
  DUPLICATE_KEY: {
    en: 'the same key is written twice in one entry: keep only one',
    fr: 'la même clé est écrite deux fois dans une entrée : n’en gardez qu’une',
  },
  BAD_SCALAR_START: {
    en: 'a text starts with a character YAML reserves (such as @, `, %, |, >): put the whole text between double quotes',
    fr: 'un texte commence par un caractère réservé par YAML (comme @, `, %, |, >) : mettez tout le texte entre guillemets droits "…"',
  },
};

const unclosedQuote: Label = {
  en: 'a quote opened here is never closed: add the closing quote at the end of the text',
  fr: 'un guillemet ouvert ici n’est jamais fermé : ajoutez le guillemet fermant à la fin du texte',
};

const unclosedBracket: Label = {
  en: 'a list opened here with [ (or {) is never closed: add the closing ] (or }) at the end of the list',
  fr: 'une liste ouverte ici par [ (ou {) n’est jamais fermée : ajoutez le ] (ou }) fermant à la fin de la liste',
};

export const messages = {
  folderMissing: (dir: string) =>
    said(
      `the knowledge folder '${dir}' does not exist or cannot be read: check the folder name (KNOWLEDGE_DIR)`,
      `le dossier de la base « ${dir} » n’existe pas ou ne peut pas être lu : vérifiez son nom (KNOWLEDGE_DIR)`,
    ),
  noKnowledgeFiles: (dir: string) =>
    said(
      `no knowledge file (*.yaml or *.yml) found in '${dir}': add at least one file of entries`,
      `aucun fichier de connaissances (*.yaml ou *.yml) dans « ${dir} » : ajoutez au moins un fichier d’entrées`,
    ),
  fileUnreadable: (reason: string) =>
    said(`the file cannot be read (${reason}): check that it exists and may be read`, `le fichier ne peut pas être lu (${reason}) : vérifiez qu’il existe et qu’il est lisible`),
  fileTooLarge: (bytes: number, limit: number) =>
    said(
      `the file is ${bytes} bytes, more than the limit of ${limit}: a knowledge file holds short answers; split it or shorten the answers`,
      `le fichier fait ${bytes} octets, plus que la limite de ${limit} : un fichier de connaissances contient des réponses courtes ; découpez-le ou raccourcissez les réponses`,
    ),
  notUtf8: () =>
    said(
      'the file is not saved as UTF-8 (accented letters would reach users garbled): save it again with the UTF-8 encoding in your editor',
      'le fichier n’est pas enregistré en UTF-8 (les lettres accentuées arriveraient déformées) : enregistrez-le à nouveau avec l’encodage UTF-8 dans votre éditeur',
    ),
  emptyFile: () =>
    said('the file is empty: it needs at least an `entries:` list', 'le fichier est vide : il lui faut au moins une liste `entries:`'),
  yamlSyntax: (code: string, detail: string) => {
    const words = code === 'MISSING_CHAR' && /quote/i.test(detail) ? unclosedQuote : /^Flow (sequence|mapping)/.test(detail) ? unclosedBracket : syntaxWords[code];
    if (words) return said(`YAML syntax error: ${words.en}`, `erreur de syntaxe YAML : ${words.fr}`);
    return said(
      `YAML syntax error: ${detail} (check indentation, colons and quotes)`,
      `erreur de syntaxe YAML (${detail}) : vérifiez l’indentation (des espaces, pas de tabulation), les deux-points et les guillemets`,
    );
  },
  aliasBomb: () =>
    said(
      'the file repeats references (&anchor / *alias) so many times it would take too much memory: write the text out instead of referring to it',
      'le fichier répète des références (&ancre / *alias) tant de fois qu’il prendrait trop de mémoire : écrivez le texte en entier au lieu d’y faire référence',
    ),

  unknownKey: (where: Label, key: string, allowed: readonly string[], suggestion?: string) =>
    said(
      `${where.en} has an unknown key '${key}'` + (suggestion ? ` (did you mean '${suggestion}'?)` : '') + ` (allowed: ${list(allowed)})`,
      `${where.fr} a une clé inconnue « ${key} »` +
        (suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : '') +
        ` : corrigez-la ou retirez-la (clés permises : ${list(allowed)})`,
    ),
  missingKey: (where: Label, key: string) =>
    said(`${where.en} has no '${key}' (it is required)`, `${where.fr} n’a pas de « ${key} » : cette clé est obligatoire, ajoutez-la`),
  wrongType: (where: Label, key: string, expected: string, value: unknown) =>
    said(
      `${where.en}: '${key}' should be ${typeWords[expected] ?? expected}, found ${describeValue(value)}`,
      `${where.fr} : « ${key} » doit être ${typeWordsFr[expected] ?? expected}, or c’est ${describeValueFr(value)}`,
    ),
  wrongShape: (where: Label, expected: string, value: unknown) =>
    said(
      `${where.en} should be ${typeWords[expected] ?? expected}, found ${describeValue(value)}`,
      `${where.fr} doit être ${typeWordsFr[expected] ?? expected}, or c’est ${describeValueFr(value)}`,
    ),
  emptyText: (where: Label, key: string) => said(`${where.en}: '${key}' is empty`, `${where.fr} : « ${key} » est vide : écrivez un texte ou retirez la clé`),
  emptyList: (where: Label, key: string) =>
    said(`${where.en}: '${key}' is an empty list: give at least one item`, `${where.fr} : « ${key} » est une liste vide : donnez au moins un élément`),
  badId: (where: Label, key: string, value: unknown) =>
    said(
      `${where.en}: ${key} ${quoted(value)} is not a valid id: use lowercase letters and digits in words joined by dashes (kebab-case), e.g. 'back-end-missions'`,
      `${where.fr} : l’identifiant ${guillemets(value)} n’est pas valide : utilisez des minuscules sans accent et des chiffres, en mots reliés par des tirets, par exemple « back-end-missions »`,
    ),
  badDate: (where: Label, key: string, value: unknown) =>
    said(
      `${where.en}: ${key} ${quoted(value)} is not a date written YYYY-MM-DD, e.g. 2023-12-20`,
      `${where.fr} : ${key} ${guillemets(value)} n’est pas une date écrite AAAA-MM-JJ, par exemple 2023-12-20`,
    ),
  badUrl: (where: Label, key: string, value: unknown) =>
    said(
      `${where.en}: ${key} ${quoted(value)} is not a web address starting with http:// or https://`,
      `${where.fr} : ${key} ${guillemets(value)} n’est pas une adresse web commençant par http:// ou https://`,
    ),
  notOneOf: (where: Label, key: string, allowed: readonly unknown[], value: unknown) =>
    said(
      `${where.en}: '${key}' must be one of ${list(allowed.map(String))} (found ${quoted(value)})`,
      `${where.fr} : « ${key} » doit valoir ${list(allowed.map(String))} (trouvé ${guillemets(value)})`,
    ),
  listedTwice: (where: Label, key: string, value: unknown) =>
    said(`${where.en}: '${key}' lists ${quoted(value)} twice`, `${where.fr} : « ${key} » contient ${guillemets(value)} deux fois : retirez l’un des deux`),
  schemaOther: (where: Label, detail: string) => said(`${where.en}: ${detail}`, `${where.fr} : ${detail}`),

  duplicateId: (id: string, otherLocation: string) =>
    said(
      `entry id '${id}' is already used at ${otherLocation}: ids must be unique across all files`,
      `l’identifiant « ${id} » est déjà utilisé en ${otherLocation} : chaque identifiant doit être unique dans tous les fichiers ; choisissez-en un autre`,
    ),
  followupMissing: (id: string, target: string, suggestion?: string) =>
    said(
      `entry '${id}' has a follow-up '${target}' that matches no entry id` + (suggestion ? ` (did you mean '${suggestion}'?)` : ''),
      `l’entrée « ${id} » propose la suite « ${target} », qui n’est l’identifiant d’aucune entrée` +
        (suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ' : corrigez l’identifiant ou retirez-le de followups'),
    ),
  followupSelf: (id: string) =>
    said(`entry '${id}' lists itself as a follow-up`, `l’entrée « ${id} » se propose elle-même comme suite : retirez-la de ses followups`),
  emptyAnswer: (id: string) => said(`entry '${id}' has an empty answer`, `l’entrée « ${id} » a une réponse vide : écrivez la réponse`),
  emptyQuestion: (id: string, index: number) =>
    said(`entry '${id}': question ${index + 1} is empty`, `l’entrée « ${id} » : la question ${index + 1} est vide : écrivez-la ou retirez la ligne`),
  duplicateQuestion: (id: string, question: string) =>
    said(`entry '${id}' lists the question "${question}" twice`, `l’entrée « ${id} » contient deux fois la question « ${question} » : retirez l’une des deux`),
  questionInTwoEntries: (question: string, id: string, otherId: string, otherLocation: string) =>
    said(
      `the question "${question}" of '${id}' is also in '${otherId}' (${otherLocation}): the bot cannot tell them apart; keep it in one entry only`,
      `la question « ${question} » de l’entrée « ${id} » est aussi dans « ${otherId} » (${otherLocation}) : le bot ne peut pas les distinguer ; gardez-la dans une seule entrée`,
    ),
  fewQuestions: (id: string, count: number, wanted: number) =>
    said(
      `entry '${id}' has only ${count} phrasing(s): aim for at least ${wanted} to be understood reliably`,
      `l’entrée « ${id} » n’a que ${count} formulation(s) : visez au moins ${wanted} pour être bien comprise`,
    ),
  pairedTagIgnored: (id: string, tag: string) =>
    said(
      `entry '${id}' has the tag '${tag}': a tag of two words joined by ' + ' is only read on a not-available entry; here it is ignored`,
      `l’entrée « ${id} » a l’étiquette « ${tag} » : une étiquette de deux mots reliés par « + » n’est lue que sur une entrée not-available ; ici elle est ignorée`,
    ),
  answerTooLong: (id: string, chars: number, limit: number) =>
    said(
      `entry '${id}' has an answer of ${chars} characters, more than the limit of ${limit}: shorten it (a chat answer is a few short paragraphs)`,
      `l’entrée « ${id} » a une réponse de ${chars} caractères, plus que la limite de ${limit} : raccourcissez-la (une réponse de chat tient en quelques paragraphes courts)`,
    ),
  answerManyLines: (id: string, lines: number, wanted: number) =>
    said(
      `entry '${id}' has an answer of ${lines} lines: keep it to ${wanted} lines or fewer so that it reads well in a chat`,
      `l’entrée « ${id} » a une réponse de ${lines} lignes : gardez-en ${wanted} au plus pour qu’elle se lise bien dans un chat`,
    ),

  variantInTwoRules: (variant: string, canonical: string, otherCanonical: string, otherLocation: string) =>
    said(
      `synonym '${variant}' is listed under '${canonical}' and already under '${otherCanonical}' (${otherLocation}): a variant may belong to one rule only`,
      `le synonyme « ${variant} » est sous « ${canonical} » et déjà sous « ${otherCanonical} » (${otherLocation}) : une variante n’appartient qu’à une règle ; retirez-la de l’une des deux`,
    ),
  variantIsCanonical: (variant: string, canonical: string) =>
    said(
      `synonym '${variant}' of '${canonical}' is itself the canonical form of another rule: merge the two rules`,
      `le synonyme « ${variant} » de « ${canonical} » est lui-même la forme canonique d’une autre règle : fusionnez les deux règles`,
    ),
  variantSameAsCanonical: (variant: string) =>
    said(`synonym '${variant}' is the same as its canonical form: remove it`, `le synonyme « ${variant} » est identique à sa forme canonique : retirez-le`),

  summary: (count: number) => `the knowledge base has ${count} problem${count === 1 ? '' : 's'}`,
};

/** Names used for the owner of a problem in schema messages. */
export const labels = {
  file: { en: 'the file', fr: 'le fichier' } as Label,
  entry: (id: string): Label => ({ en: `entry '${id}'`, fr: `l’entrée « ${id} »` }),
  entryNumber: (n: number): Label => ({ en: `entry #${n}`, fr: `l’entrée n° ${n}` }),
  synonymRule: (n: number, canonical?: string): Label => ({
    en: `synonym rule #${n}${canonical ? ` ('${canonical}')` : ''}`,
    fr: `la règle de synonymes n° ${n}${canonical ? ` (« ${canonical} »)` : ''}`,
  }),
  inKey: (owner: Label, key: string): Label => ({ en: `${owner.en} (in '${key}')`, fr: `${owner.fr} (dans « ${key} »)` }),
  withKey: (owner: Label, key: string): Label => ({ en: `${owner.en}, '${key}'`, fr: `${owner.fr}, « ${key} »` }),
};
