import { describe, expect, test } from 'vitest';
import { afterFramedQuel, asksForANoun, focusSegments, leansOnContext, sentenceAsks, splitSentences, withoutSelfIntroductions } from '../../src/matching/questionFocus';

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
    ['a spoken opening before the question', 'Côté technique, quelles compétences faut-il'],
    ['an elided framing verb', "J'aimerais savoir ce que fait un développeur back end."],
    ['a framing verb with an adverb', "Je voudrais bien comprendre le portage salarial."],
    ['a past-tense wondering', 'Je me demandais si le portage était fait pour moi.'],
    ['"ma question c\'est"', "Du coup ma question c'est : le portage, c'est pour moi"],
    ['a polite request', "Merci de m'expliquer le portage salarial."],
    ['an English wondering', 'I was wondering whether umbrella employment suits me.'],
  ])('%s asks', (_kind, sentence) => {
    expect(sentenceAsks(sentence)).toBe(true);
  });

  test.each([
    ['a self-introduction', 'Je suis en reconversion après dix ans dans la logistique.'],
    ['context about someone else', 'Mon neveu est développeur back end dans une start-up.'],
    ['a greeting', 'Bonjour !'],
    // "côté techni|que": a spoken opening runs into a word ending in "que", which is no interrogative.
    ['a spoken opening before a word ending in "que"', "Côté technique je sais évaluer, mais côté savoir-être je suis moins à l'aise."],
    ['"en" before a word ending in "que"', "En pratique je débute dans le métier."],
    ['a need that is no question', "J'ai besoin d'un peu de temps pour me décider."],
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

describe('When the shape of a sentence is read (no question mark)', () => {
  test.each([
    ...['Et comment on fait', 'Mais pourquoi', 'Du coup, combien', 'Côté salaire, quel montant', 'En portage, qui paie', 'Concrètement quand', 'Bref laquelle', 'Perso lesquelles'],
    ...['Peut-on cumuler', 'peut on cumuler', 'Peux-tu aider', 'Pouvez-vous aider', 'Puis-je venir', 'Faut-il un bac', 'Dois-je payer', 'Doit-on payer', 'Y a-t-il un stage'],
    ...['A-t-on le droit', 'Suis-je salarié', 'Serais-je payé', 'Ai-je le droit', "C'est quoi le portage", 'c koi le portage', 'ckoi', 'Est-ce possible', 'Que faire', 'Où aller', 'Quand partir'],
    ...['What is it', 'How much', 'Why not', 'Who pays', 'Which one', 'Is it ok', 'Can I', 'Does it', 'Should I', 'Am I'],
  ])('"%s" asks by its opening', (sentence) => {
    expect(sentenceAsks(sentence)).toBe(true);
  });

  test.each([
    'Je voudrais savoir le prix',
    'Je souhaiterais comprendre le métier',
    'Je cherche à connaître le métier',
    'Je voulais avoir des infos',
    "Vous pouvez m'expliquer le portage",
    'Vous pourriez m’expliquer le portage',
    'Pourriez-vous me dire le prix',
    'Tu peux me résumer le métier',
    'Peux-tu m’aider',
    'Dites-moi tout',
    'Explique-moi le portage',
    'Je me demande si le portage convient',
    "I'd like to know the price",
    'I wonder whether it works',
    'Please tell me more',
    'Salut, comment ça marche',
    '« Comment » faire',
  ])('"%s" asks by its framing', (sentence) => {
    expect(sentenceAsks(sentence)).toBe(true);
  });

  test.each(['Je suis développeur.', 'Quelque chose a changé', 'Quiconque peut venir', 'Commentaire reçu', 'Whatever', 'Ouvert le lundi', 'Merci beaucoup', 'Mon métier me plaît', 'Bonjour, je suis là'])(
    '"%s" does not ask',
    (sentence) => {
      expect(sentenceAsks(sentence)).toBe(false);
    },
  );
});

describe('When a message is cut into sentences (more)', () => {
  test('a dot inside a name is not the end of a sentence', () => {
    expect(splitSentences('Je code en Node.js et Vue.js. Quel TJM ?')).toEqual(['Je code en Node.js et Vue.js.', 'Quel TJM ?']);
  });

  test('a decimal point is not the end of a sentence', () => {
    expect(splitSentences('Le taux est de 3.5 % par mois. Est-ce beaucoup ?')).toEqual(['Le taux est de 3.5 % par mois.', 'Est-ce beaucoup ?']);
  });

  test('a colon ends a self-introduction before a question, not a question before its options, nor a time', () => {
    expect(splitSentences('Je tiens un blog et je cite mes sources : de quand date la fiche ?')).toEqual(['Je tiens un blog et je cite mes sources :', 'de quand date la fiche ?']);
    expect(splitSentences('Quel contrat signe le salarié porté : CDD ou CDI ?')).toEqual(['Quel contrat signe le salarié porté : CDD ou CDI ?']);
    expect(splitSentences('Le rendez-vous est à 10:30 demain')).toEqual(['Le rendez-vous est à 10:30 demain']);
    // Round 44: options after a colon, even when the clause before it does not open on its question word.
    expect(splitSentences('Si je passe en portage, qui fixe mes honoraires : moi ou la société de portage ?')).toEqual([
      'Si je passe en portage, qui fixe mes honoraires : moi ou la société de portage ?',
    ]);
    expect(focusSegments('Je tiens un blog : de quand date la fiche ?', options).map((segment) => segment.focus)).toEqual([0.2, 1]);
  });

  test('a semicolon and a line break end sentences; an empty message has none', () => {
    expect(splitSentences('Un point ; un autre\net un dernier')).toEqual(['Un point ;', 'un autre', 'et un dernier']);
    expect(splitSentences('')).toEqual([]);
  });

  test('an empty message, or one sentence, is one segment that asks only if its sentence asks', () => {
    expect(focusSegments('', options)).toEqual([{ text: '', focus: 1, asks: false }]);
    expect(focusSegments('Bonjour !', options)).toEqual([{ text: 'Bonjour !', focus: 1, asks: false }]);
    expect(focusSegments('Quoi ?', options)).toEqual([{ text: 'Quoi ?', focus: 1, asks: true }]);
  });

  test('each segment says whether it asks', () => {
    expect(focusSegments('Je suis en terminale. Quelles études ?', options)).toEqual([
      { text: 'Je suis en terminale.', focus: 0.2, asks: false },
      { text: 'Quelles études ?', focus: 1, asks: true },
    ]);
  });
});

describe('A sentence saying what the asker does not know asks it (round 43)', () => {
  test('"…mais je ne sais pas quelles qualités privilégier. Vous avez des pistes ?": both sentences ask', () => {
    const segments = focusSegments(
      "On cherche quelqu'un pour gérer nos serveurs, mais je ne sais pas quelles qualités privilégier. Vous avez des pistes ?",
      { contextFocus: 0.2 },
    );
    expect(segments.map((s) => s.asks)).toEqual([true, true]);
  });

  test('"je ne sais pas si…" is a hesitation, not a question', () => {
    expect(sentenceAsks("Je ne sais pas si c'est une bonne voie.")).toBe(false);
  });
});

describe('When a question says "ça" for what its context said', () => {
  test.each([
    ['Avec le portage salarial, est-ce que je garde tout ça ?'],
    ['Je ne comprends pas bien le dernier, vous pouvez expliquer ?'],
    ['Is this common?'],
    // Round 39: "ce" as the subject of "est-ce intéressant" is what the context said (here, portage).
    ["En quoi est-ce intéressant pour quelqu'un qui exerce mon métier ?"],
    ['Est-ce vraiment rentable pour un dev back ?'],
  ])('"%s" cannot be read without its context', (sentence) => {
    expect(leansOnContext(sentence)).toBe(true);
  });

  test.each([['Quelles études pour ce métier ?'], ["C'est une tendance générale dans ce métier ?"], ['Comment devenir développeur back end ?'], ["Est-ce utile d'apprendre Go ?"], ['Est-ce que le portage est intéressant ?']])(
    '"%s" names what it asks about (a demonstrative keeps its noun)',
    (sentence) => {
      expect(leansOnContext(sentence)).toBe(false);
    },
  );
});

describe('When a question only asks whether the sentence before it is true', () => {
  test.each([["C'est vrai ?"], ["C'est bien ça ?"], ['Is that right?'], ['Vraiment ?']])('"%s" gives that sentence the focus of a question', (confirmation) => {
    const segments = focusSegments(`Je suis graphiste. Un collègue dit que le back ne touche pas au design. ${confirmation}`, { contextFocus: 0.2 });
    expect(segments.map((s) => s.focus)).toEqual([0.2, 1, 1]);
  });

  test.each([["C'est une tendance générale dans ce métier ?"], ["C'est normal ?"], ["C'est courant chez les devs ?"], ['Is that common?'], ["C'est une tendance réelle ou juste mon impression ?"]])(
    '"%s" (is it common?) asks that sentence too',
    (confirmation) => {
      const segments = focusSegments(`Je suis en école d'info. Tous les devs back que je croise sont à leur compte. ${confirmation}`, { contextFocus: 0.2 });
      expect(segments.map((s) => s.focus)).toEqual([0.2, 1, 1]);
    },
  );

  test('a question of its own leaves the sentence before it as context', () => {
    const segments = focusSegments('Un collègue dit que le back ne touche pas au design. Quelles études faut-il ?', { contextFocus: 0.2 });
    expect(segments.map((s) => s.focus)).toEqual([0.2, 1]);
  });
});

describe('asksForANoun', () => {
  test.each(['Quelles missions pour un dev back ?', 'Bonjour, quels traits de personnalité chercher ?', 'et quel statut ?', 'Which skills matter most?', 'what degree do I need?'])(
    '"%s" names what it asks for after its interrogative',
    (sentence) => {
      expect(asksForANoun(sentence)).toBe(true);
    },
  );

  test.each(['Comment devenir développeur back end ?', 'What does a backend developer do?', "Qu'est-ce que le portage ?", 'Je voudrais savoir quel statut choisir'])(
    '"%s" does not',
    (sentence) => {
      expect(asksForANoun(sentence)).toBe(false);
    },
  );
});

describe('afterFramedQuel', () => {
  test('reads what follows "quel(le)s" after a framing verb inside a sentence', () => {
    expect(afterFramedQuel("Avant de rédiger l'annonce, je voudrais savoir quelles tâches on confie.")).toBe(' taches on confie.');
    expect(afterFramedQuel('Je ne sais pas quels langages apprendre')).toBe(' langages apprendre');
  });

  test('not after a preposition, nor without an interrogative', () => {
    expect(afterFramedQuel('Sur quelle fiche tu te bases pour répondre ?')).toBeUndefined();
    expect(afterFramedQuel('Je voudrais savoir comment devenir développeur')).toBeUndefined();
  });
});

describe('withoutSelfIntroductions: who is writing, taken off what is asked', () => {
  test.each([
    ['Boulangère de 40 ans, je voudrais savoir quelles études faire ?', 'je voudrais savoir quelles etudes faire ?'],
    ['Bonjour, en tant que comptable, je me demande si le portage existe ?', 'je me demande si le portage existe ?'],
    ["Hi, as a nurse in my forties, I'd like to know which studies.", "i'd like to know which studies."],
    ['Je suis pharmacien et je voudrais devenir dev back.', 'je voudrais devenir dev back.'],
  ])('"%s" asks "%s"', (message, asked) => {
    expect(withoutSelfIntroductions(message)).toBe(asked);
  });

  test.each([
    ['À 50 ans, je peux devenir dev back ?'],
    ['Si je passe en portage, je garde mon CDI ?'],
    ['Pour les études, je dois faire quoi ?'],
    ['Quelles études pour devenir dev back ?'],
  ])('"%s" opens on when, if or what, not who', (message) => {
    expect(withoutSelfIntroductions(message)).toBe(message);
  });
});

describe('A question someone will put to the asker, passed on, asks', () => {
  test.each([
    ['On va sûrement me demander quelles qualités comptent dans ce job.'],
    ['Le jury va nous demander comment fonctionne le portage.'],
    ['They will ask me what a back-end developer does.'],
    ['Mon fils me demande quelles études il doit faire.'],
  ])('"%s"', (sentence) => {
    expect(sentenceAsks(sentence)).toBe(true);
  });

  test('telling what someone asked, without an interrogative, does not; nor a question already put, the asker\'s story', () => {
    expect(sentenceAsks('Mon fils me demande souvent de l\'aide.')).toBe(false);
    expect(sentenceAsks("Ma mère me demande ce que je ferai exactement et j'arrive pas à lui expliquer.")).toBe(false);
  });
});
