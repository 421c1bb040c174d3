import type { KnowledgeBase, KnowledgeEntry, KnowledgeProfile, SynonymRule } from '../knowledge/types';
import { createBm25Ranker } from './bm25Ranker';
import { normalize, stripMarkup } from './normalize';
import { TextAnalyzer } from './analyzer';
import { IntList } from './intList';
import { buildKnowledgeIndex, type IndexedEntry, type KnowledgeIndex } from './knowledgeIndex';
import { DEFAULT_MATCHING_OPTIONS, type MatchingOptions } from './matchingOptions';
import { indexedTags, pairedTopicParts } from '../knowledge/pairedTopics';
import { analyzeQuery as readQuery, type QueryReader } from './queryAnalysis';
import { bestQuestionEcho, finishScore, type ScoringQuery, type WeightedTerm } from './scoreEntry';
import { asksWhat, DefinitionQuestions } from './definitionQuestions';
import { closestEverydayWord, isEverydayWord } from './everydayWords';
import { focusSegments, leansOnContext, withoutSelfIntroductions, type FocusOptions, type FocusSegment } from './questionFocus';
import { keepingRecentResults } from './recentResults';
import { createTypoCorrector } from './typoCorrector';
import type { ScoredEntry } from './scoredEntry';

export interface RankOptions {
  /** How many entries to return at most (default 5). */
  limit?: number;
  /** Keep only this job profile's entries and the shared ones. */
  profile?: string;
}

/** Ranks the entries of one knowledge base for a free-text question. */
export interface Matcher {
  rank(question: string, options?: RankOptions): ScoredEntry[];
  /** The query's words as matching sees them (for traces and the CLI). */
  explain(question: string): WeightedTerm[];
  /**
   * The entry a "what is X?" question asks for, when one entry's questions define X ("C'est quoi le back end ?");
   * `named` when the question names X itself, not only "ça" for an X named before it (see definitionQuestions).
   */
  definitionAsked(question: string, profile?: string): { entry: KnowledgeEntry; named: boolean } | undefined;
  /**
   * The small-talk entry a message made only of small-talk words of several entries ends with ("Super, merci et bonne
   * journée" says thanks, then goodbye: the goodbye); undefined for any other message.
   */
  closingSmallTalk(question: string): KnowledgeEntry | undefined;
  /** Ids of the job profiles the question names ("dev back end" names `developpeur-back-end`). */
  mentionedProfiles(question: string): string[];
  /**
   * Whether the question names the topic of a `not-available` entry (its tags: "TJM", another
   * job's title) that no answerable entry is about: then no answer entry can be right, however
   * many other words it shares. Says where: in the sentence that asks, or only in its context
   * ("Je voudrais devenir infirmière. Quelles études faut-il ?" asks about that job too).
   */
  namesUnavailableTopic(question: string, profile?: string): 'question' | 'context' | undefined;
  /** Ids of the `not-available` entries whose topics (tags) the question names, as `namesUnavailableTopic` reads them. */
  noticesNamed(question: string, profile?: string): string[];
  /**
   * Ids of the `not-available` entries whose topics only the self-introductions of the message name ("Comptable de 50
   * ans, je me demande…": the other jobs, the age): the asker's story, not the subject.
   */
  noticesOfIntroduction(question: string, profile?: string): string[];
  /**
   * The notice a question's "ce métier" (or "ce poste", "ce job"…) stands for: one whose topic the context names and
   * whose title or questions say that same noun ("Mon fils veut devenir plombier. Quelles études pour ce métier ?" asks
   * about plumbers: the other-jobs notice, "Les autres métiers"). Undefined when the message says a word of a job of the base.
   */
  noticeReferredTo(question: string, profile?: string): KnowledgeEntry | undefined;
  /** Whether the question is long enough for most of its words to be context. */
  isLongMessage(question: string): boolean;
  /**
   * A second opinion: the entries an independent BM25 ranker puts first for the same words, best
   * first, with their BM25 scores (unbounded). Agreement with `rank` is evidence of a sure match.
   */
  secondOpinion(question: string, options?: RankOptions): ScoredEntry[];
  /**
   * Whether the question asks about a word the base has never seen and that is not everyday
   * French ("résilier", "SASU"): it may be the very subject, one the sources do not cover.
   */
  namesUnknownSubject(question: string): boolean;
  /** Whether the question says one of the entry's tags (its topic words, as the analyzer reads them). */
  namesTagOf(question: string, entry: KnowledgeEntry): boolean;
  /**
   * The sentences of a message that ask, without their context ("Je suis en reconversion. Quelles
   * études ?" → "Quelles études ?"); the whole message when no sentence is context. Undefined when
   * the question cannot be read alone: it says "ça" for what its context said ("…est-ce que je
   * garde tout ça ?").
   */
  questionAlone(question: string): string | undefined;
  /** Whether the question has no topic word at all ("et ?", "pourquoi ?"): only grammatical, framing and question words. */
  namesNoTopic(question: string): boolean;
  /** Whether the message has context sentences around the one that asks. */
  hasContext(question: string): boolean;
  /**
   * The questions of a message that asks several, in order: its asking sentences, each split where "et" starts
   * another question ("Quelles compétences faut-il et quelles qualités ?"); empty when it asks one thing.
   */
  questionParts(question: string): string[];
  /**
   * The words a message that asks nothing opens with, before its first comma or sentence end, when more follows
   * ("Bonjour, je viens me renseigner pour mon fils" → "Bonjour"); undefined when one of its sentences asks.
   */
  openingOfStatement(question: string): string | undefined;
}

