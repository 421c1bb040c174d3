/** Every message of the importer that stops an import, in one place. */
export const importMessages = {
  noTitle: (file: string) => `${file}: no title found (expected a first line or an <h1> naming the job).`,
  noContent: (file: string) => `${file}: no section or question found under the title.`,
  unreadable: (file: string, reason: string) => `${file}: cannot be read (${reason}).`,
  badProfile: (profile: string) => `--profile '${profile}' is not a kebab-case id (lowercase words joined by dashes, e.g. data-scientist).`,
  notImported: (target: string, sidecar: string) =>
    `${target} exists and was not written by the importer (no ${sidecar}): it is kept as it is. ` +
    'Choose another --profile, or another --out folder to compare.',
  brokenSidecar: (sidecar: string, reason: string) => `${sidecar} cannot be read (${reason}); delete it to import from scratch.`,
  brokenTarget: (target: string, reason: string) => `${target} is not valid YAML (${reason}); fix it before importing again.`,
} as const;

/** An import that cannot go on: the message says why and what to do. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
