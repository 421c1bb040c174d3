import { describe, expect, test } from 'vitest';
import { parseYamlFile } from '../../src/knowledge/parseYamlFile';

const issuesOf = (text: string) => {
  const result = parseYamlFile('kb/faq.yaml', text);
  return result.ok ? [] : result.issues;
};

describe('When a YAML file does not parse', () => {
  test.each([
    ['a badly indented key', 'entries:\n  - id: a\n   questions: [x]', 3, 1,
      'Sequence item without - indicator (check indentation, colons and quotes)',
      'erreur de syntaxe YAML (Sequence item without - indicator) : vérifiez l’indentation (des espaces, pas de tabulation), les deux-points et les guillemets'],
    ['a tab used to indent', '\t- a', 1, 1,
      'a tab is used for indentation: YAML accepts only spaces; replace the tab with spaces',
      'erreur de syntaxe YAML : une tabulation sert d’indentation : YAML n’accepte que des espaces ; remplacez la tabulation par des espaces'],
    ['an unclosed list (where it opens)', 'a: [1, 2\nb: 3', 1, 4,
      'a list opened here with [ (or {) is never closed: add the closing ] (or }) at the end of the list',
      'erreur de syntaxe YAML : une liste ouverte ici par [ (ou {) n’est jamais fermée : ajoutez le ] (ou }) fermant à la fin de la liste'],
    ['a key written twice', 'a: 1\na: 2', 2, 1,
      'the same key is written twice in one entry: keep only one',
      'erreur de syntaxe YAML : la même clé est écrite deux fois dans une entrée : n’en gardez qu’une'],
  ])('%s is reported at its line and column, in one line, in English and French', (_name, text, line, column, message, messageFr) => {
    expect(issuesOf(text)).toEqual([{ file: 'kb/faq.yaml', line, column, message: `YAML syntax error: ${message}`, messageFr }]);
  });

  test.each([
    ['double', '"'],
    ['single', "'"],
  ])('an unclosed %s quote is reported where it opens, not where the file ends', (_kind, quote) => {
    expect(issuesOf(`entries:\n  - id: ${quote}a\n    questions: [x]\n    answer: b\n`)).toEqual([
      {
        file: 'kb/faq.yaml', line: 2, column: 9, message: 'YAML syntax error: a quote opened here is never closed: add the closing quote at the end of the text',
        messageFr: 'erreur de syntaxe YAML : un guillemet ouvert ici n’est jamais fermé : ajoutez le guillemet fermant à la fin du texte',
      },
    ]);
  });

  test('a file that holds nothing (empty, ~ or null) is empty', () => {
    for (const text of ['', '~', 'null', '# commentaire']) {
      expect(issuesOf(text), text).toEqual([{ file: 'kb/faq.yaml', line: 1, message: 'the file is empty: it needs at least an `entries:` list', messageFr: 'le fichier est vide : il lui faut au moins une liste `entries:`' }]);
    }
  });

  test('a parsed file keeps its data and its display name', () => {
    const result = parseYamlFile('kb/faq.yaml', 'entries: []');
    expect(result.ok && result.parsed.data).toEqual({ entries: [] });
    expect(result.ok && result.parsed.file).toBe('kb/faq.yaml');
  });
});
