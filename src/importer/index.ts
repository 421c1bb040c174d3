/**
 * Knowledge importer: a saved job-profile page (HTML or plain text) -> a reviewed-by-nobody-yet
 * draft in the knowledge folder, re-importable without losing people's edits. Pure TypeScript.
 */
export type * from './types';
export { importPage, DEFAULT_OUT_DIR, type ImportOptions } from './importPage';
export { formatReport } from './formatReport';
export { ImportError } from './importErrors';
export { readPage, readPageContent } from './readPage';
export { buildDraft, type DraftOptions } from './buildDraft';
export { readBaseEntries, type BaseEntry } from './baseEntries';
export { statePath, readImportState, type ImportState, type EntryRecord } from './importState';
