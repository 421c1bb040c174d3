import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { answerSnippet } from '../../src/bot/teams/searchCards';
import { elementsOf, fixtureAnswerer, type Card } from '../bot/support/conversation';
import { groupChat, invokeResponseOf, teamsChat } from './support/teamsChat';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});

interface ResultAttachment {
  contentType: string;
  content: Card;
  preview: { contentType: string; content: { title: string; text: string; tap: { type: string; value: { entryId: string } } } };
}
interface ExtensionResponse {
  composeExtension: { type: string; attachmentLayout?: string; attachments?: ResultAttachment[]; text?: string };
}

async function search(text: string | null, extra: Record<string, unknown> = {}): Promise<ExtensionResponse> {
  const parameters = text === null ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'question', value: text }];
  const replies = await teamsChat(answerer).invoke(groupChat, 'composeExtension/query', { commandId: 'searchFaq', parameters, ...extra });
  const response = invokeResponseOf(replies);
  expect(response.status).toBe(200);
  return response.body as ExtensionResponse;
}

const entryIdsOf = (response: ExtensionResponse) => (response.composeExtension.attachments ?? []).map((a) => a.preview.content.tap.value.entryId);

describe('When a Teams user searches the FAQ from the compose box', () => {
  test('the best entries are listed, each with its title and the start of its answer', async () => {
    const response = await search('pommes');

    expect(response.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(entryIdsOf(response)[0]).toBe('apple');
    const [first] = response.composeExtension.attachments!;
    expect(first.preview.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(first.preview.content.title).toBe('Les pommes');
    expect(first.preview.content.text).toBe('La pomme est le fruit du pommier. elle se conserve longtemps ; elle se mange crue ou cuite.');
  });

  test('choosing a result inserts an Adaptive Card 1.5 with the answer and its source, and no button that talks to the bot', async () => {
    const [first] = (await search('pommes')).composeExtension.attachments!;

    expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first.content.version).toBe('1.5');
    const texts = elementsOf(first.content).map((element) => element.text);
    expect(texts).toContain('Les pommes');
    expect(texts).toContain('La **pomme** est le fruit du pommier.\n- elle se conserve longtemps ;\n- elle se mange crue ou cuite.');
    expect(texts.some((text) => String(text).startsWith('Source : [Guide des fruits]'))).toBe(true);
    const actions = elementsOf(first.content).filter((element) => element.type.startsWith('Action.'));
    expect(actions).toEqual([{ type: 'Action.OpenUrl', title: 'Lire la fiche', url: 'https://example.org/fruits' }]);
  });

  test('opening the extension without typing lists examples from each theme', async () => {
    const ids = entryIdsOf(await search(null));
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toContain('apple');
    expect(ids).toContain('carrot');
  });

  test('small talk is never offered as a card to insert', async () => {
    expect(entryIdsOf(await search('bonjour'))).not.toContain('smalltalk-greeting');
  });

  test('a search that matches nothing gives an empty list, which Teams shows as "no results"', async () => {
    const response = await search('xyzzy plugh');
    expect(response.composeExtension).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
  });

  test('asking for a second page gives nothing more: the best results come first', async () => {
    const response = await search('pommes', { queryOptions: { skip: 25, count: 25 } });
    expect(response.composeExtension.attachments).toEqual([]);
  });
});

describe('When Teams asks for the card of a chosen result (composeExtension/selectItem)', () => {
  test('the card of that entry is returned, from the knowledge base of the moment', async () => {
    const replies = await teamsChat(answerer).invoke(groupChat, 'composeExtension/selectItem', { entryId: 'pear' });
    const body = invokeResponseOf(replies).body as ExtensionResponse;
    const card = body.composeExtension.attachments![0] as unknown as { contentType: string; content: Card };
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(elementsOf(card.content).map((element) => element.text)).toContain('La **poire** est le fruit du poirier.');
  });

  test('an entry removed since the search gets a short French explanation instead of a card', async () => {
    const replies = await teamsChat(answerer).invoke(groupChat, 'composeExtension/selectItem', { entryId: 'gone' });
    expect((invokeResponseOf(replies).body as ExtensionResponse).composeExtension).toEqual({
      type: 'message',
      text: "Cette réponse n'existe plus : relancez la recherche.",
    });
  });
});

describe('When a search result shows the start of a long answer', () => {
  test('it is cut at a word and ends with an ellipsis', () => {
    const snippet = answerSnippet('Le **portage salarial** permet de travailler en indépendant tout en restant salarié, avec une protection sociale complète.', 60);
    expect(snippet).toBe('Le portage salarial permet de travailler en indépendant…');
  });
});
