import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { queryLimitRules } from '../../src/graphql/limits/query-limit-rules';

const schema = buildSchema(`
  type Query { person(id: ID): Person people(first: Int): [Person] }
  type Person { id: ID name: String friends(first: Int): [Person] best: Person }
`);
const limits = { maxDepth: 5, maxAliases: 3, maxCost: 500, maxDirectives: 4 };
const errorsOf = (query: string) => validate(schema, parse(query), [...specifiedRules, ...queryLimitRules(limits)]).map((error) => [error.message, error.extensions.code]);

describe('query limit rules', () => {
  it('accept an ordinary query', () => {
    expect(errorsOf('{ person(id: 1) { name friends(first: 5) { name } } }')).toEqual([]);
  });

  it('refuse depth beyond the limit, through fragments too', () => {
    expect(errorsOf('{ person { best { best { best { best { best { id } } } } } } }')).toEqual([['query depth 7 exceeds the limit of 5', 'QUERY_TOO_COMPLEX']]);
    expect(errorsOf('{ person { ...A } } fragment A on Person { best { best { best { best { best { id } } } } } }')).toEqual([
      ['query depth 7 exceeds the limit of 5', 'QUERY_TOO_COMPLEX'],
    ]);
  });

  it('refuse too many aliases, once', () => {
    expect(errorsOf('{ a: person { id } b: person { id } c: person { id } d: person { id } e: person { id } }')).toEqual([
      ['more than 3 aliases in one document', 'QUERY_TOO_COMPLEX'],
    ]);
  });

  it('weigh fields by the page sizes above them', () => {
    expect(errorsOf('{ people(first: 100) { friends(first: 100) { id } } }')).toEqual([
      ['query cost 10101 exceeds the limit of 500: ask for smaller pages or fewer nested fields', 'QUERY_TOO_COMPLEX'],
    ]);
  });

  it('count a field repeated thousands of times', () => {
    const repeated = `{ person { ${'name '.repeat(2000)} } }`;
    // graphql-js itself also gives up on such documents ("Validation aborted."); ours comes first.
    expect(errorsOf(repeated)[0]).toEqual(['query cost 2001 exceeds the limit of 500: ask for smaller pages or fewer nested fields', 'QUERY_TOO_COMPLEX']);
  });

  it('refuse many directives', () => {
    expect(errorsOf('{ person { id @include(if: true) name @include(if: true) best @skip(if: false) { id @skip(if: false) name @skip(if: false) } } }')).toEqual([
      ['more than 4 directives in one document', 'QUERY_TOO_COMPLEX'],
    ]);
  });

  it('expand each fragment once: a 30-level fan-out is measured in well under a second', () => {
    const fragments = Array.from({ length: 30 }, (_, level) => `fragment F${level} on Person { best { ...F${level + 1} } friends { ...F${level + 1} } }`).join('\n');
    const query = `{ person { ...F0 } } ${fragments} fragment F30 on Person { id }`;
    const started = Date.now();
    const errors = errorsOf(query);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(errors[0]).toEqual([expect.stringMatching(/^query depth \d+ exceeds the limit of 5$/), 'QUERY_TOO_COMPLEX']);
  });

  it('survive cyclic fragments (graphql-js reports the cycle)', () => {
    const errors = errorsOf('{ person { ...A } } fragment A on Person { best { ...B } } fragment B on Person { best { ...A } }');
    expect(errors.map(([message]) => message)).toContain('Cannot spread fragment "A" within itself via "B".');
  });
});
