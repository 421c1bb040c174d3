import { createHash } from 'node:crypto';
import type { SynonymRule } from '../knowledge/types';
import { SynonymTable, type SynonymTableData } from './synonyms';

/**
 * The synonym tables of this process, by their rules: building one normalises and stems the lexicon's ~12,000
 * variants (about 50–80 ms at a start, the largest part of building a matcher), while reading one back from the
 * matching cache (`matchingCache.ts`) takes a few milliseconds. Tables never change once built, so analyzers over
 * the same rules share one.
 */

/** A table as the matching cache keeps it: the rules it was built from (`rulesKey`), and its data. */
export interface KeptSynonymTable {
  key: string;
  data: SynonymTableData;
}

interface Entry {
  table: SynonymTable;
  /** Built by this process (not read back from the cache): the cache should keep it. */
  built: boolean;
}

/** The matcher's rules and those of another reader (the learning loop's, which keep the profiles' names). */
const MAX_TABLES = 2;
const tables = new Map<string, Entry>();
let seeded = new Map<string, SynonymTableData>();

/** What identifies a set of rules: their words in order (not where they were written). */
export function rulesKey(rules: readonly SynonymRule[]): string {
  return createHash('sha256')
    .update(JSON.stringify(rules.map((rule) => [rule.canonical, rule.variants])))
    .digest('base64');
}

/** The table over `rules`: one already built or read back, else built now. */
export function synonymTableFor(rules: readonly SynonymRule[]): SynonymTable {
  const key = rulesKey(rules);
  const known = tables.get(key);
  if (known) return known.table;
  const entry = readBack(key) ?? { table: new SynonymTable(rules), built: true };
  if (tables.size >= MAX_TABLES) tables.delete(tables.keys().next().value as string);
  tables.set(key, entry);
  return entry.table;
}

function readBack(key: string): Entry | undefined {
  const data = seeded.get(key);
  if (!data) return undefined;
  seeded.delete(key);
  try {
    return { table: SynonymTable.fromData(data), built: false };
  } catch {
    // Data that does not describe a table: built again, as without a cache.
    return undefined;
  }
}

/** Tables read from the matching cache, used when a matcher over the same rules is built. */
export function seedSynonymTables(kept: readonly KeptSynonymTable[]): void {
  seeded = new Map(kept.map((table) => [table.key, table.data]));
}

/** Whether this process built a table the cache did not hold. */
export function synonymTablesBuilt(): boolean {
  return [...tables.values()].some((entry) => entry.built);
}

/** The tables in use, for the matching cache. */
export function keptSynonymTables(): KeptSynonymTable[] {
  return [...tables].map(([key, entry]) => ({ key, data: entry.table.toData() }));
}
