import { describe, expect, test } from 'vitest';
import { focusSegments, sentenceAsks, splitSentences } from '../../src/matching/questionFocus';

const options = { contextFocus: 0.2 };

describe('When a message is split into sentences', () => {
  test('question marks, full stops and line breaks end sentences, and "..." or "?!" count once', () => {
    expect(splitSentences('Bonjour ! Je suis en terminale... Quelles études ?! Merci')).toEqual(['Bonjour !', 'Je suis en terminale...', 'Quelles études ?!', 'Merci']);
  });

  test('a sentence of emoji or punctuation only is not a sentence', () => {
    expect(splitSentences('Merci 🙏. 😅 ? Et la suite ?')).toEqual(['Merci 🙏.', 'Et la suite ?']);
  });
});

describe('When a sentence is read for whether it asks', () => {
  test.each([
    ['a question mark', "C'est vrai ?"],
    ['an interrogative opening', 'Quelles études faut-il faire'],
    ['an inversion', 'Faut-il un diplôme'],
    ['a framing verb', "Je voudrais savoir quelles tâches on confie à un développeur back end."],
    ['a request to explain', "Vous pouvez m'expliquer le portage salarial simplement."],
    ['an English question', 'What does a back end developer do'],
    ['a greeting before the question', 'Bonjour, comment trouver des clients'],
  ])('%s asks', (_kind, sentence) => {
    expect(sentenceAsks(sentence)).toBe(true);
  });

  test.each([
    ['a self-introduction', 'Je suis en reconversion après dix ans dans la logistique.'],
    ['context about someone else', 'Mon neveu est développeur back end dans une start-up.'],
    ['a greeting', 'Bonjour !'],
  ])('%s does not ask', (_kind, sentence) => {
    expect(sentenceAsks(sentence)).toBe(false);
  });
});

describe('When a long message is weighed', () => {
  test('the sentence that asks counts fully and the context around it little', () => {
    const segments = focusSegments('Bonjour, je suis en terminale. Je code un peu en Python. Quelle formation choisir ?', options);
    expect(segments.map((s) => s.focus)).toEqual([0.2, 0.2, 1]);
  });

  test('a message whose sentences all ask, or none does, is read as a whole', () => {
    expect(focusSegments('Quelles études ? Et quel salaire ?', options).map((s) => s.focus)).toEqual([1, 1]);
    expect(focusSegments('Je suis dev back. Je veux passer en portage.', options).map((s) => s.focus)).toEqual([1, 1]);
  });

  test('a one-sentence message is one segment', () => {
    expect(focusSegments('missions dev back', options)).toEqual([{ text: 'missions dev back', focus: 1, asks: false }]);
  });
});
