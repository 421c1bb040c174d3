import { describe, expect, test } from 'vitest';
import { toAskResponse } from '../../src/answering/askResponse';
import { askResponseJson } from '../../src/server/askRoute';
import { realAnswerer } from '../helpers/knowledge';

const questions = [
  "c'est quoi le portage salarial ?",
  'combien gagne un dev back end',
  'portage',
  'quels langages utilise un developpeur backend et quel statut pour un salarie porte ?',
  'zzzz qwerty',
  'bonjour',
];

describe('When /api/ask serialises a decision from cached pieces', () => {
  test.each(questions)('the body is exactly what serialising the response object gives: %s', async (question) => {
    const answerer = await realAnswerer();
    for (let round = 0; round < 2; round++) {
      const decision = answerer.ask(question, { top: 3 });
      const response = toAskResponse(decision);
      if (decision.kind !== 'answer') response.answers = [];
      expect(JSON.parse(askResponseJson(decision))).toEqual({ decision: decision.kind, ...response });
    }
  });
});
