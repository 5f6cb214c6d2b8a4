import { buildLuceneQuery, escapeLuceneTerm } from '../../../src/db/lucene-query';

describe('escapeLuceneTerm', () => {
  it.each(['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'])('escapes %s', (char) => {
    expect(escapeLuceneTerm(`a${char}b`)).toBe(`a\\${char}b`);
  });

  it('escapes && and || character by character', () => {
    expect(escapeLuceneTerm('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
  });

  it.each(['AND', 'OR', 'NOT', 'TO'])('neutralises the operator word %s by lower-casing it', (word) => {
    expect(escapeLuceneTerm(word)).toBe(word.toLowerCase());
  });

  it('leaves plain words alone', () => {
    expect(escapeLuceneTerm('graph')).toBe('graph');
    expect(escapeLuceneTerm('Android')).toBe('Android');
  });
});

/** Every character the Lucene query parser gives meaning to, unescaped. */
function unescapedSyntax(query: string): string[] {
  // Drop escaped characters, then the syntax this builder itself emits: "(", ")", "*" after a word, " OR ".
  const own = query
    .replace(/\\./g, 'x')
    .replace(/\((\S+) OR \1\*\)/g, '')
    .replace(/ OR /g, '');
  return own.match(/[+\-&|!(){}[\]^"~*?:\\/]|\b(AND|OR|NOT|TO)\b/g) ?? [];
}

describe('buildLuceneQuery', () => {
  it('matches each word as itself or as a prefix, any word, lower-cased and without accents', () => {
    expect(buildLuceneQuery('Graph Ångström')).toBe('(graph OR graph*) OR (angstrom OR angstrom*)');
  });

  it('cuts words the way the analyzer does and drops repeats', () => {
    expect(buildLuceneQuery('graph-neural  graph')).toBe('(graph OR graph*) OR (neural OR neural*)');
  });

  it.each(['', '   ', '*', '*:*', '?', '()', '"', '\\', '&& ||', '---', '[* *]', ')))((('])('answers null for %j (nothing searchable)', (text) => {
    expect(buildLuceneQuery(text)).toBeNull();
  });

  it.each(['name:Alice OR id:*', 'title:graph~2 AND abstract:"x"', 'graph^10 NOT neural', '{a TO z} [b TO c]', '-graph +neural !deep', 'a\\b/c/', 'AND OR NOT'])(
    'lets no syntax through for %j',
    (text) => {
      const query = buildLuceneQuery(text);
      expect(query).not.toBeNull();
      expect(unescapedSyntax(query!)).toEqual([]);
    },
  );

  it('turns operator words into plain terms', () => {
    expect(buildLuceneQuery('cats AND dogs')).toBe('(cats OR cats*) OR (and OR and*) OR (dogs OR dogs*)');
  });

  it('cuts very long input', () => {
    const query = buildLuceneQuery('word '.repeat(1000))!;
    expect(query).toBe('(word OR word*)');
    expect(buildLuceneQuery(`${'x'.repeat(300)}`)!.length).toBeLessThan(420);
  });
});
