import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { answerSnippet } from '../../src/channels/teams/searchCards';
import { elementsOf, fixtureAnswerer, type Card } from '../bot/support/conversation';
import { groupChat, invokeResponseOf, personalChat, teamsChat } from './support/teamsChat';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});

interface ResultAttachment {
  contentType: string;
  content: Card;
  preview: { contentType: string; content: { title: string; text: string; tap?: unknown } };
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

/** Results are named by their title; the fixture's titles are unique. */
const titlesOf = (response: ExtensionResponse) => (response.composeExtension.attachments ?? []).map((a) => a.preview.content.title);

describe('When a Teams user searches the FAQ from the compose box', () => {
  test('the best entries are listed, each with its title and the start of its answer', async () => {
    const response = await search('pommes');

    expect(response.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(titlesOf(response)[0]).toBe('Les pommes');
    const [first] = response.composeExtension.attachments!;
    expect(first.preview.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(first.preview.content.title).toBe('Les pommes');
    expect(first.preview.content.text).toBe('La pomme est le fruit du pommier. elle se conserve longtemps ; elle se mange crue ou cuite.');
  });

  test('choosing a result inserts its Adaptive Card 1.5 with the answer and its source, and no button that talks to the bot', async () => {
    const [first] = (await search('pommes')).composeExtension.attachments!;
    expect(first.preview.content.tap).toBeUndefined(); // the card itself is inserted, no second round trip

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
    const titles = titlesOf(await search(null));
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toContain('Les pommes');
    expect(titles).toContain('Les carottes');
  });

  test('small talk is never offered as a card to insert', async () => {
    expect(titlesOf(await search('bonjour'))).not.toContain('Bonjour');
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

describe('When a search result shows the start of a long answer', () => {
  test('it is cut at a word and ends with an ellipsis', () => {
    const snippet = answerSnippet('Le **portage salarial** permet de travailler en indépendant tout en restant salarié, avec une protection sociale complète.', 60);
    expect(snippet).toBe('Le portage salarial permet de travailler en indépendant…');
  });
});

describe('When the inserted card is posted', () => {
  test('the bot does not take the shared card for a question, in a one-to-one chat as in a channel', async () => {
    const [result] = (await search('pommes')).composeExtension.attachments!;
    const shared = { type: 'message', text: '<span class="inline-compose-card" itemid="0"> </span>', attachments: [{ contentType: result.contentType, content: result.content }] };

    expect(await teamsChat(answerer).send(personalChat, shared)).toEqual([]);
    expect(await teamsChat(answerer).send(groupChat, shared)).toEqual([]);
  });

  test('a card with words of the person is still read as their message', async () => {
    const [result] = (await search('pommes')).composeExtension.attachments!;
    const replies = await teamsChat(answerer).send(personalChat, {
      type: 'message',
      text: 'parle-moi des poires',
      attachments: [{ contentType: result.contentType, content: result.content }],
    });
    expect(replies.length).toBeGreaterThan(0);
  });
});
