import { exampleEntries } from '../../conversation/catalog';
import type { Answerer } from '../../answering/answerer';
import type { KnowledgeEntry } from '../../knowledge/types';
import type { InvokeResult } from '../activity';
import { searchResult } from './searchCards';
import { teamsMessages } from './teamsMessages';

/** The search command declared in appPackage/manifest.json (`composeExtensions[0].commands[0]`). */
export const searchCommandId = 'searchFaq';
export const searchParameterName = 'question';
export const queryInvoke = 'composeExtension/query';

/** How many results a search lists. */
export const maxSearchResults = 8;

/** What Teams sends with `composeExtension/query` (the fields this bot reads). */
export interface MessagingExtensionQuery {
  commandId?: string;
  parameters?: Array<{ name?: string; value?: unknown }>;
  queryOptions?: { skip?: number; count?: number };
}

/** The text typed in the search box; empty when the extension just opened (`initialRun`). */
export function searchText(query: MessagingExtensionQuery): string {
  const parameters = Array.isArray(query.parameters) ? query.parameters : [];
  if (parameters.some((p) => p?.name === 'initialRun')) return '';
  const typed = parameters.find((p) => p?.name === searchParameterName) ?? parameters[0];
  return typeof typed?.value === 'string' ? typed.value.trim() : '';
}

/**
 * The entries a search finds: with no text, examples of each theme; otherwise what the answerer
 * ranks for the text (answers, then "did you mean" candidates, then an honest "not in our pages"),
 * small talk left out, as a greeting card is not worth inserting.
 */
export function searchEntries(answerer: Answerer, text: string, max = maxSearchResults): KnowledgeEntry[] {
  const kb = answerer.knowledgeBase;
  if (text === '') return exampleEntries(kb, max);
  const decision = answerer.ask(text, { top: max });
  const found = [...decision.answers, ...decision.suggestions, ...(decision.notice ? [decision.notice] : [])].map((s) => s.entry);
  const unique = [...new Map(found.map((entry) => [entry.id, entry])).values()];
  return unique.filter((entry) => entry.kind !== 'smalltalk').slice(0, max);
}

function resultList(entries: readonly KnowledgeEntry[]): InvokeResult {
  return { status: 200, body: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: entries.map(searchResult) } } };
}

/** `composeExtension/query`: the search results (later pages are empty: the best results come first). */
export function handleSearchQuery(answerer: Answerer, query: MessagingExtensionQuery): InvokeResult {
  if (query.commandId && query.commandId !== searchCommandId) {
    return { status: 200, body: { composeExtension: { type: 'message', text: teamsMessages.unknownCommand } } };
  }
  if ((query.queryOptions?.skip ?? 0) > 0) return resultList([]);
  return resultList(searchEntries(answerer, searchText(query)));
}