/** How many analysed texts the matcher keeps: the sentences and parts of one long message. */
const RECENT_QUERIES = 16;
/** Rankings kept (by ranker, limit, profile and text): a message asks for a handful each. */
const RECENT_RANKS = 32;

/**
 * Builds the index once (synonyms, stems, word weights, typo vocabulary); ranking is then
 * a lookup of the candidate entries sharing a word with the question, and a score for each.
 *
 * @example createMatcher(kb).rank("c koi un dev back end ?")[0].entry.id // "back-end-definition"
 */
export function createMatcher(kb: KnowledgeBase, overrides: Partial<MatchingOptions> = {}): Matcher {
  const options: MatchingOptions = { ...DEFAULT_MATCHING_OPTIONS, ...overrides };
  const profiles = kb.profiles ?? [];
  const analyzer = new TextAnalyzer(withoutProfileNames(kb.synonyms, profiles));
  // A profile is named when all the topic words of its name (or id) are in the question.
  const profileNames = profiles.map((profile) => ({
    id: profile.id,
    forms: [profile.name, profile.id.split('-').join(' ')].map((text) => stemsOf(analyzer, text)).filter((stems) => stems.length > 0),
  }));
  const index: KnowledgeIndex = buildKnowledgeIndex(kb, analyzer, options);
  const bm25 = createBm25Ranker(index.entries, analyzer, options.bm25);
  const correct = createTypoCorrector(index.vocabulary, new Set(index.idf.keys()), options.typo, { isWord: isEverydayWord, closest: closestEverydayWord });

  const reader: QueryReader = { analyzer, correct, index, options };
  const idOrder = idRanks(index.entries);
  const definitions = new DefinitionQuestions(index);
  // The answerer asks several things of the same question, and of each of its sentences and parts, in turn:
  // analyse each once. A handful of recent texts is enough (a long message has a few sentences and parts).
  const analyzeQuery: (question: string) => ScoringQuery = keepingRecentResults((question: string) => readQuery(question, options.focus, reader), RECENT_QUERIES);
  /** The message read as a whole, its context as weighty as its question. */
  const wholeMessage: FocusOptions = { ...options.focus, contextFocus: 1 };
  const wholeMessageQuery = keepingRecentResults((question: string) => readQuery(question, wholeMessage, reader), RECENT_QUERIES);

  // Topics of the not-available entries (their tags), and for each the profiles of the answerable
  // entries whose questions use it ('' for shared entries): a topic is unavailable for a question
  // when no answerable entry it may be answered from uses it.
  const unavailableTopics = new Map<string, Set<string>>();
  // topic stem -> ids of the notices whose tags name it.
  const noticesOfTopic = new Map<string, string[]>();
  // Topics of two words ("portage + étudiant", `pairedTopics.ts`): each word may be an answer's subject, the pair is not.
  const pairedTopics: Array<{ stems: string[]; notice: string; users: Set<string> }> = [];
  for (const indexed of index.entries) {
    if (indexed.entry.kind !== 'not-available') continue;
    for (const tag of indexed.entry.tags) {
      const parts = pairedTopicParts(tag);
      if (parts) {
        const stems = [...new Set(parts.flatMap((part) => stemsOf(analyzer, part)))];
        if (stems.length >= 2) pairedTopics.push({ stems, notice: indexed.entry.id, users: new Set() });
        continue;
      }
      for (const s of stemsOf(analyzer, tag)) {
        unavailableTopics.set(s, new Set());
        const notices = noticesOfTopic.get(s) ?? [];
        if (!notices.includes(indexed.entry.id)) notices.push(indexed.entry.id);
        noticesOfTopic.set(s, notices);
      }
    }
  }
  for (const indexed of index.entries) {
    if (indexed.entry.kind === 'not-available') continue;
    for (const s of indexed.questionStems) unavailableTopics.get(s)?.add(indexed.entry.profile ?? '');
    for (const paired of pairedTopics) if (paired.stems.every((s) => indexed.questionStems.has(s))) paired.users.add(indexed.entry.profile ?? '');
  }
  // entry id -> stems of its tags, read when first asked.
  const tagStems = new Map<string, Set<string>>();
  const unused = (users: Set<string>, profile: string | undefined): boolean => (profile ? !users.has('') && !users.has(profile) : users.size === 0);
  const isUnavailable = (stem: string, profile: string | undefined): boolean => {
    const users = unavailableTopics.get(stem);
    return users !== undefined && unused(users, profile);
  };

  // Per-entry accumulators, reused by every question (JavaScript runs one question at a time).
  const covered = new Float64Array(index.entries.length);
  const coveredScaled = new Float64Array(index.entries.length);
  const answerOnly = new Float64Array(index.entries.length);
  const bound = new Float64Array(index.entries.length);
  const touched = new IntList();
  // The entries covering something for the query being scored, and those not finished yet: reused lists.
  const candidates = new IntList();
  const pending = new IntList();
  // The best scores finished so far by `bestEntries`, best first (the `keep` best only).
  let topScores = new Float64Array(16);
  // Each ranked entry's score, by entry: a ranking sorts entry positions, not [entry, score] pairs made for it.
  const rankedScore = new Float64Array(index.entries.length);

  /**
   * Sums each entry's coverage word by word over the postings (no per-entry set lookups), and
   * lists in `candidates` the entries covering something, with their best possible score in `bound`.
   */
  function coverAll(query: ScoringQuery, profile: string | undefined): void {
    touched.clear();
    let scaledTotal = 0;
    for (const term of query.terms) {
      scaledTotal += term.weight * term.uncoveredScale;
      const credit = term.weight * term.confidence;
      const postings = index.questionPostings.get(term.stem) ?? NO_ENTRIES;
      const credits = index.questionCredits.get(term.stem) ?? NO_ENTRIES;
      for (let k = 0; k < postings.length; k++) {
        const i = postings[k];
        if (covered[i] === 0 && answerOnly[i] === 0) touched.push(i);
        covered[i] += credit * credits[k];
        coveredScaled[i] += credit * credits[k] * term.uncoveredScale;
      }
      const answerCredit = credit * options.answerTextCredit;
      const answerPostings = index.answerOnlyPostings.get(term.stem) ?? NO_ENTRIES;
      for (let k = 0; k < answerPostings.length; k++) {
        const i = answerPostings[k];
        if (covered[i] === 0 && answerOnly[i] === 0) touched.push(i);
        covered[i] += answerCredit;
        coveredScaled[i] += answerCredit * term.uncoveredScale;
        answerOnly[i] += answerCredit;
      }
    }
    candidates.clear();
    for (let t = 0; t < touched.length; t++) {
      const i = touched.items[t];
      const entryProfile = index.entries[i].entry.profile;
      if (!(profile && entryProfile && entryProfile !== profile) && covered[i] > 0) {
        const coverage = covered[i] / (covered[i] + scaledTotal - coveredScaled[i]);
        bound[i] = Math.pow(coverage, options.coverageExponent);
        answerOnly[i] /= query.totalWeight;
        candidates.push(i);
      } else {
        covered[i] = coveredScaled[i] = answerOnly[i] = 0;
      }
    }
  }

  function finish(i: number, query: ScoringQuery): number {
    return finishScore(index.entries[i], query, { bound: bound[i], factEcho: answerOnly[i] }, options);
  }

  function release(): void {
    for (let t = 0; t < candidates.length; t++) {
      const i = candidates.items[t];
      covered[i] = coveredScaled[i] = answerOnly[i] = bound[i] = 0;
    }
  }

  /**
   * The `keep` best entries for a query. Entries are finished (echo computed) in order of their
   * best possible score, and the rest skipped once that bound falls below the `keep`-th score
   * found: a large base costs little more than a small one.
   */
  function bestEntries(query: ScoringQuery, profile: string | undefined, keep: number): Map<number, number> {
    coverAll(query, profile);
    const scores = new Map<number, number>();
    // No more scores than candidates are kept (`keep` may be "all": Number.MAX_SAFE_INTEGER).
    if (topScores.length < Math.min(keep, candidates.length)) topScores = new Float64Array(candidates.length);
    let found = 0;
    pending.clear();
    for (let t = 0; t < candidates.length; t++) pending.push(candidates.items[t]);
    const left = pending.items;
    while (pending.length > 0) {
      let at = 0;
      for (let k = 1; k < pending.length; k++) if (bound[left[k]] > bound[left[at]]) at = k;
      const i = left[at];
      if (found >= keep && bound[i] < topScores[keep - 1]) break;
      left[at] = left[--pending.length];
      const score = finish(i, query);
      scores.set(i, score);
      if (found >= keep && !(score > topScores[keep - 1])) continue;
      let slot = found < keep ? found++ : keep - 1;
      for (; slot > 0 && topScores[slot - 1] < score; slot--) topScores[slot] = topScores[slot - 1];
      topScores[slot] = score;
    }
    release();
    return scores;
  }

  /** One entry's score for a query (0 when it covers nothing). */
  function scoreOf(query: ScoringQuery, entry: number, profile: string | undefined): number {
    coverAll(query, profile);
    const score = candidates.includes(entry) ? finish(entry, query) : 0;
    release();
    return score;
  }

  /**
   * A long message often asks its question in one sentence, the rest being context: the sentence
   * scored alone may confirm the message's best entry. Only that entry is lifted (to that sentence's
   * score, times `sentenceFactor`): a sentence alone ("quelles études pour ce métier ?") must not overrule the rest of
   * the message ("...devenir infirmière"), and small talk ("Salut !") never wins this way.
   */
  function boostFromSentences(question: string, profile: string | undefined, scores: Map<number, number>): void {
    const sentences = question.split(SENTENCE_END).filter((text) => text.trim().length > 0);
    if (sentences.length < 2) return;
    let best = -1;
    for (const [i, score] of scores) if (best < 0 || score > (scores.get(best) ?? 0)) best = i;
    if (best < 0 || index.entries[best].entry.kind === 'smalltalk') return;
    for (const sentence of sentences) {
      const lifted = scoreOf(analyzeQuery(sentence), best, profile) * options.sentenceFactor;
      if (lifted > (scores.get(best) ?? 0)) scores.set(best, lifted);
    }
  }

  /**
   * Entries tied first (most often at 1: "Où travaille un développeur back end ?" says all the topic words of a
   * question of the definition, the missions and the employers entries alike) are ordered by their closest
   * question over all the words, framing and grammatical ones included ("où travaille"), instead of by id:
   * the echo of a query of all its words, each weighing what it weighs in the questions.
   */
  function breakTopTie(question: string, ranked: number[]): void {
    let tied = 1;
    while (tied < ranked.length && rankedScore[ranked[0]] - rankedScore[ranked[tied]] < TIE_MARGIN) tied++;
    if (tied < 2) return;
    const allWords = new Map<string, WeightedTerm>();
    for (const { stem } of analyzer.terms(question, { correct, keepStopWords: true })) {
      const weight = Math.max(index.idf.get(stem) ?? 0, options.echoMinWeight);
      allWords.set(stem, { stem, weight, confidence: 1, unknown: false, rare: false, discourse: false, focused: true, uncoveredScale: 1 });
    }
    let total = 0;
    for (const term of allWords.values()) total += term.weight;
    const asked: ScoringQuery = {
      terms: [...allWords.values()],
      totalWeight: total,
      echoTerms: allWords,
      echoScaledTotal: total,
      functionWordsOnly: true,
      topicWordCount: 0,
      hasContext: false,
    };
    const closeness = new Map(ranked.slice(0, tied).map((i) => [i, bestQuestionEcho(index.entries[i].questions, asked)]));
    const head = ranked.slice(0, tied).sort((a, b) => closeness.get(b)! - closeness.get(a)! || idOrder[a] - idOrder[b]);
    ranked.splice(0, tied, ...head);
  }

  /** The sentences of a message that ask (by their shape), and those read at full weight (they ask, or what they confirm). */
  const textsOf = (question: string, keep: (segment: FocusSegment) => boolean) =>
    focusSegments(stripMarkup(question), options.focus).filter(keep).map((segment) => segment.text);
  const askingTexts = (question: string) => textsOf(question, (segment) => segment.asks);
  const focusedTexts = (question: string) => textsOf(question, (segment) => segment.focus === 1);

  /**
   * The unavailable topics the question names: the words that name a topic only `not-available` entries are about
   * ("à part le salaire" sets it aside), and their notices.
   */
  const unavailableNamed = (question: string, profile: string | undefined): Array<{ terms: WeightedTerm[]; notices: readonly string[] }> => {
    const named = analyzeQuery(question).terms.filter((t) => !t.discourse && !t.excluded);
    const topics = named.filter((t) => isUnavailable(t.stem, profile)).map((t) => ({ terms: [t], notices: noticesOfTopic.get(t.stem) ?? [] }));
    for (const paired of pairedTopics) {
      if (!unused(paired.users, profile)) continue;
      // Both in the sentence that asks: a context ("je suis en reconversion", read as training) is the asker's story.
      const terms = paired.stems.map((s) => named.find((t) => t.stem === s && t.focused));
      if (terms.every((t) => t !== undefined)) topics.push({ terms: terms as WeightedTerm[], notices: [paired.notice] });
    }
    return topics;
  };
  const focusedTopic = (topic: { terms: WeightedTerm[] }) => topic.terms.some((t) => t.focused);

  /**
   * The answerer asks for the same ranking several times per message (the decision, the notice it may give, the
   * other question it may offer, the follow-up read in context): each is computed once. Frozen entries and lists,
   * shared; each caller gets its own array.
   */
  const recentlyRanked = keepingRecentResults(
    (ranker: 'ours' | 'bm25', question: string, rankOptions: RankOptions): readonly ScoredEntry[] => {
      const computed = ranker === 'ours' ? rankQuestion(question, rankOptions) : secondOpinionOf(question, rankOptions);
      return Object.freeze(computed.map((scored) => Object.freeze(scored)));
    },
    RECENT_RANKS,
    (ranker, question, rankOptions) => `${ranker}${rankOptions.limit ?? ''}\u0000${rankOptions.profile ?? ''}\u0000${question}`,
  );

  return {
    explain: (question) => analyzeQuery(question).terms.slice(),
    namesUnavailableTopic(question, profile) {
      const named = unavailableNamed(question, profile);
      if (named.length === 0) return undefined;
      const focused = named.filter(focusedTopic);
      if (focused.length === 0) return 'context';
      // "Comptable de 50 ans en reconversion, je me demande quelles études…": the job and age of whoever writes are
      // the asker's story, as a sentence of context would be.
      const introduced = withoutSelfIntroductions(question);
      if (introduced === question) return 'question';
      const left = new Set(analyzeQuery(introduced).terms.map((t) => t.stem));
      return focused.some((topic) => topic.terms.every((t) => left.has(t.stem))) ? 'question' : 'context';
    },
    noticesOfIntroduction(question, profile) {
      const introduced = withoutSelfIntroductions(question);
      if (introduced === question) return [];
      const left = new Set(this.noticesNamed(introduced, profile));
      return this.noticesNamed(question, profile).filter((id) => !left.has(id));
    },
    noticesNamed(question, profile) {
      return [...new Set(unavailableNamed(question, profile).flatMap((topic) => topic.notices))];
    },
    noticeReferredTo(question, profile) {
      const noun = focusedTexts(question).map((text) => JOB_REFERENCE.exec(normalize(text))?.[1]).find((found) => found !== undefined);
      if (noun === undefined || unavailableNamed(question, profile).some(focusedTopic)) return undefined;
      // Any word of a job of the base, besides the reference itself ("…des profils back… ce métier"), may be its referent.
      const words = new Set(stemsOf(analyzer, normalize(question).replace(JOB_REFERENCES, ' ')));
      if (profileNames.some((p) => p.forms.some((form) => form.some((s) => words.has(s))))) return undefined;
      const says = (text: string) => normalize(text).split(/[^a-z0-9]+/).some((word) => word === noun || word === `${noun}s`);
      const named = new Set(this.noticesNamed(question, profile));
      return index.entries.find(({ entry }) => named.has(entry.id) && [entry.title, ...entry.questions].some(says))?.entry;
    },
    isLongMessage: (question) => analyzeQuery(question).topicWordCount > options.longMessageWords,
    openingOfStatement(question) {
      if (askingTexts(question).length > 0) return undefined;
      const text = stripMarkup(question).trim();
      const found = OPENING.exec(text);
      const opening = found?.[1].trim();
      // Something must follow the opening: a message made of it alone is read whole.
      return found && opening && /\p{L}/u.test(opening) && /\p{L}/u.test(text.slice(found[0].length)) ? opening : undefined;
    },
    questionParts(question) {
      const parts = askingTexts(question).flatMap((text) => text.split(ANOTHER_QUESTION)).filter((part) => /[\p{L}]{3}/u.test(part));
      return parts.length >= 2 ? parts : [];
    },
    namesUnknownSubject: (question) => analyzeQuery(question).terms.some((t) => t.focused && t.rare && !t.discourse),
    namesTagOf(question, entry) {
      // The tags as the index reads them: a paired notice tag ("portage + étudiant") is no word of an entry.
      const tags = tagStems.get(entry.id) ?? new Set(indexedTags(entry.tags).flatMap((tag) => stemsOf(analyzer, tag)));
      tagStems.set(entry.id, tags);
      return analyzeQuery(question).terms.some((t) => tags.has(t.stem));
    },
    hasContext: (question) => analyzeQuery(question).hasContext,
    namesNoTopic(question) {
      const query = analyzeQuery(question);
      return query.functionWordsOnly || query.terms.every((t) => t.discourse || ASKING_WORDS.has(t.stem));
    },
    questionAlone(question) {
      const asking = focusedTexts(question);
      return asking.some(leansOnContext) ? undefined : asking.join(' ');
    },
    secondOpinion(question, rankOptions = {}) {
      return recentlyRanked('bm25', question, rankOptions).slice();
    },
    closingSmallTalk(question) {
      const said = new Set<number>();
      let last: readonly number[] = [];
      for (const term of analyzeQuery(question).terms) {
        if (term.discourse) continue;
        const postings = index.questionPostings.get(term.stem);
        if (!postings || postings.some((i) => index.entries[i].entry.kind !== 'smalltalk')) return undefined;
        for (const i of postings) said.add(i);
        last = postings;
      }
      return said.size >= 2 && last.length === 1 ? index.entries[last[0]].entry : undefined;
    },
    definitionAsked(question, profile) {
      if (!asksWhat(question, analyzeQuery(question).terms)) return undefined;
      const asked = definitions.asked(stripMarkup(question), options.focus, analyzer, correct);
      if (asked?.described) {
        // The thing described is the one whose defining entry its description ranks among the first.
        const defining = this.rank(question, { limit: DESCRIBED_RANKS, profile }).find((s) => definitions.defines(s.entry));
        return defining && defining.score >= DESCRIBED_MIN_SCORE ? { entry: defining.entry, named: true } : undefined;
      }
      const entry = asked && index.entries[asked.entry].entry;
      return entry && !(profile && entry.profile && entry.profile !== profile) ? { entry, named: asked.named } : undefined;
    },
    mentionedProfiles(question) {
      const stems = new Set(stemsOf(analyzer, question));
      return profileNames.filter((p) => p.forms.some((form) => form.every((s) => stems.has(s)))).map((p) => p.id);
    },
    rank(question, rankOptions = {}) {
      return recentlyRanked('ours', question, rankOptions).slice();
    },
  };

  function rankQuestion(question: string, rankOptions: RankOptions): ScoredEntry[] {
    const query = analyzeQuery(question);
    const limit = rankOptions.limit ?? 5;
    const scores = bestEntries(query, rankOptions.profile, limit);
    if (query.hasContext) {
      // The question may lean on its context ("...ce métier ?"): the message read as a whole
      // may find the entry better than its question alone.
      // Only entries the question itself points to may be lifted: the context alone ("je suis
      // recruteuse...") must not bring in an entry of its own.
      // Pointed to means among its first entries and scoring at least a share of its best: an entry the question
      // barely touches ("Quels traits de personnalité… ?" gives the employers 0.08) is not lifted by a context that
      // names its subject ("je fais passer des entretiens… dans ma boîte").
      const byScore = [...scores].sort((a, b) => b[1] - a[1]);
      const least = (byScore[0]?.[1] ?? 0) * options.wholeMessagePointedShare;
      const pointed = new Set(byScore.slice(0, options.wholeMessageCandidates).filter(([, score]) => score >= least).map(([i]) => i));
      for (const [i, score] of bestEntries(wholeMessageQuery(question), rankOptions.profile, limit)) {
        const lifted = score * options.wholeMessageFactor;
        if (pointed.has(i) && lifted > (scores.get(i) ?? 0)) scores.set(i, lifted);
      }
    }
    if (query.topicWordCount > options.longMessageWords) boostFromSentences(question, rankOptions.profile, scores);
    const ranked: number[] = [];
    scores.forEach((score, i) => {
      rankedScore[i] = score;
      ranked.push(i);
    });
    ranked.sort((a, b) => rankedScore[b] - rankedScore[a] || idOrder[a] - idOrder[b]);
    breakTopTie(question, ranked);
    const results: ScoredEntry[] = [];
    for (let k = 0; k < ranked.length && k < limit; k++) results.push({ entry: index.entries[ranked[k]].entry, score: rankedScore[ranked[k]] });
    return results;
  }

  function secondOpinionOf(question: string, rankOptions: RankOptions): ScoredEntry[] {
    const limit = rankOptions.limit ?? 5;
    const profile = rankOptions.profile;
    return bm25
      .rank(analyzeQuery(question).terms, limit + profiles.length * limit)
      .map(({ entry, score }) => ({ entry: index.entries[entry].entry, score }))
      .filter(({ entry }) => !(profile && entry.profile && entry.profile !== profile))
      .slice(0, limit);
  }
}

