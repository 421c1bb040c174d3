import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import { asksToWriteCode } from '../matching/codeRequests';
import { asksIfNamedCompanyHires } from '../matching/namedEmployers';
import { asksForComparison, asksForRanking } from '../matching/comparisons';
import { asksForFigure, statesFigure } from '../matching/figureQuestions';
import { createMatcher, TIE_MARGIN } from '../matching/matcher';
import { DEFAULT_ANSWERING_OPTIONS, type AnsweringOptions } from './answeringOptions';
import type { Decision, ScoredEntry } from './types';

/** The first entry of each ranker, ours then BM25, for a message's asking sentences read alone. */
type AloneLeaders = Array<KnowledgeEntry | undefined>;

/** The asking sentences of one message that are read for a second question. */
const MAX_QUESTIONS_READ = 4;

/** Options of a single question. */
export interface AskOptions {
  /** How many answers/suggestions to return at most (default 3). */
  top?: number;
  /** Restrict to one job profile (shared entries always stay eligible). */
  profile?: string;
}

/** Turns a free-text question into a decision over one knowledge base. Pure, synchronous. */
export interface Answerer {
  readonly knowledgeBase: KnowledgeBase;
  readonly options: Readonly<AnsweringOptions>;
  ask(question: string, options?: AskOptions): Decision;
}

/**
 * Decides between answer, "did you mean", an honest "not in my sources" and the fallback.
 * A wrong answer is worse than none: only a score above `answerThreshold` is answered.
 *
 * @example createAnswerer(kb).ask("quelles études pour devenir dev back end ?").answers[0].entry.id
 */
