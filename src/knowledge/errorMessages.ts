/**
 * Every message the knowledge loader can report, in one place: plain English for the people who
 * edit the YAML files (support staff, not only programmers). Locations (`file:line:`) are added by the caller.
 */

const list = (items: readonly string[]) => items.join(', ');
const quoted = (value: unknown) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

/** Describes a JSON value's type in everyday words ("nothing", "a list"...). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of keys';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : 'text';
  if (typeof value === 'boolean') return `${value} (yes/no)`;
  return `the number ${String(value)}`;
}

const typeWords: Record<string, string> = {
  string: 'text',
  array: 'a list (lines starting with "- ")',
  object: 'a group of keys',
  boolean: 'true or false',
  number: 'a number',
};

export const messages = {
  folderMissing: (dir: string) => `the knowledge folder '${dir}' does not exist or cannot be read`,
  noKnowledgeFiles: (dir: string) => `no knowledge file (*.yaml or *.yml) found in '${dir}'`,
  fileUnreadable: (reason: string) => `the file cannot be read (${reason})`,
  emptyFile: () => 'the file is empty: it needs at least an `entries:` list',
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail} (check indentation, colons and quotes)`,

  unknownKey: (where: string, key: string, allowed: readonly string[], suggestion?: string) =>
    `${where} has an unknown key '${key}'` +
    (suggestion ? ` (did you mean '${suggestion}'?)` : '') +
    ` (allowed: ${list(allowed)})`,
  missingKey: (where: string, key: string) => `${where} has no '${key}' (it is required)`,
  wrongType: (where: string, key: string, expected: string, value: unknown) =>
    `${where}: '${key}' should be ${typeWords[expected] ?? expected}, found ${describeValue(value)}`,
  wrongShape: (where: string, expected: string, value: unknown) =>
    `${where} should be ${typeWords[expected] ?? expected}, found ${describeValue(value)}`,
  emptyText: (where: string, key: string) => `${where}: '${key}' is empty`,
  emptyList: (where: string, key: string) => `${where}: '${key}' is an empty list: give at least one item`,
  badId: (where: string, key: string, value: unknown) =>
    `${where}: ${key} ${quoted(value)} is not a valid id: use lowercase letters and digits in words joined by dashes (kebab-case), e.g. 'back-end-missions'`,
  badDate: (where: string, key: string, value: unknown) =>
    `${where}: ${key} ${quoted(value)} is not a date written YYYY-MM-DD, e.g. 2023-12-20`,
  badUrl: (where: string, key: string, value: unknown) =>
    `${where}: ${key} ${quoted(value)} is not a web address starting with http:// or https://`,
  notOneOf: (where: string, key: string, allowed: readonly unknown[], value: unknown) =>
    `${where}: '${key}' must be one of ${list(allowed.map(String))} (found ${quoted(value)})`,
  listedTwice: (where: string, key: string, value: unknown) => `${where}: '${key}' lists ${quoted(value)} twice`,
  schemaOther: (where: string, detail: string) => `${where}: ${detail}`,

  duplicateId: (id: string, otherLocation: string) => `entry id '${id}' is already used at ${otherLocation}: ids must be unique across all files`,
  followupMissing: (id: string, target: string) => `entry '${id}' has a follow-up '${target}' that matches no entry id`,
  followupSelf: (id: string) => `entry '${id}' lists itself as a follow-up`,
  emptyAnswer: (id: string) => `entry '${id}' has an empty answer`,
  emptyQuestion: (id: string, index: number) => `entry '${id}': question ${index + 1} is empty`,
  duplicateQuestion: (id: string, question: string) => `entry '${id}' lists the question "${question}" twice`,
  questionInTwoEntries: (question: string, id: string, otherId: string) =>
    `the question "${question}" appears in both '${otherId}' and '${id}': the bot cannot tell them apart`,
  fewQuestions: (id: string, count: number, wanted: number) =>
    `entry '${id}' has only ${count} phrasing(s): aim for at least ${wanted} to be understood reliably`,

  variantInTwoRules: (variant: string, canonical: string, otherCanonical: string, otherLocation: string) =>
    `synonym '${variant}' is listed under '${canonical}' and already under '${otherCanonical}' (${otherLocation}): a variant may belong to one rule only`,
  variantIsCanonical: (variant: string, canonical: string) =>
    `synonym '${variant}' of '${canonical}' is itself the canonical form of another rule: merge the two rules`,
  variantSameAsCanonical: (variant: string) => `synonym '${variant}' is the same as its canonical form: remove it`,

  summary: (count: number) => `the knowledge base has ${count} problem${count === 1 ? '' : 's'}`,
};
