/**
 * Finds the question in a message. People often write context first ("Bonjour, je suis en
 * reconversion après dix ans dans la logistique.") and ask last ("Quelles études faut-il ?"):
 * the interrogative sentences carry the topic, the others weigh little.
 */

import { foldLetters } from '../text/fold';
import { keepingRecentResults } from './recentResults';

/** One sentence of a message and how much its words count (1 = the question itself). */
export interface FocusSegment {
  text: string;
  focus: number;
  /** The sentence asks something (question mark, interrogative word, "je voudrais savoir"...). */
  asks: boolean;
}

export interface FocusOptions {
  /** Weight of the words of a sentence that asks nothing, when another sentence asks. */
  contextFocus: number;
}

// A sentence ends at . ! ? ; or a line break; "..." and "?!" count once. Decimal points are not ends, nor a dot
// between a letter and a lowercase letter: "Node.js", "Vue.js", "admissions.fr" are names, not two sentences.
const SENTENCE = /(?:[^.!?;\n]|(?<=\d)\.(?=\d)|(?<=\p{L})\.(?=\p{Ll}))+(?:[.!?;\n]+|$)/gu;

// Interrogative openings, French and English, on text already lowercased and without accents. A spoken opening
// ("et", "côté technique") ends at a space or comma: "côté techni|que je sais…" is no question.
const ASKING_START =
  /^(?:(?:et|mais|alors|du coup|donc|sinon|bref|au fait|en fait|concretement|franchement|honnetement|perso|cote \w+|en portage|en \w+)(?:\s*,\s*|\s+))?(?:est[- ]ce|qu'?est|quel(?:le)?s?|comment|pourquoi|combien|qui|que|quoi|ou |où|quand|lequel|laquelle|lesquel(?:le)?s|peut[- ]on|peux[- ]tu|pouvez[- ]vous|puis[- ]je|faut[- ]il|dois[- ]je|doit[- ]on|y a[- ]t[- ]il|a[- ]t[- ]on|suis[- ]je|serais[- ]je|ai[- ]je|c'est quoi|c koi|ckoi|c quoi|what|how|why|who|which|where|when|is|are|can|could|do|does|did|should|would|will|am)\b/;
// Framing that announces a question without a question mark. A request to explain is written three ways
// ("pouvez-vous m'expliquer", "vous pouvez me dire", "merci de m'éclairer"): its verb part is written once.
const CAN = String.raw`(?:pouvez|pourriez|peux|pourrais)`;
const TELL_ME = String.raw`(?:me\s|m'?\s?)(?:expliquer|dire|eclairer|renseigner|resumer|detailler|aider)`;
const ASKING_FRAME = new RegExp(
  String.raw`\b(?:(?:je |j')(?:voudrais|voulais|souhaite|souhaiterais|souhaitais|aimerais|aimerai|aurais aime|aurais voulu|cherche a|ai besoin de|avais besoin de) (?:(?:bien|juste|vraiment|simplement|surtout|mieux) )?(?:savoir|comprendre|connaitre|avoir|une idee|des infos|en savoir)` +
    String.raw`|${CAN}[- ](?:vous|tu) ${TELL_ME}|(?:vous|tu) ${CAN} ${TELL_ME}|(?:expliquez|dites|explique|dis)[- ]moi|merci de ${TELL_ME}` +
    String.raw`|je me (?:demande|demandais|pose la question)|ma question (?:c'?est|est|serait|porte)` +
    // "…mais je ne sais pas quelles qualités privilégier. Vous avez des pistes ?": the question is the one not known.
    String.raw`|je (?:ne )?sais pas (?:trop |vraiment |bien )?(?:quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s|comment|combien|vers quoi|par ou)|i (?:don'?t|do not) know (?:which|what|how|where)` +
    // A question someone will put to the asker, passed on ("On va sûrement me demander quelles qualités comptent. Des idées ?").
    // Not "ce que" ("Ma mère me demande ce que je ferai exactement" is the asker's story).
    String.raw`|(?:me|nous) (?:demander|demandera|demanderont|demande|demandent) (?:quel(?:le)?s?|comment|pourquoi|combien)` +
    String.raw`|(?:ask|asks|asked|will ask) (?:me|us) (?:what|which|how|why)` +
    String.raw`|i(?:'d| would) like to (?:know|understand)|i (?:want|need) to (?:know|understand)|i(?: was|'m| am)? wondering|i wonder|tell me|explain|can you|could you)\b`,
);

// A question that names what it asks for right after its interrogative: "Quelles missions…", "Which skills…".
// Not "what does X do?", whose noun is who does it.
const ASKING_FOR_A_NOUN =
  /^(?:(?:bonjour|bonsoir|salut|hello|hi|et|mais|alors|du coup|donc)[\s,!]+)*(?:quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s|what|which)\b(?! (?:do|does|did|should|can|could|would|will|shall|might|must)\b)/;

