/**
 * Everything the bot says to users, in French, in one module: consistent tone, easy to review.
 * Texts are Markdown (rendered by the Emulator, Teams and Web Chat).
 */
export const messages = {
  welcome: (topics: readonly string[]) =>
    [
      'Bonjour ! Je réponds aux questions fréquentes sur le portage salarial et les fiches métiers, ' +
        'à partir de nos pages publiques.',
      topics.length > 0 ? `Je peux vous renseigner sur :\n${bulletList(topics)}` : '',
      'Posez votre question avec vos mots, ou essayez l’un de ces exemples :',
    ]
      .filter(Boolean)
      .join('\n\n'),

  didYouMean: 'Je ne suis pas sûr d’avoir bien compris. Vouliez-vous dire…',

  fallback: (topics: readonly string[]) =>
    [
      'Je ne sais pas répondre à cette question : elle ne figure pas dans les informations dont je dispose.',
      topics.length > 0 ? `Je peux vous renseigner sur :\n${bulletList(topics)}` : '',
      'Vous pouvez reformuler votre question, ou essayer l’un de ces exemples :',
    ]
      .filter(Boolean)
      .join('\n\n'),

  /** Shown under an answer, e.g. "Source : Fiche métier, mise à jour du 20 décembre 2023". */
  sourceLine: (title: string, updated?: string, url?: string) => {
    const name = url ? `[${title}](${url})` : title;
    const date = updated ? formatFrenchDate(updated) : undefined;
    return date ? `*Source : ${name}, mise à jour du ${date}*` : `*Source : ${name}*`;
  },

  emptyMessage: 'Je ne lis que les messages écrits : posez-moi votre question en quelques mots.',

  turnError:
    'Désolé, quelque chose s’est mal passé de mon côté et je n’ai pas pu vous répondre. ' +
    'Pouvez-vous réessayer dans un instant ?',
} as const;

function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

const frenchDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2023-12-20` -> `20 décembre 2023`; `2023-12-01` -> `1er décembre 2023`; unreadable input is returned as is. */
export function formatFrenchDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // The round trip rejects impossible days that Date would roll over (2023-02-31 -> March 3).
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) return isoDate;
  // French writes the first day of a month as an ordinal: "1er".
  return frenchDate.format(date).replace(/^1 /, '1er ');
}
