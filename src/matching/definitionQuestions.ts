/**
 * "What is X?" questions. An entry defines X when one of its questions asks what X is, with no other topic word
 * ("Qu'est-ce que le portage salarial ?" defines the portage). A question asking what X is and nothing else is
 * that entry's whatever its context says ("Je suis chargée de recrutement dans une ESN [...]. Qu'est-ce qu'on entend
 * par développeur back end ?" is not about employers); one asking what "ça" is, when what came before names one
 * defined X only ("Mon manager parle de back end. Ça désigne quoi ?"), is that entry's too, less surely.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import { foldLetters } from '../text/fold';
import type { TextAnalyzer, Term, WordCorrector } from './analyzer';
import type { KnowledgeIndex } from './knowledgeIndex';
import { focusSegments, type FocusOptions } from './questionFocus';

/** Stems of the words that ask what something is ("c'est quoi", "ça veut dire", "explique-moi", "explain"). */
const ASKS_WHAT = new Set(['~definit', '~expliqu', '~explain']);
/** Of these, the one that asks about what came before by itself ("C'est quoi ?"); "explique-moi" needs a pronoun. */
const ASKS_WHAT_OF_IT = '~definit';
/** A pronoun standing for what came before ("me l'expliquer", "explain it"), on folded text. */
const POINTS_BACK = /(?:^|[\s'])(?:l'|le|la|les|ca|cela|it|this|that)(?=[\s,.!?']|$)/;

// English "what is" and "what does … mean" are made of grammatical words: as a lexicon variant of "définition" they
// would weigh in every English question of the base ("What is my status…?" drew "consultant porté" to the status).
const WHAT_IS = /\bwhat(?:'s| is|s)\b|\bwhat does\b.*\bmean\b/;

// A term in quotes: «…», "…", “…”, or '…' (an apostrophe inside a word is no quote).
const QUOTED = /[«"“]\s*([^»"”]{2,60}?)\s*[»"”]|(?<![\p{L}])'([^']{2,60})'(?![\p{L}])/gu;

// A clause ends at a comma or a colon, or before a conjunction: "C'est quoi le portage, et en quoi c'est différent… ?"
const CLAUSE_END = /[,:]|\s(?=(?:et|mais|comme|ou|car|and|but|or|like)\s)/i;

// "C'est quoi ce système où on trouve ses clients mais où on reçoit une fiche de paie ?": a kind of thing and what
// it does, instead of its name (on folded text).
const DESCRIBED =
  /\b(?:ce|cet|cette|le|la|un|une|the|this|a)\s+(?:systeme|statut|dispositif|montage|truc|regime|modele|formule|metier|job|concept|principe|system|status|scheme|arrangement|setup|model|thing)\s+(?:ou|qui|dans lequel|avec lequel|where|in which|that|when)\b/;

/** A clause saying who the asker is (on folded text). */
const SELF_INTRODUCTION = /^\s*(?:(?:bonjour|bonsoir|salut|hello|hi)\s*,?\s*)?(?:moi\s*,?\s*)?(?:je suis|i am|i'm|je travaille comme|je bosse comme)\b/;

/**
 * The entry a definition question is about; `named` when the question names X itself, not "ça". `described` when it
 * describes X instead of naming it: `entry` is then -1, and the defining entry is the one the description ranks first
 * (the matcher's part).
 */
export interface DefinitionAsked {
  entry: number;
  named: boolean;
  described?: true;
}

/** Whether a text (or its analysed words) asks what something is: only then is a question read for a definition. */
export const asksWhat = (text: string, terms: ReadonlyArray<{ stem: string }>): boolean =>
  terms.some((t) => ASKS_WHAT.has(t.stem)) || WHAT_IS.test(foldLetters(text));

const subjectKey = (stems: Iterable<string>): string => [...new Set(stems)].sort().join('|');

export class DefinitionQuestions {
  /** subject key (its stems, sorted) -> the entry defining it (-1 when several entries do: none defines it). */
  private readonly definedBy = new Map<string, number>();
  /** The subjects one entry defines, as lists of stems. */
  private readonly subjects: Array<{ stems: readonly string[]; entry: number }> = [];
  /** The entries defining some subject (what a thing described instead of named may be). */
  private readonly defining = new Set<KnowledgeEntry>();

  constructor(index: KnowledgeIndex) {
    index.entries.forEach((indexed, i) => {
      if (indexed.entry.kind !== 'answer') return;
      for (const question of indexed.questions) {
        if (!question.all.stems.some((s) => ASKS_WHAT.has(s)) || question.topic.stems.length === 0) continue;
        const key = subjectKey(question.topic.stems);
        const known = this.definedBy.get(key);
        this.definedBy.set(key, known === undefined || known === i ? i : -1);
      }
    });
    for (const [key, entry] of this.definedBy) {
      if (entry < 0) continue;
      this.subjects.push({ stems: key.split('|'), entry });
      this.defining.add(index.entries[entry].entry);
    }
  }

  /**
   * The entry a question asks the definition of, or undefined. Only its asking sentences are read for "what is";
   * the subject is the topic words of the clause that asks, else of the clause before it in the same sentence,
   * else (a pronoun: "ça désigne quoi ?") the one defined subject all named before.
   */
  asked(question: string, focus: FocusOptions, analyzer: TextAnalyzer, correct: WordCorrector): DefinitionAsked | undefined {
    const before = new Set<string>();
    for (const segment of focusSegments(question, focus)) {
      let previous: string[] = [];
      const clauses = segment.text.split(CLAUSE_END);
      for (const [i, clause] of clauses.entries()) {
        const terms = analyzer.terms(clause, { correct });
        const subject = topicStems(terms);
        if (segment.focus === 1 && asksWhat(clause, terms)) {
          if (subject.length > 0) return this.named(subject) ?? (DESCRIBED.test(foldLetters(clause)) ? { entry: -1, named: true, described: true } : undefined);
          return (
            (previous.length > 0 ? this.named(previous) : undefined) ??
            this.following(clauses[i + 1], analyzer, correct) ??
            this.quoted(question, analyzer, correct) ??
            this.referred(before, terms, clause)
          );
        }
        // The asker's own job ("je suis développeuse back end et ma conseillère m'a parlé du portage. […] Qu'est-ce que
        // c'est ?") is not what "ça" stands for.
        if (!SELF_INTRODUCTION.test(foldLetters(clause))) for (const s of subject) before.add(s);
        previous = subject;
      }
    }
    return undefined;
  }

  /** Whether the entry defines some subject (one of its questions asks what a thing is). */
  defines(entry: KnowledgeEntry): boolean {
    return this.defining.has(entry);
  }

  private named(subject: readonly string[]): DefinitionAsked | undefined {
    const entry = this.definedBy.get(subjectKey(subject));
    return entry === undefined || entry < 0 ? undefined : { entry, named: true };
  }

  /** The subject put after the clause that asks, spoken French's way ("Ça veut dire quoi, back end ?", "C'est quoi, le portage ?"). */
  private following(clause: string | undefined, analyzer: TextAnalyzer, correct: WordCorrector): DefinitionAsked | undefined {
    if (clause === undefined) return undefined;
    const subject = topicStems(analyzer.terms(clause, { correct }));
    return subject.length > 0 ? this.named(subject) : undefined;
  }

  /** A term the message quotes is the one "that" stands for ("I keep seeing 'backend engineer' in job ads, what does that mean?"). */
  private quoted(question: string, analyzer: TextAnalyzer, correct: WordCorrector): DefinitionAsked | undefined {
    for (const match of question.matchAll(QUOTED)) {
      const found = this.named(topicStems(analyzer.terms(match[1] ?? match[2], { correct })));
      if (found) return found;
    }
    return undefined;
  }

  private referred(before: ReadonlySet<string>, terms: readonly Term[], clause: string): DefinitionAsked | undefined {
    const folded = foldLetters(clause);
    if (!terms.some((t) => t.stem === ASKS_WHAT_OF_IT) && !WHAT_IS.test(folded) && !POINTS_BACK.test(folded)) return undefined;
    const entries = new Set(this.subjects.filter(({ stems }) => stems.every((s) => before.has(s))).map(({ entry }) => entry));
    return entries.size === 1 ? { entry: [...entries][0], named: false } : undefined;
  }
}

function topicStems(terms: readonly Term[]): string[] {
  return [...new Set(terms.filter((t) => !t.discourse && !t.functionWord).map((t) => t.stem))];
}