/** Lowercased, accents folded, apostrophes straightened: enough to read the sentence's shape. */
const foldForShape = keepingRecentResults(foldShape, 64);

function foldShape(text: string): string {
  return foldLetters(text)
    .replace(/[«»"“”()*_>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A pronoun that stands for what the message said before the question ("…est-ce que je garde tout
// ça ?", "je ne comprends pas le dernier"); a demonstrative with its noun ("ce métier") still names it, unless the
// noun is a mere kind ("…la micro-entreprise est très répandue. Pourquoi autant de devs choisissent ce statut ?").
// "En quoi est-ce intéressant pour mon métier ?": "ce" is what was said, unless an infinitive follows ("est-ce utile
// de connaître Python ?").
const STANDS_FOR_CONTEXT =
  /\b(?:ca|cela|ceci|le dernier|la derniere|les derniers|les dernieres|celui-ci|celui-la|celle-ci|celle-la|ceux-ci|ceux-la|this|these|those|(?:ce|cet|cette|ces) (?:statuts?|regimes?|systemes?|dispositifs?|formules?|solutions?|options?|modeles?|modes? de fonctionnement|choix))\b|\best[- ]ce (?:vraiment |bien |plus |moins |aussi )?(?:interessant|avantageux|rentable|utile|pertinent|judicieux|adapte|une bonne idee|un bon plan|un bon choix)\b(?! (?:de|d'|que|qu')(?:\b|$))/;

// A question that only asks whether what was said is true ("C'est vrai ?", "Is that right?").
// Or whether it is common ("C'est une tendance générale dans ce métier ?", "C'est normal ?").
const CONFIRMATION =
  /^(?:(?:et|mais|alors) )?(?:(?:c'?est|est[- ]ce|is (?:that|it|this)|that'?s|it'?s) (?:vrai|bien ca|ca|exact|juste|le cas|true|right|correct|(?:une |la )?(?:tendance|norme|pratique) ?(?:generale|reelle|courante|repandue)?|(?:quelque chose de |un truc )?(?:normal|courant|frequent|repandu|habituel|classique)|(?:normal|common|usual|a trend|the norm))(?: (?:dans ce metier|dans le metier|en general|chez les devs?(?: back)?|in this job)?)?(?: ou (?:juste )?(?:mon|une) impression)?|vraiment|vrai|right|true)$/;

/** Whether a question cannot be read without its context: it says "ça" for what was said before. */
export function leansOnContext(sentence: string): boolean {
  return STANDS_FOR_CONTEXT.test(foldForShape(sentence));
}

/** Whether one sentence asks something. */
export function sentenceAsks(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (/\?/.test(trimmed)) return true;
  const shape = foldForShape(trimmed).replace(/^(?:bonjour|bonsoir|salut|hello|hi|hey|coucou)\b[\s,!]*/, '');
  return ASKING_START.test(shape) || ASKING_FRAME.test(shape);
}

/** Whether a sentence opens with "quel(le)s" or "which" (and the like), so that its first noun is what it asks for. */
export function asksForANoun(sentence: string): boolean {
  return ASKING_FOR_A_NOUN.test(foldForShape(sentence));
}

// "…je voudrais savoir quelles tâches on confie…": the interrogative inside the sentence, after a framing verb.
// (Not after a preposition: in "Sur quelle fiche tu te bases ?" the sheet is not the subject.)
const FRAMED_QUEL = /\b(?:savoir|demande|demandais|dire|sais pas|sais|idee de|comprendre|connaitre|expliquer) (?:quel(?:le)?s?|lesquel(?:le)?s)\b/;

/** What follows a framed "quel(le)s" inside a sentence ("je voudrais savoir quelles *tâches*…"), if any. */
export function afterFramedQuel(sentence: string): string | undefined {
  const shape = foldForShape(sentence);
  const found = FRAMED_QUEL.exec(shape);
  return found ? shape.slice(found.index + found[0].length) : undefined;
}

/**
 * Splits a message into sentences (question marks, full stops, line breaks...). A colon ends a sentence too when what
 * comes before it is a clause that asks nothing ("Je suis rédacteur web et je cite mes sources : d'où viennent tes infos ?" is a
 * self-introduction, then the question); after a question ("Quel contrat : CDD ou CDI ?") it only lists its options.
 */
export function splitSentences(message: string): string[] {
  return (message.match(SENTENCE) ?? [])
    .flatMap(splitAtStoryColon)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

// A colon that is no clock time nor ratio ("10:30").
const COLON = /(?<!\d):|:(?!\d)/;
/** A self-introduction is a clause; fewer words before a colon name its topic ("greffe : ça veut dire quoi ?", "Objet :"). */
const MIN_STORY_WORDS = 4;

function splitAtStoryColon(sentence: string): string[] {
  const at = sentence.search(COLON);
  if (at < 0) return [sentence];
  const before = sentence.slice(0, at + 1);
  const after = sentence.slice(at + 1);
  const words = before.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  if (words < MIN_STORY_WORDS || !/\p{L}/u.test(after) || sentenceAsks(before) || listsOptions(after)) return [sentence];
  return [before, ...splitAtStoryColon(after)];
}

/** What follows a colon only offers the choices of the question before it: "…qui fixe mes honoraires : moi ou la société ?". */
const OPTIONS = /^[^?.!]*\b(?:ou|or)\b[^?.!]*\?*\s*$/;
const MAX_OPTION_WORDS = 7;

function listsOptions(after: string): boolean {
  return OPTIONS.test(foldForShape(after)) && after.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= MAX_OPTION_WORDS;
}

// A sentence opening on who is writing, then a comma and "je" or "I" ("Comptable de 50 ans en reconversion, je me
// demande…", "Hello, as a 42-year-old accountant, I'd like to know…", "Je suis comptable et je voudrais savoir…").
// It opens on a noun, "en tant que" or "as a": a clause opening on a preposition or a conjunction ("À 50 ans, je…",
// "Si je passe en portage, je…", "Pour les études, je…") says when, if or what, not who.
const INTRODUCTION = new RegExp(
  String.raw`^(?:(?:bonjour|bonsoir|salut|hello|hi|hey|coucou|yo)(?: a tous| tout le monde| there| everyone)?\s*,\s*)?` +
    String.raw`(?!(?:a|at|avec|apres|si|if|en(?! tant que)|pour|dans|quand|when|after|with|in|for|le|la|les|l'|ce|c'|ca|mais|et|donc|sinon|avant|before|depuis|since|sur|chez|vu|comme je|because|parce)\b)` +
    String.raw`((?:[^,?!]+,\s*)*?[^,?!]+?),\s*(?:et\s+)?(?=(?:je|j'|jpeux|jveux|jsuis|jme|jdois|chui|moi je|i|i'm|i'd|i am|i would|i've)\b)` +
    String.raw`|^((?:je suis|i am|i'm) [^,?!]+?) (?:et|and) (?=(?:je|j'|i|i'm|i'd)\b)`,
);

/**
 * The message without the self-introductions its sentences open with (see INTRODUCTION): what is left says what is
 * asked, not who asks. A job named only there is the asker's own, not the subject.
 */
export function withoutSelfIntroductions(message: string): string {
  let introduced = false;
  const asked = splitSentences(message).map((sentence) => {
    const folded = foldForShape(sentence);
    const found = INTRODUCTION.exec(folded);
    if (!found) return sentence;
    introduced = true;
    return folded.slice(found[0].length);
  });
  // The message itself when no sentence introduces anyone: callers compare with it to skip a second reading.
  return introduced ? asked.join(' ') : message;
}

/** A message's sentences, and for each whether it asks and whether it is read at full weight when another one asks. */
interface MessageShape {
  sentences: string[];
  asks: boolean[];
  /** Read at full weight whatever `contextFocus` says: it asks, what it says is asked about, or the message is read whole. */
  full: boolean[];
}

/** The matcher reads a message's sentences several times per ask (its query, its whole-message query, its asking texts): split once. */
const shapeOf = keepingRecentResults(readShape, 32);

function readShape(message: string): MessageShape {
  const sentences = splitSentences(message);
  if (sentences.length < 2) return { sentences, asks: [sentences.length === 1 && sentenceAsks(sentences[0])], full: [true] };
  const asks = sentences.map(sentenceAsks);
  const someAsk = asks.some(Boolean);
  const allAsk = asks.every(Boolean);
  // "Un collègue m'a dit que le back ne touche pas au design. C'est vrai ?": a question asking whether the sentence
  // before it is true asks that sentence.
  const confirmed = (i: number) => i + 1 < sentences.length && asks[i + 1] && CONFIRMATION.test(foldForShape(sentences[i + 1]).replace(/[\s?!.]+$/, ''));
  return { sentences, asks, full: sentences.map((_, i) => !someAsk || allAsk || asks[i] || confirmed(i)) };
}

/**
 * The sentences of a message with their weight: when at least one sentence asks and another does
 * not, the asking ones count fully and the others by `contextFocus`. A message of one sentence, or
 * whose sentences all ask (or none does), is read as a whole.
 *
 * @example focusSegments("Je suis en terminale. Quelles études faire ?", { contextFocus: 0.3 })
 *   // [{ text: "Je suis en terminale.", focus: 0.3, asks: false }, { text: "Quelles études faire ?", focus: 1, asks: true }]
 */
export function focusSegments(message: string, options: FocusOptions): FocusSegment[] {
  const { sentences, asks, full } = shapeOf(message);
  if (sentences.length < 2) return [{ text: message, focus: 1, asks: asks[0] }];
  return sentences.map((text, i) => ({ text, asks: asks[i], focus: full[i] ? 1 : options.contextFocus }));
}
