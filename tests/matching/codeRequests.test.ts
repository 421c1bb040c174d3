import { describe, expect, test } from 'vitest';
import { asksToWriteCode } from '../../src/matching/codeRequests';

describe('asksToWriteCode: a request that the bot write code (round 42)', () => {
  test.each([
    ["Tu peux m'écrire une fonction JavaScript qui additionne deux nombres ?"],
    ['Écris-moi un petit script Bash pour sauvegarder un dossier'],
    ['écris moi une API en Go stp'],
    ['Pouvez-vous me générer une requête SQL ?'],
    ['write me a Java class for a bank account'],
    ['Can you write a regex for emails?'],
  ])('"%s" asks for code', (question) => {
    expect(asksToWriteCode(question)).toBe(true);
  });

  test.each([
    ['Le dev back écrit le code du serveur ?'],
    ['Il faut savoir coder une API REST ?'],
    ['My manager asked me to write a job description for a back-end developer'],
    ['Pouvez-vous me donner un exemple de missions ?'],
    ["Qui code l'espace d'administration d'un site ?"],
  ])('"%s" does not', (question) => {
    expect(asksToWriteCode(question)).toBe(false);
  });
});
