import type { InvokeResponse, MessagingExtensionQuery, MessagingExtensionResponse } from 'botbuilder';
import type { Answerer } from '../../answering/answerer';
import type { KnowledgeEntry } from '../../knowledge/types';
import { exampleEntries } from '../catalog';
import { searchResult } from './searchCards';
import { teamsMessages } from './teamsMessages';

/** The search command declared in appPackage/manifest.json (`composeExtensions[0].commands[0]`). */
export const searchCommandId = 'searchFaq';
export const searchParameterName = 'question';
export const queryInvoke = 'composeExtension/query';

/** How many results a search lists. */
export const maxSearchResults = 8;

/** The text typed in the search box; empty when the extension just opened (`initialRun`). */
export function searchText(query: MessagingExtensionQuery): string {
  const parameters = query.parameters ?? [];
  if (parameters.some((p) => p.name === 'initialRun')) return '';
  const typed = parameters.find((p) => p.name === searchParameterName) ?? parameters[0];
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

function resultList(entries: readonly KnowledgeEntry[]): MessagingExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: entries.map(searchResult) } };
}

function ok(body: MessagingExtensionResponse): InvokeResponse<MessagingExtensionResponse> {
  return { status: 200, body };
}

/** `composeExtension/query`: the search results (later pages are empty: the best results come first). */
export function handleSearchQuery(answerer: Answerer, query: MessagingExtensionQuery): InvokeResponse<MessagingExtensionResponse> {
  if (query.commandId && query.commandId !== searchCommandId) {
    return ok({ composeExtension: { type: 'message', text: teamsMessages.unknownCommand } });
  }
  if ((query.queryOptions?.skip ?? 0) > 0) return ok(resultList([]));
  return ok(resultList(searchEntries(answerer, searchText(query))));
}
