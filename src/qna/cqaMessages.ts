/** Every message of the QnA Maker / CQA import and export, in French (support staff read them), in one place. */
export const cqaMessages = {
  unreadable: (file: string, reason: string) => `${file}: lecture impossible (${reason}).`,
  unknownFormat: (file: string) => `${file}: format inconnu (attendu : un export QnA Maker ou Custom Question Answering en .tsv ou .xlsx).`,
  empty: (file: string) => `${file}: le fichier est vide (attendu : une ligne d’en-tête Question, Answer… puis une ligne par question).`,
  badHeader: (file: string, line: number, missing: string[], found: string[]) =>
    `${file}:${line}: en-tête invalide, colonne(s) manquante(s) : ${missing.join(', ')} (trouvé : ${found.join(', ') || 'rien'}). ` +
    `Un export QnA Maker commence par : Question, Answer, Source, Metadata, SuggestedQuestions, IsContextOnly, Prompts, QnaId.`,
  missingQuestion: (file: string, line: number) => `${file}:${line}: la question est vide.`,
  missingAnswer: (file: string, line: number) => `${file}:${line}: la réponse est vide (chaque question doit avoir une réponse).`,
  badMetadata: (file: string, line: number, pair: string) =>
    `${file}:${line}: métadonnée « ${pair} » invalide : attendu clé:valeur, séparées par | (ex. categorie:paie|langue:fr).`,
  badContextOnly: (file: string, line: number, value: string) => `${file}:${line}: IsContextOnly vaut « ${value} » : attendu true ou false.`,
  badQnaId: (file: string, line: number, value: string) => `${file}:${line}: QnaId vaut « ${value} » : attendu un nombre entier positif.`,
  badPrompts: (file: string, line: number, reason: string) =>
    `${file}:${line}: Prompts illisible (${reason}) : attendu une liste JSON [{"DisplayOrder":1,"QnaId":2,"DisplayText":"…"}].`,
  unknownPrompt: (file: string, line: number, qnaId: number) => `${file}:${line}: le prompt mène à la paire QnaId ${qnaId}, absente du fichier.`,
  differentAnswer: (file: string, line: number, first: number, qnaId: number) =>
    `${file}:${line}: la paire QnaId ${qnaId} a une autre réponse qu’à la ligne ${first} (une paire n’a qu’une réponse).`,
  badProfile: (profile: string) => `--profile « ${profile} » n’est pas un identifiant kebab-case (mots en minuscules reliés par des tirets).`,
  exists: (target: string) => `${target} existe déjà : choisissez un autre --name ou un autre dossier --out (rien n’a été écrit).`,
  invalidDraft: (target: string) => `Le brouillon ${target} casserait la base : rien n’a été écrit. Problèmes :`,
} as const;

/** A file that cannot be imported: every problem found, each naming the file and the line. */
export class CqaImportError extends Error {
  override readonly name = 'CqaImportError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
