import { describe, expect, test } from 'vitest';
import { formatFrenchDate, messages } from '../../src/conversation/messages';
import { answerText, menuText, replyText } from '../../src/conversation/replyText';
import { entry } from '../matching/smallBase';

/** What a text-only channel shows, what a card falls back to, what the hand-off transcript keeps. */
const apples = entry('apples', ['Que savez-vous des pommes ?'], { title: 'Les pommes' });
const pears = entry('pears', ['Que savez-vous des poires ?'], { title: 'Les poires' });

describe('The text of each reply', () => {
  test('the welcome names the themes as a list, the commands, then invites examples', () => {
    expect(replyText({ kind: 'welcome', topics: ['Portage salarial', 'Le métier'], examples: [apples] })).toBe(
      'Bonjour ! Je réponds aux questions fréquentes sur le portage salarial et les fiches métiers, à partir de nos pages publiques.\n\n' +
        'Je peux vous renseigner sur :\n- Portage salarial\n- Le métier\n\n' +
        'Tapez « aide » à tout moment pour voir tous les sujets, ou « recommencer » pour repartir de zéro.\n\n' +
        'Posez votre question avec vos mots, ou essayez l’un de ces exemples :',
    );
  });

  test('a welcome without themes leaves the theme list out (no empty paragraph)', () => {
    expect(messages.welcome([])).toBe(
      'Bonjour ! Je réponds aux questions fréquentes sur le portage salarial et les fiches métiers, à partir de nos pages publiques.\n\n' +
        'Tapez « aide » à tout moment pour voir tous les sujets, ou « recommencer » pour repartir de zéro.\n\n' +
        'Posez votre question avec vos mots, ou essayez l’un de ces exemples :',
    );
  });

  test('an answer is the entry’s trimmed answer, with its source line (linked title, French date) in italics', () => {
    const sourced = entry('sourced', ['Q ?'], {
      answer: '  Le portage salarial est un statut.\n',
      source: { title: 'Fiche portage', updated: '2023-12-20', url: 'https://example.org/portage' },
    });
    expect(replyText({ kind: 'answer', entry: sourced, related: [], feedback: true })).toBe(
      'Le portage salarial est un statut.\n\n*Source : [Fiche portage](https://example.org/portage), mise à jour du 20 décembre 2023*',
    );
  });

  test('an answer without a source is the trimmed answer alone', () => {
    expect(answerText(entry('plain', ['Q ?'], { answer: ' Oui.  ' }))).toBe('Oui.');
  });

  test('a source without date nor address is named as it is', () => {
    expect(messages.sourceLine('Fiche métier')).toBe('*Source : Fiche métier*');
    expect(messages.sourceText('Fiche métier', '2023-12-01')).toBe('Source : Fiche métier, mise à jour du 1er décembre 2023');
  });

  test('"did you mean" quotes the typed text escaped, then lists the candidates’ titles', () => {
    expect(replyText({ kind: 'did-you-mean', typed: '**pomes** <b>', candidates: [apples, pears] })).toBe(
      'Je ne suis pas sûr d’avoir bien compris « \\*\\*pomes\\*\\* &lt;b&gt; ». Vouliez-vous dire…\n- Les pommes\n- Les poires',
    );
  });

  test('a question asking which is best gets the sources\' honest "we do not rank these", then the entries offered', () => {
    expect(replyText({ kind: 'did-you-mean', typed: 'lequel est le meilleur ?', candidates: [apples], judgement: true })).toBe(
      'Mes sources ne comparent pas et ne classent pas ces choix entre eux : je ne peux pas vous dire lequel est le meilleur. Voici ce qu’elles en disent :\n- Les pommes',
    );
  });

  test('"did you mean" without candidates is the sentence alone, with no empty line after it', () => {
    expect(replyText({ kind: 'did-you-mean', typed: 'pomes', candidates: [] })).toBe('Je ne suis pas sûr d’avoir bien compris « pomes ». Vouliez-vous dire…');
  });

  test('"which job?" asks the question, then lists the choices', () => {
    expect(replyText({ kind: 'choose-profile', candidates: [{ ...apples, title: 'Verger bio' }, { ...pears, title: 'Potager' }] })).toBe(
      'Votre question vaut pour plusieurs métiers. Lequel vous intéresse ?\n- Verger bio\n- Potager',
    );
  });

  test('the fallback says honestly it does not know, names the themes and invites examples', () => {
    expect(replyText({ kind: 'fallback', topics: ['Portage salarial'], examples: [] })).toBe(
      'Je ne sais pas répondre à cette question : elle ne figure pas dans les informations dont je dispose.\n\n' +
        'Je peux vous renseigner sur :\n- Portage salarial\n\n' +
        'Vous pouvez reformuler votre question, ou essayer l’un de ces exemples :',
    );
    expect(messages.fallback([])).toBe(
      'Je ne sais pas répondre à cette question : elle ne figure pas dans les informations dont je dispose.\n\n' +
        'Vous pouvez reformuler votre question, ou essayer l’un de ces exemples :',
    );
  });

  test('the menu is its introduction, then a bold heading per theme with the titles a visitor can type back', () => {
    const groups = [
      { theme: 'Vergers', entries: [apples, pears] },
      { theme: 'Besoin d’un humain ?', entries: [entry('smalltalk-human', ['Parler à un conseiller'])] },
    ];
    const expected =
      'Voici tout ce que je peux vous dire, classé par thème. Choisissez un sujet ou posez votre question :\n\n' +
      '**Vergers**\n- Les pommes\n- Les poires\n\n**Besoin d’un humain ?**\n- Parler à un conseiller';
    expect(replyText({ kind: 'menu', groups })).toBe(expected);
    expect(menuText(groups)).toBe(expected);
  });

  test('a message without text, a notice and a hand-off say their own sentence; a decision trace says nothing', () => {
    expect(replyText({ kind: 'empty-message', examples: [apples] })).toBe('Je ne lis que les messages écrits : posez-moi votre question en quelques mots.');
    expect(replyText({ kind: 'notice', about: 'reset', text: messages.reset })).toBe(
      'C’est fait : j’ai oublié notre échange, nous repartons de zéro. Posez-moi votre question !',
    );
    expect(replyText({ kind: 'handoff', text: 'Un conseiller peut prendre le relais.', request: { skill: 'faq-support', reason: 'user-request' }, transcript: [] })).toBe(
      'Un conseiller peut prendre le relais.',
    );
    expect(replyText({ kind: 'decision', trace: { kind: 'fallback', question: 'x', answers: [], suggestions: [] } })).toBe('');
  });
});

describe('Dates under an answer', () => {
  test('are written the French way, the first of the month as "1er"', () => {
    expect(formatFrenchDate('2023-12-20')).toBe('20 décembre 2023');
    expect(formatFrenchDate('2024-03-01')).toBe('1er mars 2024');
  });

  test('only the first day gets "1er": the 11th and the 21st stay as they are', () => {
    expect(formatFrenchDate('2023-12-11')).toBe('11 décembre 2023');
    expect(formatFrenchDate('2023-12-21')).toBe('21 décembre 2023');
  });

  test('an impossible or unreadable date is shown as written rather than rolled over', () => {
    expect(formatFrenchDate('2023-02-31')).toBe('2023-02-31');
    expect(formatFrenchDate('bientôt')).toBe('bientôt');
  });
});
