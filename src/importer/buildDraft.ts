/**
 * A structured page -> the entries it proposes: one per section, one for the intro, one per
 * questions-answers pair not already covered by a shared entry. Ids, titles, phrasings, tags.
 */
import { foldForLookup } from '../text/fold';
import { answerMarkdown } from './answerMarkdown';
import { tableText } from './tableMarkdown';
import type { BaseEntry } from './baseEntries';
import { contentHash } from './hash';
import { jobForms, jobNameFromTitle, type JobForms } from './jobTitle';
import { KIND_PHRASINGS, KIND_TAGS } from './phrasings';
import { detectKinds, type SectionKind } from './sectionKinds';
import { createSharedCoverFinder } from './sharedQuestions';
import { questionVariants } from './questionVariants';
import { keywords, slugify } from './slug';
import { isQuestion } from './textShape';
import type { Block, CoveredPair, DraftEntry, DraftPlan, EntryPart, ImportedPage } from './types';

/** Words kept from a heading to make an id: enough to tell sections apart, short enough to read. */
const ID_WORDS = 4;
const PORTAGE_THEME = 'Portage salarial';

export interface DraftOptions {
  /** Profile id; defaults to the slug of the page's title. */
  profile?: string;
  /** Entries of the other knowledge files: their ids, questions and shared answers. */
  base: readonly BaseEntry[];
}

/** What an entry is about: the kinds of its heading or question, and `presentation` for the intro. */
type Kinds = (SectionKind | 'presentation')[];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Développeur back end : définition et fonction du poste" -> "Définition et fonction du poste"; "Étude et formation : …" -> "Étude et formation". */
function sectionTitle(heading: string, job: JobForms): string {
  const colon = heading.indexOf(':');
  if (colon < 0) return heading;
  const before = heading.slice(0, colon).trim();
  const after = heading.slice(colon + 1).trim();
  if (keywords(before, job.name).length > 0 || !after) return before;
  return capitalise(after);
}

/**
 * What the heading itself offers: its short title with the job's name, and the question
 * after the colon when it names the job ("… : quelles sont les qualités nécessaires au développeur back end ?").
 */
