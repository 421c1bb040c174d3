/**
 * A structured page -> the entries it proposes: one per section, one for the intro, one per
 * questions-answers pair not already covered by a shared entry. Ids, titles, phrasings, tags.
 */
import { foldForLookup } from '../text/fold';
import { answerMarkdown } from './answerMarkdown';
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
  const found = [`${title.charAt(0).toLowerCase()}${title.slice(1)} ${job.name}`];
  const colon = heading.indexOf(':');
  const asked = colon >= 0 ? heading.slice(colon + 1).trim() : '';
  if (isQuestion(asked) && foldForLookup(asked).includes(foldForLookup(job.name))) found.push(capitalise(asked));
  return found;
}

function blocksText(blocks: readonly Block[]): string {
  return blocks.map((block) => (block.type === 'list' ? block.items.map((item) => item.text).join(' ') : block.text)).join(' ');
}

/** Keeps phrasings new to this entry, to the draft and to the rest of the base: the same question in two entries is a coin toss. */
class PhrasingPool {
  private readonly taken: Set<string>;

  constructor(base: readonly BaseEntry[]) {
    this.taken = new Set(base.flatMap((entry) => entry.questions.map(foldForLookup)));
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

function kindPhrasings(kinds: readonly (SectionKind | 'presentation')[], job: JobForms): string[] {
  return kinds.flatMap((kind) => KIND_PHRASINGS[kind](job));
}

function kindTags(kinds: readonly (SectionKind | 'presentation')[], fallback: readonly string[]): string[] {
  const tags = [...new Set(kinds.flatMap((kind) => KIND_TAGS[kind]))];
  return tags.length > 0 ? tags : [...new Set(fallback)].slice(0, 2);
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

  if (page.intro.length > 0) {
    const kinds: (SectionKind | 'presentation')[] = ['presentation', ...detectKinds(blocksText(page.intro), ['portage', 'freelance'])];
    const [first, ...rest] = kindPhrasings(kinds, job);
    add('intro', page.title, ids.make(['presentation'], 'presentation'), `Le métier ${job.of} en bref`, phrasings.pick(first, rest), page.intro, kindTags(kinds, []));
  }

  for (const section of page.sections) {
    const title = sectionTitle(section.heading, job);
    const kinds = detectKinds(section.heading);
    const words = keywords(title, job.name);
    const topic = keywords(section.heading, job.name).slice(0, ID_WORDS).join(' ');
    const questions = phrasings.pick(section.heading, [
      ...headingQuestions(section.heading, title, job),
      ...kindPhrasings(kinds, job),
      `${topic} ${job.name}`,
    ]);
    const id = ids.make(words.length > 0 ? words : keywords(section.heading, job.name), `section-${entries.length + 1}`);
    add('section', section.heading, id, title, questions, section.blocks, kindTags(kinds, words));
  }

  for (const pair of page.qa) {
    const by = coveredBy(pair.question);
    if (by) {
      covered.push({ question: pair.question, by });
      continue;
    }
    const kinds = detectKinds(pair.question);
    const words = keywords(pair.question, job.name);
    const topic = words.slice(0, ID_WORDS + 1).join(' ');
    const questions = phrasings.pick(pair.question, [...questionVariants(pair.question), ...kindPhrasings(kinds, job), `${topic} ${job.name}`]);
    const isPortage = kinds.some((kind) => kind.startsWith('portage'));
    add('qa', pair.question, ids.make(words, `question-${entries.length + 1}`), pair.question, questions, pair.blocks, kindTags(kinds, words), isPortage ? PORTAGE_THEME : undefined);
  }

  return {
    profile,
    jobTitle,
    source: { title: `Fiche métier : ${jobTitle}`, ...(page.updated && { updated: page.updated }) },
    theme: `Le métier ${job.of}`,
    entries,
    covered,
  };
}