const SENTENCE_END = /[.!?;\n]+/;

/** The postings of a word no entry has (shared: allocated once). */
const NO_ENTRIES: readonly number[] = [];

// A message's first words, up to its first comma or sentence end ("Merci beaucoup, je transmets…" → "Merci beaucoup").
const OPENING = /^([^,.!?;:\n]+)[,.!?;:\n]/;

// "ce métier", "ce poste-là": a job the message named before (on normalised text: no accents, lowercase).
const JOB_REFERENCE = /\b(?:ce|cet|cette|ces)\s+(metier|job|boulot|poste|profession|emploi)s?(?:\s*-?\s*la)?\b/;
const JOB_REFERENCES = new RegExp(JOB_REFERENCE.source, 'g');

// "…, et quelles qualités ?": "et" followed by a question word starts another question of the same sentence; after a
// comma, so does a short clause asking how much ("Quelle formation, et sa paye combien ?").
const ANOTHER_QUESTION =
  /,?\s+(?:et|and)\s+(?=(?:quel(?:le)?s?|comment|combien|pourquoi|est-ce|qui|quand|what|how|why|which|who|where|when|do|does|is|are|can)\b|o[uù]\s)|,\s+et\s+(?=(?:[\p{L}']+\s+){1,3}combien\b)/iu;

/** Question words (their stems) that are topic words in a sentence ("Pourquoi le portage ?") but name nothing alone ("pourquoi ?"). */
const ASKING_WORDS: ReadonlySet<string> = new Set(['pourquoi', 'why']);

/** A thing described, not named ("c'est quoi ce système où…"): its defining entry ranks among the first three, with a fair score. */
const DESCRIBED_RANKS = 3;
const DESCRIBED_MIN_SCORE = 0.15;

/** Scores this close are a tie: the first entries then differ only by words scoring leaves out. */
export const TIE_MARGIN = 1e-9;

/**
 * Each entry's place among the entries sorted by id (`localeCompare`, ids comparing equal sharing a place): ties of
 * score are broken by comparing two numbers, not by collating two ids at every comparison of every ranking.
 */
function idRanks(entries: readonly IndexedEntry[]): Int32Array {
  const byId = entries.map((_, i) => i).sort((a, b) => entries[a].entry.id.localeCompare(entries[b].entry.id));
  const ranks = new Int32Array(entries.length);
  byId.forEach((i, at) => {
    ranks[i] = at > 0 && entries[byId[at - 1]].entry.id.localeCompare(entries[i].entry.id) === 0 ? ranks[byId[at - 1]] : at;
  });
  return ranks;
}

function stemsOf(analyzer: TextAnalyzer, text: string): string[] {
  return analyzer.terms(text).filter((t) => !t.discourse).map((t) => t.stem);
}

/**
 * Drops synonym variants that are the name of a loaded profile: the synonyms file reads other
 * jobs' titles as "another job", which must not swallow a job the base now knows.
 */
function withoutProfileNames(rules: readonly SynonymRule[], profiles: readonly KnowledgeProfile[]): SynonymRule[] {
  const names = new Set(profiles.flatMap((p) => [normalize(p.name), normalize(p.id.split('-').join(' '))]));
  if (names.size === 0) return rules.slice();
  // Normalising all the lexicon's variants cost a start about 20 ms: only those of about a name's length can
  // be one (normalising changes a length by a few characters: elisions, ligatures, runs of punctuation).
  const lengths = [...names].map((name) => name.length);
  const shortest = Math.min(...lengths) - NAME_LENGTH_SLACK;
  const longest = Math.max(...lengths) + NAME_LENGTH_SLACK;
  const isName = (variant: string) => variant.length >= shortest && variant.length <= longest && names.has(normalize(variant));
  return rules.map((rule) => ({ ...rule, variants: rule.variants.filter((variant) => !isName(variant)) }));
}

/** How far a variant's length may be from a profile name's for it to be compared with it. */
const NAME_LENGTH_SLACK = 8;
