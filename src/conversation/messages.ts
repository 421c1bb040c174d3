import { memoizeText } from './memo';
/**
 * Everything the bot says to users, in French, in one module: consistent tone, easy to review.
 * Texts are Markdown (rendered by the Emulator, Teams and Web Chat).
 */
const commandsHint = 'Tapez « aide » à tout moment pour voir tous les sujets, ou « recommencer » pour repartir de zéro.';
const didYouMeanBefore = 'Je ne suis pas sûr d’avoir bien compris « ';
const didYouMeanAfter = ' ». Vouliez-vous dire…';

export const messages = {
  welcome: (topics: readonly string[]) =>
    [
      'Bonjour ! Je réponds aux questions fréquentes sur le portage salarial et les fiches métiers, ' +
        'à partir de nos pages publiques.',
      topics.length > 0 ? `Je peux vous renseigner sur :\n${bulletList(topics)}` : '',
      commandsHint,
      'Posez votre question avec vos mots, ou essayez l’un de ces exemples :',
    ]
      .filter(Boolean)
      .join('\n\n'),

  /** `typed` must already be escaped for Markdown (see escapeUserText). */
  didYouMean: (typed: string) => `${didYouMeanBefore}${typed}${didYouMeanAfter}`,
  /** Before the entries offered for a question asking which is best, harder or most wanted: honest, not "did you mean". */
  noJudgement:
    'Mes sources ne comparent pas et ne classent pas ces choix entre eux : je ne peux pas vous dire lequel est le meilleur. ' +
    'Voici ce qu’elles en disent :',
  chooseProfile: 'Votre question vaut pour plusieurs métiers. Lequel vous intéresse ?',
  /** The same sentence in two parts, for cards that show the typed text in a run of its own. */
  didYouMeanBefore,
  didYouMeanAfter,

  fallback: (topics: readonly string[]) =>
    [
      'Je ne sais pas répondre à cette question : elle ne figure pas dans les informations dont je dispose.',
      topics.length > 0 ? `Je peux vous renseigner sur :\n${bulletList(topics)}` : '',
      'Vous pouvez reformuler votre question, ou essayer l’un de ces exemples :',
    ]
      .filter(Boolean)
      .join('\n\n'),

  /** Shown under an answer, e.g. "Source : Fiche métier, mise à jour du 20 décembre 2023". */
  sourceLine: (title: string, updated?: string, url?: string) => `*${messages.sourceText(title, updated, url)}*`,
  /** The source line without emphasis (cards show it in a subtle text block instead). */
  sourceText: (title: string, updated?: string, url?: string) => {
    const name = url ? `[${title}](${url})` : title;
    const date = updated ? formatFrenchDate(updated) : undefined;
    return date ? `Source : ${name}, mise à jour du ${date}` : `Source : ${name}`;
  },

  followupsHeading: 'Pour aller plus loin :',
  feedbackQuestion: 'Cette réponse vous a-t-elle aidé ?',
  voteUp: '👍 Oui',
  voteDown: '👎 Non',
  feedbackThanks: (vote: 'up' | 'down') =>
    vote === 'up'
      ? 'Merci pour votre retour ! 👍'
      : 'Merci, c’est noté : cette réponse sera revue pour l’améliorer. ' +
        'Vous pouvez reformuler votre question, ou demander à « parler à un conseiller ».',

  /** How a hand-off transcript names the visitor (never the display name their client chose). */
  visitorLabel: 'Visiteur',

  /** A vote naming an answer this conversation never showed (forged, or from a conversation that was reset). */
  voteNotShown: 'Je ne peux pas prendre ce vote en compte : il ne porte sur aucune réponse de notre échange.',

  menuIntro: 'Voici tout ce que je peux vous dire, classé par thème. Choisissez un sujet ou posez votre question :',
  /** Heading of the menu group that leads to a person. */
  menuHandoffTheme: 'Besoin d’un humain ?',
  otherTheme: 'Autres sujets',

  reset: 'C’est fait : j’ai oublié notre échange, nous repartons de zéro. Posez-moi votre question !',

  /** `contact` lines are Markdown built from the deployment's configuration. */
  handoffWithContact: (contactLines: readonly string[]) =>
    `Un conseiller peut prendre le relais. Pour le joindre :\n${bulletList(contactLines)}`,
  handoffNoContact:
    'Je ne peux pas vous donner les coordonnées d’un conseiller : aucun contact n’est configuré pour ce service. ' +
    'Je reste à votre disposition pour les questions de ma base.',
  handoffUrl: (url: string) => `en ligne : [${url}](${url})`,
  handoffEmail: (email: string) => `par e-mail : [${email}](mailto:${email})`,
  handoffPhone: (phone: string) => `par téléphone : ${phone}`,
  handoffOpenUrl: 'Contacter un conseiller',

  /** A button of an older message points to an entry that a knowledge reload removed. */
  entryGone: 'Ce sujet n’est plus disponible : mes informations ont été mises à jour depuis. Tapez « aide » pour voir les sujets actuels.',

  emptyMessage: 'Je ne lis que les messages écrits : posez-moi votre question en quelques mots.',

  turnError:
    'Désolé, quelque chose s’est mal passé de mon côté et je n’ai pas pu vous répondre. ' +
    'Pouvez-vous réessayer dans un instant ?',
} as const;

function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

// What `Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })` writes, without it:
// creating one loads ICU's French data, about 30 ms at start (tests/bot/messages.test.ts compares them).
const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2023-12-20` -> `20 décembre 2023`; `2023-12-01` -> `1er décembre 2023`; unreadable input is returned as is. */
export const formatFrenchDate = memoizeText(function formatFrenchDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // The round trip rejects impossible days that Date would roll over (2023-02-31 -> March 3).
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) return isoDate;
  // French writes the first day of a month as an ordinal: "1er".
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day} ${FRENCH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}, 200);