function headingQuestions(heading: string, title: string, job: JobForms): string[] {
  // The bare title ("Formation") is left out: without the job's name it would fit every profile.
  // A title that already names the job ("Le salaire du data analyst") is not given the name twice.
  const lowered = `${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  const found = [namesJob(title, job) ? lowered : `${lowered} ${job.name}`];
  const colon = heading.indexOf(':');
  const asked = colon >= 0 ? heading.slice(colon + 1).trim() : '';
  if (isQuestion(asked) && foldForLookup(asked).includes(foldForLookup(job.name))) found.push(capitalise(asked));
  return found;
}

const namesJob = (text: string, job: JobForms) => ` ${foldForLookup(text)} `.includes(` ${foldForLookup(job.name)} `);

/** "salaire data analyst": a few topic words and the job's name, or nothing when there is no topic word. */
const keywordPhrasing = (topic: string, job: JobForms) => (topic ? [`${topic} ${job.name}`] : []);

function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.type === 'list' ? block.items.map((item) => item.text).join(' ') : block.type === 'table' ? tableText(block) : block.text))
    .join(' ');
}

/** Keeps phrasings new to this entry, to the draft and to the rest of the base: the same question in two entries is a coin toss. */
class PhrasingPool {
  private readonly taken: Set<string>;

  constructor(base: readonly BaseEntry[]) {
    this.taken = new Set(base.flatMap((entry) => entry.questions.map(foldForLookup)));
  }

  /** Questions the page itself answers elsewhere (its questions-answers part): never generated for another entry. */
  reserve(questions: readonly string[]): void {
    for (const question of questions) this.taken.add(foldForLookup(question));
  }

  pick(first: string, candidates: readonly string[]): string[] {
    const own = new Set([foldForLookup(first)]);
    const picked = [first];
    for (const candidate of candidates) {
      const key = foldForLookup(candidate);
      if (!key || own.has(key) || this.taken.has(key)) continue;
      own.add(key);
      picked.push(candidate);
    }
    for (const key of own) this.taken.add(key);
    return picked;
  }
}

class IdPool {
  private readonly taken = new Set<string>();

  constructor(private readonly profile: string) {}

  make(words: readonly string[], fallback: string): string {
    const slug = slugify(words.slice(0, ID_WORDS).join(' ')) || fallback;
    const base = `${this.profile}-${slug}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

function kindPhrasings(kinds: Kinds, job: JobForms): string[] {
  return kinds.flatMap((kind) => KIND_PHRASINGS[kind](job));
}

function kindTags(kinds: Kinds, fallback: readonly string[]): string[] {
  const tags = [...new Set(kinds.flatMap((kind) => KIND_TAGS[kind]))];
  return tags.length > 0 ? tags : [...new Set(fallback)].slice(0, 2);
}

/**
 * Who gets the "what is this job?" phrasings: the page's own question about it, else the section that
 * defines the job, else the intro (the page's overview), else the first section about its missions.
 * Every other entry loses the definition kind, so that the question goes to the entry that answers it.
 */
function assignDefinition(intro: Kinds | undefined, sections: Kinds[], qa: Kinds[]): void {
  const owner =
    qa.find((kinds) => kinds.includes('definition')) ??
    sections.find((kinds) => kinds.includes('definition')) ??
    intro ??
    sections.find((kinds) => kinds.includes('missions'));
  for (const kinds of [...(intro ? [intro] : []), ...sections, ...qa]) {
    const at = kinds.indexOf('definition');
    if (kinds !== owner && at >= 0) kinds.splice(at, 1);
  }
  if (owner && !owner.includes('definition')) owner.splice(owner === intro ? 1 : 0, 0, 'definition');
}

export function buildDraft(page: ImportedPage, options: DraftOptions): DraftPlan {
  const jobTitle = jobNameFromTitle(page.title);
  const profile = options.profile ?? slugify(jobTitle);
  const allText = [blocksText(page.intro), ...page.sections.map((s) => `${s.heading} ${blocksText(s.blocks)}`), ...page.qa.map((p) => p.question)].join(' ');
  const job = jobForms(jobTitle, allText);
  const phrasings = new PhrasingPool(options.base);
  const ids = new IdPool(profile);
  const coveredBy = createSharedCoverFinder(options.base, job.name);
  const entries: DraftEntry[] = [];
  const covered: CoveredPair[] = [];

  const add = (part: EntryPart, heading: string, id: string, title: string, questions: string[], blocks: readonly Block[], tags: string[], theme?: string) => {
    const answer = answerMarkdown(blocks);
    entries.push({
      heading,
      part,
      pageHash: contentHash(`${heading}\n${answer}`),
      fields: { id, title, questions, answer, tags, ...(theme && { theme }), draft: true },
    });
  };

  // The page's own questions first: the base may answer some, and the rest are reserved for their pair.
  const ownPairs = page.qa.filter((pair) => {
    const by = coveredBy(pair.question);
    if (by) covered.push({ question: pair.question, by });
    return !by;
  });
  phrasings.reserve(ownPairs.map((pair) => pair.question));
  const introKinds: Kinds | undefined = page.intro.length > 0 ? ['presentation', ...detectKinds(blocksText(page.intro), ['portage', 'freelance'])] : undefined;
  const sectionKinds: Kinds[] = page.sections.map((section) => detectKinds(section.heading));
  const pairKinds: Kinds[] = ownPairs.map((pair) => detectKinds(pair.question));
  assignDefinition(introKinds, sectionKinds, pairKinds);

  if (introKinds) {
    const [first, ...rest] = kindPhrasings(introKinds, job);
    add('intro', page.title, ids.make(['presentation'], 'presentation'), `Le métier ${job.of} en bref`, phrasings.pick(first, rest), page.intro, kindTags(introKinds, []));
  }

  page.sections.forEach((section, index) => {
    const title = sectionTitle(section.heading, job);
    const kinds = sectionKinds[index];
    const words = keywords(title, job.name);
    const topic = keywords(section.heading, job.name).slice(0, ID_WORDS).join(' ');
    const questions = phrasings.pick(section.heading, [...headingQuestions(section.heading, title, job), ...kindPhrasings(kinds, job), ...keywordPhrasing(topic, job)]);
    const id = ids.make(words.length > 0 ? words : keywords(section.heading, job.name), `section-${entries.length + 1}`);
    add('section', section.heading, id, title, questions, section.blocks, kindTags(kinds, words));
  });

  ownPairs.forEach((pair, index) => {
    const kinds = pairKinds[index];
    const words = keywords(pair.question, job.name);
    const topic = words.slice(0, ID_WORDS + 1).join(' ');
    const questions = phrasings.pick(pair.question, [...questionVariants(pair.question), ...kindPhrasings(kinds, job), ...keywordPhrasing(topic, job)]);
    const isPortage = kinds.some((kind) => kind.startsWith('portage'));
    const idWords = words.length > 0 ? words : kinds.filter((kind) => kind !== 'presentation').map((kind) => KIND_TAGS[kind][0]);
    add('qa', pair.question, ids.make(idWords, `question-${entries.length + 1}`), pair.question, questions, pair.blocks, kindTags(kinds, words), isPortage ? PORTAGE_THEME : undefined);
  });

  return {
    profile,
    jobTitle,
    source: { title: `Fiche métier : ${jobTitle}`, ...(page.updated && { updated: page.updated }) },
    theme: `Le métier ${job.of}`,
    entries,
    covered,
  };
}
