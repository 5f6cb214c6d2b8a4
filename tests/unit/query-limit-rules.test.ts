import { buildSchema, getIntrospectionQuery, parse, validate, specifiedRules } from 'graphql';
import { INTROSPECTION_LIMITS, queryLimitRules } from '../../src/graphql/limits/query-limit-rules';
import { operationCost } from '../../src/graphql/limits/operation-cost';

const schema = buildSchema(`
  type Query { person(id: ID): Person people(first: Int): [Person] }
  type Person { id: ID name: String friends(first: Int): [Person] best: Person }
`);
const limits = { maxDepth: 5, maxAliases: 3, maxDirectives: 4 };
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

  it('accept the full introspection query with every option, whatever the depth limit', () => {
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expect(errorsOf(full)).toEqual([]);
    expect(errorsOf(getIntrospectionQuery())).toEqual([]);
    expect(INTROSPECTION_LIMITS.depth).toBeGreaterThan(limits.maxDepth);
  });

  it('exempt only fields named __schema / __type: an alias or a fragment called __schema counts as usual', () => {
    const deep = 'best { best { best { best { best { id } } } } }';
    expect(errorsOf(`{ __schema: person { ${deep} } }`)).toEqual([['query depth 7 exceeds the limit of 5', 'QUERY_TOO_COMPLEX']]);
    expect(errorsOf(`{ person { ...__schema } } fragment __schema on Person { ${deep} }`)).toEqual([['query depth 7 exceeds the limit of 5', 'QUERY_TOO_COMPLEX']]);
    // An introspection field next to data does not lift the limit of the data.
    expect(errorsOf(`{ __schema { queryType { name } } person { ${deep} } }`)).toEqual([['query depth 7 exceeds the limit of 5', 'QUERY_TOO_COMPLEX']]);
  });

  it('cap introspection: an ofType chain deeper than the standard query, lists nested under lists, __schema aliased many times', () => {
    let chain = 'name';
    for (let level = 0; level < INTROSPECTION_LIMITS.depth; level += 1) chain = `ofType { ${chain} }`;
    expect(errorsOf(`{ __type(name: "Person") { ${chain} } }`)).toEqual([
      [`introspection depth ${INTROSPECTION_LIMITS.depth + 2} exceeds the limit of ${INTROSPECTION_LIMITS.depth} (that of the standard introspection query)`, 'QUERY_TOO_COMPLEX'],
    ]);
    // graphql-js's own MaxIntrospectionDepthRule (a specified rule since 16.9) refuses this too; ours holds without it.
    expect(errorsOf('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }')).toContainEqual([
      `introspection nests 4 lists, over the limit of ${INTROSPECTION_LIMITS.lists} (that of the standard introspection query)`,
      'QUERY_TOO_COMPLEX',
    ]);
    // Through a fragment, too.
    expect(errorsOf('{ __schema { types { ...T } } } fragment T on __Type { fields { type { fields { type { fields { name } } } } } }')[0]).toEqual([
      expect.stringMatching(/^introspection nests 4 lists/),
      'QUERY_TOO_COMPLEX',
    ]);
    const six = Array.from({ length: 6 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    const manyAliases = validate(schema, parse(`{ ${six} }`), [...specifiedRules, ...queryLimitRules({ ...limits, maxAliases: 30 })]);
    expect(manyAliases.map((error) => [error.message, error.extensions.code])).toEqual([['more than 5 __schema / __type fields in one operation', 'QUERY_TOO_COMPLEX']]);
    // A tool's own small questions pass.
    expect(errorsOf('{ __type(name: "Person") { fields { name type { name kind ofType { name } } } } }')).toEqual([]);
  });
});

describe('operation cost (graphql-query-complexity with the project weights)', () => {
  const costSchema = buildSchema(`
    type Query { people(first: Int = 20): [Person] person(id: ID): Person network(limit: Int = 200): [Person] }
    type Person { id: ID name: String friends(first: Int = 10): [Person] best: Person }
  `);
  const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(costSchema, parse(query), variables);

  it('weigh fields by the page sizes above them, written inline', () => {
    expect(cost('{ people(first: 100) { friends(first: 100) { id } } }')).toEqual({ cost: 10101 });
  });

  it('count variables as they are sent, and their defaults', () => {
    const query = 'query($n: Int!) { people(first: $n) { friends(first: $n) { friends(first: $n) { id } } } }';
    expect(cost(query, { n: 100 })).toEqual({ cost: 1010101 });
    expect(cost('query($n: Int = 100) { people(first: $n) { friends(first: $n) { id } } }')).toEqual({ cost: 10101 });
  });

  it("count the schema's default page sizes", () => {
    // people 20 x (1 + friends 10 x (1 + id 1))
    expect(cost('{ people { friends { id } } }')).toEqual({ cost: 1 + 20 * (1 + 10 * 1) });
    expect(cost('{ network { id } }')).toEqual({ cost: 201 });
  });

  it('expand named and inline fragments', () => {
    expect(cost('{ people(first: 100) { ...F } } fragment F on Person { friends(first: 100) { id } }')).toEqual({ cost: 10101 });
    expect(cost('{ people(first: 100) { ... on Person { friends(first: 100) { id } } } }')).toEqual({ cost: 10101 });
  });

  it('count a page over its maximum at the maximum, and report it (refused with BAD_USER_INPUT naming the argument)', () => {
    expect(operationCost(costSchema, parse('{ people(first: 99999999) { id } }'), {}, undefined, { first: 100 })).toEqual({
      cost: 101,
      overCap: { field: 'people', argument: 'first', value: 99999999, max: 100 },
    });
    expect(operationCost(costSchema, parse('query($l: Int) { network(limit: $l) { id } }'), { l: 5001 }, undefined, { limit: 5000 })).toEqual({
      cost: 5001,
      overCap: { field: 'network', argument: 'limit', value: 5001, max: 5000 },
    });
    expect(cost('{ people(first: 99999999) { id } }')).toEqual({ cost: 99999999 + 1 });
  });

  it('leave out what @skip / @include leave out', () => {
    expect(cost('query($no: Boolean!) { people(first: 100) { friends(first: 100) @include(if: $no) { id } id } }', { no: false })).toEqual({ cost: 101 });
  });

  it('report variables that do not coerce, and refuse fragment fan-out', () => {
    expect(cost('query($n: Int!) { people(first: $n) { id } }', { n: 'many' })).toEqual({ invalidVariables: expect.anything() });
    const fragments = Array.from({ length: 30 }, (_, level) => `fragment F${level} on Person { best { ...F${level + 1} } friends { ...F${level + 1} } }`).join('\n');
    expect(cost(`{ person { ...F0 } } ${fragments} fragment F30 on Person { id }`)).toEqual({ tooManyNodes: true });
  });
});
