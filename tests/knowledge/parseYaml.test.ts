import { describe, expect, test } from 'vitest';
import { parseYamlFile } from '../../src/knowledge/parseYamlFile';

const issuesOf = (text: string) => {
  const result = parseYamlFile('kb/faq.yaml', text);
  return result.ok ? [] : result.issues;
};
const hint = ' (check indentation, colons and quotes)';

describe('When a YAML file does not parse', () => {
  test.each([
    ['a badly indented key', 'entries:\n  - id: a\n   questions: [x]', 3, 1, 'Sequence item without - indicator'],
    ['a tab used to indent', '\t- a', 1, 1, 'Tabs are not allowed as indentation'],
    ['an unclosed list', 'a: [1, 2\nb: 3', 2, 1, 'Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['a key written twice', 'a: 1\na: 2', 2, 1, 'Map keys must be unique'],
  ])('%s is reported at its line and column, in one line without yaml\'s own position', (_name, text, line, column, message) => {
    expect(issuesOf(text)).toEqual([{ file: 'kb/faq.yaml', line, column, message: `YAML syntax error: ${message}${hint}` }]);
  });

  test.each([
    ['double', '"'],
    ['single', "'"],
  ])('an unclosed %s quote is reported where it opens, not where the file ends', (_kind, quote) => {
    expect(issuesOf(`entries:\n  - id: ${quote}a\n    questions: [x]\n    answer: b\n`)).toEqual([
      { file: 'kb/faq.yaml', line: 2, column: 9, message: `YAML syntax error: Missing closing ${quote}quote${hint}` },
    ]);
  });

  test('a file that holds nothing (empty, ~ or null) is empty', () => {
    for (const text of ['', '~', 'null', '# commentaire']) {
      expect(issuesOf(text), text).toEqual([{ file: 'kb/faq.yaml', line: 1, message: 'the file is empty: it needs at least an `entries:` list' }]);
    }
  });

  test('a parsed file keeps its data and its display name', () => {
    const result = parseYamlFile('kb/faq.yaml', 'entries: []');
    expect(result.ok && result.parsed.data).toEqual({ entries: [] });
    expect(result.ok && result.parsed.file).toBe('kb/faq.yaml');
  });
});
