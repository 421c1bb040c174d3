import type { KnowledgeBase, KnowledgeEntry, SynonymRule } from '../knowledge/types';
import { foldAccents } from '../text/fold';
import { CONTEXTS, JOBS, TOPICS, type SyntheticJob } from './syntheticVocabulary';

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same base. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function fill(random: Random, template: string, job: SyntheticJob, ctx: string): string {
  const [tool, tool2] = shuffled(random, job.tools);
  return template
    .replace(/\{job\}/g, () => pick(random, job.names))
    .replace(/\{ctx\}/g, ctx)
    .replace(/\{sector\}/g, job.sector)
    .replace(/\{tool\}/g, tool)
    .replace(/\{tool2\}/g, tool2)
    .replace(/\s+/g, ' ') // an empty context leaves a double space
    .trim();
}

export interface SyntheticBaseOptions {
  /** Number of entries (default 2,000). */
  entries?: number;
  seed?: number;
  /** Synonym rules to attach (e.g. the real base's), so the matcher runs its full pipeline. */
  synonyms?: readonly SynonymRule[];
}

/**
 * Builds a realistic French FAQ knowledge base in memory: each entry is a (job, topic, context)
 * combination with 5 to 8 phrasings and a short answer. Deterministic for a given seed.
 * @example const kb = syntheticKnowledgeBase({ entries: 2000, seed: 42 });
 */
export function syntheticKnowledgeBase(options: SyntheticBaseOptions = {}): KnowledgeBase {
  const count = options.entries ?? 2000;
  const capacity = JOBS.length * TOPICS.length * (CONTEXTS.length + 1);
  if (count > capacity) throw new RangeError(`at most ${capacity} synthetic entries can be generated`);
  const random = seededRandom(options.seed ?? 42);
  const entries: KnowledgeEntry[] = [];
  const ids = new Set<string>();

  while (entries.length < count) {
    const job = pick(random, JOBS);
    const topic = pick(random, TOPICS);
    const context = random() < 0.3 ? null : pick(random, CONTEXTS);
    const id = [job.slug, topic.slug, context?.slug].filter(Boolean).join('-');
    if (ids.has(id)) continue;
    ids.add(id);

    const ctx = context?.text ?? '';
    const howMany = 5 + Math.floor(random() * 4);
    const questions = [...new Set(shuffled(random, topic.questions).map((t) => fill(random, t, job, ctx)))].slice(0, howMany);
    const answer = topic.answers.map((t) => fill(random, t, job, ctx)).join(' ');
    entries.push({
      id,
      title: questions[0],
      questions,
      answer,
      kind: 'answer',
      followups: [],
      tags: [topic.slug, job.sector],
      theme: topic.theme,
      profile: job.slug,
      contextOnly: false,
      draft: false,
      location: { file: 'synthetic', line: entries.length + 1 },
    });
  }
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    synonyms: options.synonyms ?? [],
    files: [],
    loadedAt: new Date(0),
  };
}

/**
 * Questions a user could type against any base (synthetic or real): phrasings of random entries, made
 * informal (lower case, no accents, a dropped word, a swapped letter). Deterministic.
 */
export function syntheticQueries(kb: KnowledgeBase, count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const queries: string[] = [];
  while (queries.length < count) {
    let q = pick(random, pick(random, kb.entries).questions);
    if (random() < 0.5) q = foldAccents(q);
    const words = q.split(' ');
    if (words.length > 3 && random() < 0.5) words.splice(Math.floor(random() * words.length), 1);
    const i = Math.floor(random() * words.length);
    const w = words[i];
    if (w.length > 4 && random() < 0.5) words[i] = w.slice(0, 1) + w[2] + w[1] + w.slice(3);
    queries.push(words.join(' '));
  }
  return queries;
}