export function createAnswerer(knowledgeBase: KnowledgeBase, overrides: Partial<AnsweringOptions> = {}): Answerer {
  const options: AnsweringOptions = { ...DEFAULT_ANSWERING_OPTIONS, ...overrides };
  const matcher = createMatcher(knowledgeBase, options.matching);

  const profileCount = knowledgeBase.profiles?.length ?? 0;

  function decide(question: string, ranked: ScoredEntry[], secondOpinion: readonly ScoredEntry[], top: number, profile: string | undefined): Decision {
    const second = secondOpinion.map((s) => s.entry);
    const best = ranked[0];
    const none: Decision = { kind: 'fallback', question, answers: [], suggestions: [], ...(profile && { profile }) };
    if (!best) return none;
    if (best.entry.kind === 'not-available' && best.score >= options.suggestThreshold) {
      return { ...none, kind: 'not-available', notice: best, suggestions: closeAnswers(ranked) };
    }

    // A question with no topic word ("et ?", "pourquoi ?") may be small talk, never an answer about the page: its
    // entries would be offered on framing words alone, so the fallback (the topics and examples) is the reply.
    if (best.entry.kind === 'answer' && matcher.namesNoTopic(question)) return none;

    const answerable = (s: ScoredEntry) => s.entry.kind !== 'not-available';
    // The independent BM25 ranker puts the same entry first: the match is not a lucky one. Its
    // entries of other job profiles are left out: which job is asked is settled elsewhere.
    const sameProfile = (entry: KnowledgeEntry) => !entry.profile || !best.entry.profile || entry.profile === best.entry.profile;
    // Both checks on the asking sentences alone rank them the same way: ranked once, when first needed.
    let leaders: AloneLeaders | undefined | null = null;
    const aloneLeaders = () => (leaders === null ? (leaders = questionAloneLeaders(question, profile)) : leaders);
    // A close call the context tipped ("Je recrute pour une start-up. À part la technique, quelles qualités personnelles
    // chercher chez un candidat ?" is about qualities, not employers), or a first entry the context alone carried above
    // the answer-alone score: the asking sentences read alone by both rankers, and BM25 reading the whole message, put
    // the runner-up first.
    const tipped = contextTipped(question, ranked, second, aloneLeaders);
    if (tipped) {
      const others = ranked.filter((s) => s !== tipped && answerable(s) && s.score >= options.answerThreshold);
      return { ...none, kind: 'answer', answers: [tipped, ...others].slice(0, top) };
    }
    // Small talk is made of words BM25 leaves out: its agreement cannot be asked for.
    const agreed =
      best.entry.kind === 'smalltalk' ||
      (second.find(sameProfile)?.id === best.entry.id &&
        (best.score >= options.answerAloneThreshold || !matcher.hasContext(question) || !contextDecided(aloneLeaders(), best.entry))) ||
      // The context may mislead BM25 too ("…le cahier des charges pour un prestataire. Quelles sont ses missions
      // habituelles ?"): both rankers reading the asking sentences alone agree with ours on the whole message.
      (matcher.hasContext(question) && aloneAgrees(aloneLeaders(), best.entry));
    const margin = best.score - (ranked.find((s) => s.entry.id !== best.entry.id)?.score ?? 0);
    // A close call is between entries of the same job: which job is asked is settled elsewhere.
    const lead = best.score - (ranked.find((s) => s.entry.id !== best.entry.id && sameProfile(s.entry))?.score ?? 0);
    // In a message with context, small talk must be what its asking sentences say ("Mon manager parle de back end.
    // Ça désigne quoi ?" is no request to talk to a person).
    const smalltalkInContext = best.entry.kind === 'smalltalk' && matcher.hasContext(question) && aloneLeaders()?.[0]?.id !== best.entry.id;
    const confident =
      answerable(best) &&
      !smalltalkInContext &&
      ((best.score >= options.answerThreshold && ((agreed && lead >= options.closeCallMargin) || best.score >= options.answerAloneThreshold)) ||
        (agreed && best.score >= options.agreedAnswerThreshold && margin >= options.agreedMargin && !matcher.namesUnknownSubject(question)) ||
        // With context, the asking sentences read alone are a third reading: when both rankers put the
        // same entry first there too, a close lead is enough.
        (agreed && best.score >= options.agreedAnswerThreshold && lead >= options.closeCallMargin && matcher.hasContext(question) && aloneAgrees(aloneLeaders(), best.entry)) ||
        // A tie the context made ("Ma fille est développeuse dans une agence web. […] Quelles perspectives de carrière
        // s'offrent à elle ?": the agency drew the employers entry level): BM25 on the whole message and both rankers
        // on the asking sentences alone put this entry first, so all four readings lean the same way.
        (second[0]?.id === best.entry.id && best.score >= options.answerThreshold && matcher.hasContext(question) && aloneAgrees(aloneLeaders(), best.entry)));
    // Read last: only a decision that would be an answer needs it.
    const sure = confident && mayAnswer(question, best.entry);
    // Small talk of several kinds in one message ("Super, merci et bonne journée") splits its words between their
    // entries, none sure: the one it ends with is the reply.
    const closing = !sure && best.entry.kind === 'smalltalk' ? matcher.closingSmallTalk(question) : undefined;
    if (closing) return { ...none, kind: 'answer', answers: [ranked.find((s) => s.entry.id === closing.id) ?? { entry: closing, score: best.score }] };
    if (sure) {
      const answers = ranked.filter((s) => answerable(s) && (s === best || s.score >= options.answerThreshold)).slice(0, top);
      return { ...none, kind: 'answer', answers };
    }
    // Not sure: offer the likeliest entries of both rankers, alternately. Small talk is never
    // offered as a "did you mean": it would read as a misunderstanding.
    const offerable = (entry: KnowledgeEntry) => entry.kind === 'answer';
    const ours = ranked.filter((s) => offerable(s.entry) && s.score >= options.offerThreshold);
    if (ours.length === 0 && !(agreed && best.score >= options.offerThreshold)) return none;
    const scoreOf = new Map(ranked.map((s) => [s.entry.id, s.score]));
    const theirs: ScoredEntry[] = second.filter(offerable).map((entry) => ({ entry, score: scoreOf.get(entry.id) ?? 0 }));
    const suggestions: ScoredEntry[] = [];
    for (let k = 0; suggestions.length < top && (k < ours.length || k < options.secondOpinionOffers); k++) {
      for (const candidate of [ours[k], k < options.secondOpinionOffers ? theirs[k] : undefined]) {
        if (candidate && suggestions.length < top && !suggestions.some((s) => s.entry.id === candidate.entry.id)) suggestions.push(candidate);
      }
    }
    if (suggestions.length === 0) return none;
    return asksJudgement(question, best.entry) ? { ...none, kind: 'suggest', suggestions, judgement: true } : { ...none, kind: 'suggest', suggestions };
  }

  /**
   * Whether an entry may answer a question asking for a figure: its answer states one and, when it has tags, the
   * question says what the figure counts ("combien de devs back en France ?" is not the 40 % of freelancers).
   */
  function givesFigureAsked(question: string, entry: KnowledgeEntry): boolean {
    return statesFigure(entry.answer) && (entry.tags.length === 0 || matcher.namesTagOf(question, entry));
  }

  /**
   * In a message with context, the entry may have been chosen by the context rather than by what is
   * asked ("Je suis en école d'info. Tous les devs back que je croise sont à leur compte. C'est une
   * tendance générale ?" is not about studies). When both rankers, reading the asking sentences
   * alone, put another entry first, the rankers' agreement on the whole message is no evidence:
   * the bot offers choices. A question with nothing of its own to rank ("Vous pouvez m'éclairer ?"),
   * or that says "ça" for what its context said, leaves the decision to its context.
   */
  function contextDecided(leaders: AloneLeaders | undefined, chosen: KnowledgeEntry): boolean {
    return leaders !== undefined && leaders.every((entry) => entry !== undefined && entry.id !== chosen.id);
  }

  /**
   * The runner-up of a message with context, when its own asking sentences and BM25 say it is what is asked and it
   * trails the first entry by a close margin, or the first entry would be answered on its score alone (which the
   * context raised: "Mon fils vient d'être embauché dans une boîte de e-commerce. […] Est-ce que c'est lui qui construit
   * la base de données du site ?" is about his missions, not employers): see `decide`. Never for a judgement or a
   * figure it does not give.
   */
  function contextTipped(question: string, ranked: readonly ScoredEntry[], second: readonly KnowledgeEntry[], leaders: () => AloneLeaders | undefined): ScoredEntry | undefined {
    const [best] = ranked;
    if (best.entry.kind !== 'answer' || !matcher.hasContext(question)) return undefined;
    const runnerUp = ranked.find((s) => s.entry.id !== best.entry.id);
    if (!runnerUp || runnerUp.entry.kind !== 'answer' || runnerUp.score < options.answerThreshold) return undefined;
    if ((best.score - runnerUp.score > options.contextTipMargin && best.score < options.answerAloneThreshold) || second[0]?.id !== runnerUp.entry.id) return undefined;
    return aloneAgrees(leaders(), runnerUp.entry) && mayAnswer(question, runnerUp.entry) ? runnerUp : undefined;
  }

  /**
   * Whether the question asks for a judgement the page never makes ("plus dur que", "lequel est le meilleur ?") of what
   * the entry describes or lists: the bot then says its sources do not judge, and offers what they say.
   */
  function asksJudgement(question: string, entry: KnowledgeEntry): boolean {
    return asksForComparison(question) || (entry.kind === 'answer' && asksForRanking(question));
  }

  /**
   * Whether the entry may be given as the answer: no judgement asked of it, the figure asked for when one is, and not
   * whether a named company hires (the page names kinds of employers, never a company: "Doctolib embauche-t-il ?").
   */
  function mayAnswer(question: string, entry: KnowledgeEntry): boolean {
    return !asksJudgement(question, entry) && !(asksForFigure(question) && !givesFigureAsked(question, entry)) && !asksIfNamedCompanyHires(question);
  }

  /** Whether both rankers reading a message's asking sentences alone put `chosen` first. */
  function aloneAgrees(leaders: AloneLeaders | undefined, chosen: KnowledgeEntry): boolean {
    return leaders !== undefined && leaders.every((entry) => entry?.id === chosen.id);
  }

  /** The first entry of each ranker (ours, then BM25) for the asking sentences alone; undefined when they lean on their context. */
  function questionAloneLeaders(question: string, profile: string | undefined): AloneLeaders | undefined {
    const alone = matcher.questionAlone(question);
    if (alone === undefined) return undefined;
    return [matcher.rank(alone, { limit: 1, profile })[0]?.entry, matcher.secondOpinion(alone, { limit: 1, profile })[0]?.entry];
  }

  /**
   * With an honest "not in my sources": the real answers close to the question, in case the topic
   * word was read wrongly ("un salaire qui tombe tous les mois" is about the status in portage).
   */
  function closeAnswers(ranked: readonly ScoredEntry[]): ScoredEntry[] {
    return ranked.filter((s) => s.entry.kind === 'answer' && s.score >= options.offerThreshold).slice(0, options.noticeOffers);
  }

  /**
   * A message asking two things gets its main answer, and the other question's entry offered as a
   * button when one of its sentences, asked alone, leads to another entry.
   */
  function withOtherQuestion(decision: Decision, profile: string | undefined): Decision {
    const main = decision.answers[0].entry.id;
    // A message asks a handful of things at most; a wall of question marks is not worth more work.
    // Its parts as firstOfSeveral reads them: "Quelles compétences faut-il et quelles qualités ?" asks two things.
    for (const part of matcher.questionParts(decision.question).slice(0, MAX_QUESTIONS_READ)) {
      const [other] = matcher.rank(part, { limit: 1, profile });
      if (other && other.entry.id !== main && other.entry.kind === 'answer' && other.score >= options.answerThreshold) {
        return { ...decision, alsoAsked: other };
      }
    }
    return decision;
  }

  /**
   * With several profiles and none named, a job question ("quelles études ?") may fit each of them
   * alike: then the best entry of each profile is offered as a "which job?" choice.
   */
  function profileChoice(question: string, ranked: ScoredEntry[], top: number): Decision | undefined {
    const best = ranked[0];
    if (!best?.entry.profile || best.score < options.suggestThreshold) return undefined;
    const perProfile = new Map<string, ScoredEntry>();
    for (const candidate of ranked) {
      const id = candidate.entry.profile;
      if (!id || perProfile.has(id) || candidate.entry.kind !== best.entry.kind) continue;
      if (best.score - candidate.score <= options.profileTieMargin && candidate.score >= options.answerThreshold) perProfile.set(id, candidate);
    }
    if (perProfile.size < 2) return undefined;
    return { kind: 'choose-profile', question, answers: [], suggestions: [...perProfile.values()].slice(0, top) };
  }

  /**
   * "Qu'est-ce qu'on entend par développeur back end ?" asks for the entry that defines what it names, whatever its
   * context says ("je suis chargée de recrutement dans une ESN…" drew the employers entry). A question saying "ça"
   * for what its context named ("Mon manager parle de back end. Ça désigne quoi ?") is answered so only when the
   * rankers are not sure of another entry.
   */
  function definitionDecision(question: string, ranked: ScoredEntry[], top: number, profile: string | undefined): Decision | undefined {
    const asked = matcher.definitionAsked(question, profile);
    if (!asked) return undefined;
    const none: Decision = { kind: 'fallback', question, answers: [], suggestions: [], ...(profile && { profile }) };
    // An answer the rankers are sure of wins over "ça" standing for a term of the context, unless the asking sentences
    // say nothing of their own ("…à quoi sert un développeur back end, pour le comité budget. Vous auriez une définition
    // simple ?": the context's "équipe" made the collaboration entry sure).
    const alone = asked.named ? undefined : matcher.questionAlone(question);
    if (alone !== undefined && !matcher.namesNoTopic(alone)) {
      const decision = decide(question, ranked, matcher.secondOpinion(question, { limit: 3, profile }), top, profile);
      if (decision.kind === 'answer') return decision;
    }
    const defined: ScoredEntry = ranked.find((s) => s.entry.id === asked.entry.id) ?? { entry: asked.entry, score: options.answerThreshold };
    const others = ranked.filter((s) => s.entry.kind === 'answer' && s.entry.id !== asked.entry.id && s.score >= options.answerThreshold);
    return { ...none, kind: 'answer', answers: [defined, ...others].slice(0, top) };
  }

  /**
   * A message asking two things may be sure of neither when read whole ("Quelles compétences techniques faut-il et
   * quelles qualités humaines ?" splits its words between two entries): its first question sure when read alone
   * is answered (an earlier one that is not may be a vague lead-in: "C'est normal de changer si souvent ? Il faut
   * être adaptable ?"), and the next one's entry offered as a button.
   */
  function firstOfSeveral(question: string, askOptions: AskOptions): Decision | undefined {
    const parts = matcher.questionParts(question).slice(0, MAX_QUESTIONS_READ + 1);
    let at = 0;
    let decision: Decision | undefined;
    for (; at < parts.length; at++) {
      const read = askOne(parts[at], askOptions);
      // A part the page cannot answer is not passed over for a later one.
      if (read.kind === 'not-available') return undefined;
      // Small talk is no question of its own in a message that asks: "Quand on me demande ce qu'il fait, je ne sais
      // jamais quoi répondre." is the asker's story, not a question about the bot.
      if (read.kind === 'answer' && !answersWithSmallTalk(read)) {
        decision = read;
        break;
      }
    }
    if (!decision) return undefined;
    const main = decision.answers[0].entry.id;
    for (const other of parts.slice(at + 1)) {
      const next = askOne(other, askOptions);
      if (next.kind === 'answer' && next.answers[0].entry.id !== main && next.answers[0].entry.kind === 'answer') {
        return { ...decision, question, alsoAsked: next.answers[0] };
      }
      // "…, et sa paye combien ?": what the page does not say is offered as its notice, as in answeredBeforeNotice.
      if (next.kind === 'not-available' && next.notice) return { ...decision, question, alsoAsked: next.notice };
    }
    return { ...decision, question };
  }

  /**
   * A message whose first question the page answers and whose later one it does not ("Un salarié porté a-t-il droit
   * au chômage ? Et qui facture le client ?") gets the first answered, and the later one's notice offered as a
   * button: read whole, the notice's topic word took the whole message.
   */
  function answeredBeforeNotice(question: string, askOptions: AskOptions): Decision | undefined {
    const parts = matcher.questionParts(question).slice(0, MAX_QUESTIONS_READ + 1);
    if (parts.length < 2) return undefined;
    const first = askOne(parts[0], askOptions);
    if (first.kind !== 'answer') return undefined;
    for (const other of parts.slice(1)) {
      const next = askOne(other, askOptions);
      if (next.kind === 'not-available' && next.notice) return { ...first, question, alsoAsked: next.notice };
    }
    return undefined;
  }

  /**
   * A message that asks nothing and opens with small talk ("Bonjour, je viens me renseigner pour mon fils", "Merci, je
   * transmets tout ça à ma fille !") gets that small talk's reply, not "I cannot answer this question": what follows
   * the opening is the asker's story, not a question.
   */
  function openingSmallTalk(question: string, askOptions: AskOptions): Decision | undefined {
    const opening = matcher.openingOfStatement(question);
    if (opening === undefined) return undefined;
    const read = askOne(opening, askOptions);
    return answersWithSmallTalk(read) ? { ...read, question } : undefined;
  }

  /** Whether a decision answers with small talk (a greeting, thanks, the bot itself…). */
  function answersWithSmallTalk(decision: Decision): boolean {
    return decision.kind === 'answer' && decision.answers[0].entry.kind === 'smalltalk';
  }

  /** One question, as asked: the whole decision of `ask` but for a message asking several things. */
  function askOne(question: string, askOptions: AskOptions): Decision {
    const top = askOptions.top ?? 3;
    const limit = Math.max(top, 5) + 2;
    let profile = askOptions.profile;
    if (!profile && profileCount > 1) {
      const named = matcher.mentionedProfiles(question);
      if (named.length === 1) profile = named[0];
    }
    let ranked = matcher.rank(question, { limit: profile ? limit : limit + profileCount, profile });
    if (!profile && profileCount > 1) {
      const choice = profileChoice(question, ranked, top);
      if (choice) return choice;
      // A topic another job's page covers, asked about the job the question's other words point to ("Quel TJM pour
      // une mission d'API REST ?" is about back-end work): that job's honest notice, not its closest answer.
      const led = ranked[0]?.entry;
      if (led?.kind === 'answer' && led.profile && ranked[0].score >= options.suggestThreshold && matcher.namesUnavailableTopic(question, led.profile) === 'question') {
        profile = led.profile;
        ranked = matcher.rank(question, { limit, profile });
      }
    }
    const namesUnavailable = matcher.namesUnavailableTopic(question, profile);
    // "…Je veux garder la sécurité d'un salarié. Le portage salarial, c'est quoi exactement ?" asks what the base
    // defines, by name or by "ça" for a term its context named ("Je suis comptable […]. Le devis mentionne un profil back
    // end. Ça veut dire quoi ?"): a topic only its context names is the asker's story.
    const definitionOverContext = namesUnavailable === 'context' && matcher.definitionAsked(question, profile) !== undefined;
    if (namesUnavailable && !definitionOverContext) {
      // In a long message such a word may be context ("...un salaire qui tombe tous les mois"):
      // there the not-available entry must also rank among the first. Named only in the context
      // ("Mon comptable m'a parlé du portage. Vous pouvez me résumer le principe ?"), a notice
      // ranking second must also score near the first entry.
      const closeToFirst = matcher.isLongMessage(question) || namesUnavailable === 'context';
      const bestScore = ranked[0]?.score ?? 0;
      // A topic only the context names, in a message that names a job the base knows ("Je suis infirmière [...].
      // Quelles études pour devenir développeur back end ?"), is the asker's background: its notice must rank first.
      const contextIsBackground = namesUnavailable === 'context' && matcher.mentionedProfiles(question).length > 0;
      const qualifies = (s: ScoredEntry, i: number) =>
        s.entry.kind === 'not-available' &&
        s.score >= options.noticeThreshold &&
        (!closeToFirst || i < options.longMessageNoticeRank) &&
        !contextIsBackground &&
        (i === 0 || namesUnavailable === 'question' || s.score >= bestScore * options.contextNoticeShare);
      // The notice about the topic named ("Combien gagne un salarié porté ?" names the pay): sought among
      // all entries, since words it shares with other notices may rank those first ("salarié porté" is in the
      // unemployment notice's questions).
      const named = matcher.noticesNamed(question, profile);
      const everyEntry = named.length > 0 && !closeToFirst ? matcher.rank(question, { limit: Number.MAX_SAFE_INTEGER, profile }) : ranked;
      // Named in the question itself, a topic close to another notice's ("combien je touche de chômage" names the pay)
      // may get that notice when it ranks well; named only in the context ("Je suis prof de maths."), only its own.
      // "Mon fils veut devenir plombier. Quelles études pour ce métier ?": "ce métier" is the job the context named.
      const referredTo = namesUnavailable === 'context' ? matcher.noticeReferredTo(question, profile) : undefined;
      const notice =
        (referredTo && everyEntry.find((s) => s.entry.id === referredTo.id)) ??
        everyEntry.find((s, i) => named.includes(s.entry.id) && qualifies(s, i)) ??
        (namesUnavailable === 'question' ? ranked.find(qualifies) : undefined);
      if (notice) return { kind: 'not-available', question, answers: [], suggestions: closeAnswers(ranked), notice, ...(profile && { profile }) };
    }
    // A not-available entry whose topic the question does not name ("c'est quoi ce métier ?")
    // gives way to a real answer about as good, and confident. Not to one tied with it: the matcher put the
    // notice first on the question's framing words ("Qui peut faire du portage ?" is its own question).
    const best = ranked[0];
    const givesWay =
      !namesUnavailable &&
      best?.entry.kind === 'not-available' &&
      ranked.some(
        (s) =>
          s.entry.kind === 'answer' &&
          s.score >= options.answerThreshold &&
          s.score >= best.score - options.notNamedNoticeMargin &&
          best.score - s.score > TIE_MARGIN,
      );
    // The notice of a topic only the asker's story names, in a message about a job the base knows ("Infirmière de 44
    // ans, je me demande quelles études mènent au métier de développeur back end ?"), is no reply to what is asked.
    const background =
      namesUnavailable === 'context' && matcher.mentionedProfiles(question).length > 0 ? new Set(matcher.noticesOfIntroduction(question, profile)) : undefined;
    const eligible = givesWay
      ? ranked.filter((s) => s.entry.kind !== 'not-available')
      : background
        ? ranked.filter((s) => !background.has(s.entry.id))
        : ranked;
    const decision = definitionDecision(question, eligible, top, profile) ?? decide(question, eligible, matcher.secondOpinion(question, { limit: 3, profile }), top, profile);
    return decision.kind === 'answer' ? withOtherQuestion(decision, profile) : decision;
  }

  return {
    knowledgeBase,
    options,
    ask(question, askOptions = {}) {
      // A request to write code is none of the page's questions, whatever words it shares with an entry.
      if (asksToWriteCode(question)) {
        return { kind: 'fallback', question, answers: [], suggestions: [], ...(askOptions.profile && { profile: askOptions.profile }) };
      }
      const decision = askOne(question, askOptions);
      if (decision.kind === 'suggest' || decision.kind === 'fallback') {
        // Weak offers (none worth a "did you mean" on its own) give way to the small talk the message opens with.
        const weak = decision.suggestions.every((s) => s.score < options.suggestThreshold);
        return firstOfSeveral(question, askOptions) ?? (weak ? openingSmallTalk(question, askOptions) : undefined) ?? decision;
      }
      if (decision.kind === 'not-available') return answeredBeforeNotice(question, askOptions) ?? decision;
      return decision;
    },
  };
}
