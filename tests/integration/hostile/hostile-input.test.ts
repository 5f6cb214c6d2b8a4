/**
 * Hostile and malformed input (issue 7), one table. Every case must be answered with a 4xx
 * or a stable error code (never a 500, never a crash), in JSON, and must leave the graph as
 * it was (graphCounts before = after) unless the case says what it stores.
 * The 50 concurrent creations of one ORCID are repeated here (first asserted in
 * tests/integration/api/mutations.test.ts).
 */
import { getIntrospectionQuery } from 'graphql';
import { BibtexInputError } from '../../../src/importers/bibtex/bibtex-input-error';
import { decodeBibtexBytes } from '../../../src/importers/bibtex/decode-bibtex-bytes';
import { parseBibtex } from '../../../src/importers/bibtex/parse-bibtex';
import { ALICE, BOB, CAROL, P1 } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';
import { graphCounts } from '../../support/graph-counts';
import { startTestServer, TestServer } from '../../support/start-test-server';
import { testConfig } from '../../support/test-database';

interface Answer {
  status: number;
  contentType: string;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  text: string;
  ms: number;
}

interface HostileCase {
  name: string;
  send: () => Promise<Answer | Answer[]>;
  /** Allowed HTTP statuses (default: any 2xx/4xx). */
  status?: number[];
  /** Error codes allowed; at least one error is required unless `mayPass`. */
  codes: string[];
  /** The request may also succeed without errors (injection strings, inert text). */
  mayPass?: boolean;
  /** Upper bound on the answer time. */
  maxMs?: number;
  /** Expected change of graphCounts (e.g. {'(:Person)': 1}); default: none. */
  changes?: Record<string, number>;
  /** Extra assertions on the answers. */
  check?: (answers: Answer[]) => void;
}

let fx: FixtureApi;
let production: TestServer;
beforeAll(async () => {
  fx = await startFixtureApi();
  production = await startTestServer(testConfig({ NODE_ENV: 'production' }), fx.db.executor);
});
afterAll(async () => {
  await production?.stop();
  await fx?.close();
});

const AUTH = { authorization: 'Bearer test-key' };
const JSON_TYPE = { 'content-type': 'application/json' };

async function raw(init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array; path?: string; base?: string }): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${init.base ?? fx.api.url}/graphql${init.path ?? ''}`, {
    method: init.method ?? 'POST',
    headers: init.headers ?? JSON_TYPE,
    body: init.body as BodyInit | undefined,
  });
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text);
  } catch {
    // asserted below: every answer is JSON
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body, text, ms: Date.now() - started };
}

const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, base?: string) =>
  raw({ headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify({ query, variables }), base });
const mutate = (query: string, variables: Record<string, unknown> = {}) => gql(query, variables, AUTH);
const prod = (query: string) => gql(query, {}, {}, production.url);

const nested = (levels: number) => {
  let inner = 'name';
  for (let level = 0; level < levels; level += 1) inner = `coauthors(first: 2) { edges { node { ${inner} } } }`;
  return `{ person(id: "${ALICE}") { ${inner} } }`;
};
const fragmentFanOut = (levels: number) => {
  const fragments = ['fragment F0 on Query { __typename }'];
  for (let level = 1; level <= levels; level += 1) fragments.push(`fragment F${level} on Query { ...F${level - 1} ...F${level - 1} }`);
  return `{ ...F${levels} } ${fragments.join(' ')}`;
};

/** The cost of these is over GRAPHQL_MAX_COST (25 000) only once variables, defaults or fragments are counted (issue 15). */
const COST_BY_VARIABLES = 'query($n: Int!) { people(first: $n) { edges { node { coauthors(first: $n) { edges { node { coauthors(first: $n) { totalCount } } } } } } } }';
const COST_BY_DEFAULTS = '{ people(first: 100) { edges { node { coauthors { edges { node { papers { edges { node { title } } } } } } } } } }';
const COST_BY_FRAGMENTS =
  'query($n: Int!) { people(first: $n) { edges { node { ...C } } } } fragment C on Person { coauthors(first: $n) { edges { node { ... on Person { coauthors(first: $n) { totalCount } } } } } }';
const FULL_INTROSPECTION = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
const DEEP_DATA = 'coauthors(first: 2) { edges { node { coauthors(first: 2) { edges { node { coauthors(first: 2) { edges { node { name } } } } } } } } }';

const INJECTIONS = [
  `' OR 1=1 //`,
  `") RETURN n //`,
  `'}) MATCH (n) DETACH DELETE n //`,
  `\\'; MATCH (n) DETACH DELETE n; //`,
  '` MATCH (n) DETACH DELETE n //',
  '$param {id: 1}',
  '*:*',
  'name:* OR title:*',
  'a AND (',
  '"unterminated',
  '/.*/',
  'name:[* TO *]',
  '?*~^99 && || ! \\',
  '',
  'x'.repeat(5000),
];
/** Every string argument of the read API, as (variable type, query using $s). */
const STRING_ARGUMENTS: Array<[string, string]> = [
  ['search', 'query($s: String!) { search(query: $s) { score } }'],
  ['people(search)', 'query($s: String) { people(search: $s) { totalCount edges { node { id } } } }'],
  ['person(name)', 'query($s: String) { person(name: $s) { id } }'],
  ['papers(search)', 'query($s: String) { papers(search: $s) { totalCount } }'],
  ['topics(search)', 'query($s: String) { topics(search: $s) { totalCount } }'],
  ['topic(name)', 'query($s: String) { topic(name: $s) { id } }'],
  ['ids', 'query($s: ID!) { person(id: $s) { id } paper(id: $s) { id } venue(id: $s) { id } institution(id: $s) { id } topic(id: $s) { id } }'],
  ['ids of traversals', 'query($s: ID!) { coauthors(personId: $s) { totalCount } }'],
  ['network id', 'query($s: ID!) { collaborationNetwork(personId: $s) { nodes { id } } }'],
  ['path ids', 'query($s: ID!) { collaborationPath(fromId: $s, toId: $s) { length } }'],
  ['suggestions id', 'query($s: ID!) { suggestedCollaborators(personId: $s) { score } }'],
  ['papers(topicId, venueId)', 'query($s: ID) { papers(topicId: $s, venueId: $s) { totalCount } }'],
  ['after cursors', 'query($s: String) { people(after: $s) { totalCount } papers(after: $s) { totalCount } }'],
];

const injectionCases: HostileCase[] = STRING_ARGUMENTS.map(([argument, query]) => ({
  name: `Cypher and Lucene injection in ${argument}`,
  send: async () => {
    const answers: Answer[] = [];
    for (const s of INJECTIONS) answers.push(await gql(query, { s }));
    return answers;
  },
  status: [200, 400, 404],
  codes: ['BAD_USER_INPUT', 'NOT_FOUND'],
  mayPass: true,
}));

const created = (field: string, expected: string) => (answers: Answer[]) => {
  const value = answers[0].body.data?.[field];
  expect(answers[0].body.errors).toBeUndefined();
  expect(JSON.stringify(value)).toContain(JSON.stringify(expected).slice(1, -1));
};

const CASES: HostileCase[] = [
  // Shape of the query
  { name: 'nesting deeper than the limit', send: () => gql(nested(5)), status: [400], codes: ['QUERY_TOO_COMPLEX'] },
  {
    name: '16+ aliases of an expensive field',
    send: () =>
      gql(`{ ${Array.from({ length: 16 }, (_, i) => `n${i}: collaborationNetwork(personId: "${ALICE}", depth: 3, limit: 1000) { nodes { id } edges { source } }`).join(' ')} }`),
    status: [400],
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: 'thousands of __typename aliases',
    send: () => gql(`{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
    status: [400],
    codes: ['QUERY_TOO_COMPLEX'],
    maxMs: 1000,
  },
  { name: 'a field repeated thousands of times', send: () => gql(`{ ${'people { totalCount } '.repeat(3000)} }`), status: [400], codes: ['QUERY_TOO_COMPLEX'], maxMs: 1000 },
  {
    name: 'a field repeated hundreds of times (quadratic validation)',
    send: () => gql(`{ ${'people { totalCount } '.repeat(400)} }`),
    status: [400],
    codes: ['QUERY_TOO_COMPLEX'],
    maxMs: 500,
  },
  // Cost as the operation will run (issue 15): variables, default page sizes, fragments
  {
    name: 'cost over the limit through variables (n = 100 at three levels)',
    send: async () => [await gql(COST_BY_VARIABLES, { n: 100 }), await gql(COST_BY_VARIABLES.replace('query($n: Int!)', 'query($n: Int = 100)'))],
    status: [400],
    codes: ['QUERY_TOO_COMPLEX'],
    check: (answers) => answers.forEach((answer) => expect(answer.body.errors![0].message).toMatch(/^query cost 1\d{6} exceeds the limit of 25000/)),
  },
  { name: 'cost over the limit through default page sizes', send: () => gql(COST_BY_DEFAULTS), status: [400], codes: ['QUERY_TOO_COMPLEX'] },
  { name: 'cost over the limit through named and inline fragments', send: () => gql(COST_BY_FRAGMENTS, { n: 100 }), status: [400], codes: ['QUERY_TOO_COMPLEX'] },
  {
    name: 'the same operation with small variables runs',
    send: () => gql(COST_BY_VARIABLES, { n: 2 }),
    status: [200],
    codes: [],
    mayPass: true,
    check: (answers) => expect(answers[0].body.data?.people.edges.length).toBeGreaterThan(0),
  },
  // Introspection (issue 14): the standard query passes, nothing else rides on its exemption
  {
    name: "graphql-js's full introspection query (every option)",
    send: () => gql(FULL_INTROSPECTION),
    status: [200],
    codes: [],
    mayPass: true,
    check: (answers) => {
      expect(answers[0].body.errors).toBeUndefined();
      expect(answers[0].body.data!.__schema.types.map((type: { name: string }) => type.name)).toEqual(expect.arrayContaining(['Query', 'Person', 'Paper']));
    },
  },
  {
    name: 'deep data under an alias or a fragment named __schema',
    send: async () => [
      await gql(`{ __schema: person(id: "${ALICE}") { ${DEEP_DATA} } }`),
      await gql(`{ person(id: "${ALICE}") { ...__schema } } fragment __schema on Person { ${DEEP_DATA} }`),
      await gql(`{ __schema { queryType { name } } person(id: "${ALICE}") { ${DEEP_DATA} } }`),
    ],
    status: [400],
    codes: ['QUERY_TOO_COMPLEX'],
    check: (answers) => answers.forEach((answer) => expect(answer.body.errors![0].message).toMatch(/^query depth 11 exceeds the limit of 10/)),
  },
  {
    name: 'introspection beyond the standard query: a deeper ofType chain, lists under lists, __schema aliased 6 times',
    send: async () => [
      await gql(`{ __type(name: "Person") { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } }`),
      await gql('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }'),
      await gql(`{ ${Array.from({ length: 6 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`),
    ],
    status: [400],
    // Lists under lists: graphql-js's own MaxIntrospectionDepthRule answers first (GRAPHQL_VALIDATION_FAILED); ours backs it up.
    codes: ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED'],
    check: ([chain, lists, aliased]) => {
      expect(chain.body.errors![0]).toMatchObject({
        message: 'introspection depth 22 exceeds the limit of 15 (that of the standard introspection query)',
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
      expect(lists.body.errors![0].message).toMatch(/introspection depth exceeded|introspection nests/i);
      expect(aliased.body.errors![0]).toMatchObject({ message: 'more than 5 __schema / __type fields in one operation', extensions: { code: 'QUERY_TOO_COMPLEX' } });
    },
  },
  { name: 'dozens of directives', send: () => gql(`{ ${'... @include(if: true) { __typename } '.repeat(60)} }`), status: [400], codes: ['QUERY_TOO_COMPLEX'] },
  { name: 'cyclic fragments', send: () => gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
  { name: 'fragment fan-out 30 levels deep', send: () => gql(fragmentFanOut(30)), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX'], maxMs: 500 },
  {
    name: 'batched array of operations',
    send: () => raw({ body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) }),
    status: [400],
    codes: ['BAD_REQUEST'],
  },
  { name: 'a 200 KB query', send: () => gql(`{ __typename ${' '.repeat(200 * 1024)}}`), status: [400], codes: ['QUERY_TOO_LARGE'] },
  { name: '10 MB of variables', send: () => gql('query($x: String) { __typename }', { x: 'v'.repeat(10 * 1024 * 1024) }), status: [413], codes: ['PAYLOAD_TOO_LARGE'] },
  // Malformed HTTP
  { name: 'malformed JSON', send: () => raw({ body: '{"query": "{ __typename }",' }), status: [400], codes: ['BAD_REQUEST'] },
  { name: 'JSON that is not an object', send: () => raw({ body: 'null' }), status: [400], codes: ['BAD_REQUEST'] },
  {
    name: 'unsupported charset',
    send: () => raw({ headers: { 'content-type': 'application/json; charset=koi8-r' }, body: '{}' }),
    status: [415],
    codes: ['UNSUPPORTED_MEDIA_TYPE'],
  },
  {
    name: 'a body that claims gzip but is not',
    send: () => raw({ headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: 'not gzip' }),
    status: [400],
    codes: ['BAD_REQUEST'],
  },
  ...([42, { query: '{ __typename }' }, ['{ __typename }'], true] as unknown[]).map<HostileCase>((query) => ({
    name: `query of the wrong type (${Array.isArray(query) ? 'array' : typeof query})`,
    send: () => raw({ body: JSON.stringify({ query }) }),
    status: [400],
    codes: ['BAD_REQUEST'],
  })),
  {
    name: 'text/plain POST without a preflight header (CSRF)',
    send: () => raw({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { deletePaper(id: "x") { id } }' }) }),
    status: [400],
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'GET mutation',
    send: () =>
      raw({ method: 'GET', headers: { 'apollo-require-preflight': 'true', ...AUTH }, path: `?query=${encodeURIComponent(`mutation { deletePaper(id: "${P1}") { id } }`)}` }),
    status: [405],
    codes: ['BAD_REQUEST'],
  },
  // Production mode: no schema details
  {
    name: 'introspection in production',
    send: async () => [await prod('{ __schema { types { name } } }'), await prod('{ __type(name: "Person") { fields { name } } }')],
    status: [400],
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    check: (answers) => answers.forEach((answer) => expect(answer.text).not.toMatch(/"name":"Person"|stacktrace/)),
  },
  {
    name: 'misspelled fields, arguments and enum values in production',
    send: async () => [
      await prod('{ persn(id: "x") { id } }'),
      await prod(`{ person(idd: "x") { nme } }`),
      await prod(`{ collaborationPath(fromId: "a", toId: "b", via: [COAUTHORS]) { length } }`),
    ],
    status: [400],
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    check: (answers) => answers.forEach((answer) => expect(answer.text).not.toMatch(/Did you mean|stacktrace/)),
  },
  // Numbers and ids
  { name: 'oversized integer literal', send: () => gql('{ people(first: 99999999999999999999) { totalCount } }'), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
  { name: 'oversized integer variable', send: () => gql('query($n: Int) { people(first: $n) { totalCount } }', { n: 2 ** 40 }), status: [400], codes: ['BAD_USER_INPUT'] },
  {
    name: 'wrong ID types',
    send: async () => [await gql('{ paper(id: 1.5) { id } }'), await gql('query($id: ID!) { paper(id: $id) { id } }', { id: { $ne: null } })],
    status: [400],
    codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'],
  },
  { name: 'first: 99999999', send: () => gql('{ people(first: 99999999) { totalCount } }'), status: [200, 400], codes: ['BAD_USER_INPUT'] },
  {
    name: 'first: 99999999 as a variable',
    send: () => gql('query($n: Int) { people(first: $n) { totalCount } }', { n: 99999999 }),
    status: [200, 400],
    codes: ['BAD_USER_INPUT'],
  },
  { name: 'first: -1', send: () => gql('{ people(first: -1) { totalCount } }'), status: [200, 400], codes: ['BAD_USER_INPUT'] },
  { name: 'depth: 50', send: () => gql(`{ collaborationNetwork(personId: "${ALICE}", depth: 50) { nodes { id } } }`), status: [200, 400], codes: ['BAD_USER_INPUT'] },
  {
    name: 'maxLength: 1000',
    send: () => gql(`{ collaborationPath(fromId: "${ALICE}", toId: "${BOB}", maxLength: 1000) { length } }`),
    status: [200, 400],
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'limit: 1000000',
    send: () => gql(`{ collaborationNetwork(personId: "${ALICE}", limit: 1000000) { nodes { id } } }`),
    status: [200, 400],
    codes: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'],
  },
  // Injection strings in every string argument
  ...injectionCases,
  // Text through mutations: control characters and lone surrogates refused; markup and RTL stored inert
  {
    name: 'control characters in a name',
    send: () => mutate('mutation($n: String!) { createPerson(input: {name: $n}) { id } }', { n: 'Eve\u0000\u001b[31mBell' }),
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a lone surrogate in a name',
    send: () => mutate('mutation($n: String!) { createPerson(input: {name: $n}) { id } }', { n: 'Eve \uD800 Bell' }),
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'control characters in an abstract',
    send: () => mutate(`mutation($a: String) { createPaper(input: {title: "Ctl", abstract: $a, authors: [{personId: "${BOB}"}]}) { id } }`, { a: 'bell \u0007 here' }),
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: '<script> and a right-to-left override in a name (stored inert)',
    send: async () => [await mutate('mutation($n: String!) { createPerson(input: {name: $n}) { name } }', { n: '<script>alert(1)</script> \u202Egnp.exe' })],
    codes: [],
    mayPass: true,
    changes: { '(:Person)': 1 },
    check: created('createPerson', '<script>alert(1)</script> \u202Egnp.exe'),
  },
  {
    name: '<script> and a right-to-left override in an abstract (stored inert)',
    send: async () => [
      await mutate(`mutation($a: String) { createPaper(input: {title: "Inert markup", abstract: $a, authors: [{personId: "${BOB}"}]}) { abstract } }`, {
        a: '<img src=x onerror=alert(1)>\n\u202Etxt.exe',
      }),
    ],
    codes: [],
    mayPass: true,
    changes: { '(:Paper)': 1, '[:AUTHORED]': 1 },
    check: created('createPaper', '<img src=x onerror=alert(1)>\n\u202Etxt.exe'),
  },
  // Validated values
  { name: 'a bad ORCID checksum', send: () => mutate('mutation { createPerson(input: {name: "Bad Orcid", orcid: "0000-0002-1825-0098"}) { id } }'), codes: ['BAD_USER_INPUT'] },
  {
    name: 'a malformed DOI',
    send: () => mutate(`mutation { createPaper(input: {title: "Bad DOI", doi: "10.abc", authors: [{personId: "${BOB}"}]}) { id } }`),
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'year 99999',
    send: () => mutate(`mutation { createPaper(input: {title: "Far future", year: 99999, authors: [{personId: "${BOB}"}]}) { id } }`),
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'unknown ids',
    send: async () => [
      await gql('{ coauthors(personId: "person:nobody") { totalCount } }'),
      await mutate(`mutation { addAuthorship(input: {paperId: "paper:nothing", personId: "${BOB}"}) { id } }`),
      await mutate('mutation { deletePaper(id: "paper:nothing") { id } }'),
      await mutate(`mutation { mergePeople(keepId: "${BOB}", mergeId: "person:nobody") { mergedId } }`),
    ],
    status: [200, 404],
    codes: ['NOT_FOUND'],
  },
  {
    name: 'a person as their own co-author',
    send: async () => [
      await mutate(`mutation { createPaper(input: {title: "Solo duo", authors: [{personId: "${BOB}"}, {personId: "${BOB}"}]}) { id } }`),
      await mutate(`mutation { mergePeople(keepId: "${CAROL}", mergeId: "${CAROL}") { mergedId } }`),
      await mutate(`mutation { addHosting(input: {hostId: "${BOB}", internId: "${BOB}"}) { role } }`),
    ],
    codes: ['BAD_USER_INPUT', 'CONFLICT'],
  },
  {
    name: 'an author added again to their own paper (a no-op, no duplicate)',
    send: async () => [await mutate(`mutation { addAuthorship(input: {paperId: "${P1}", personId: "${await authorOf(P1)}"}) { authors { person { id } } } }`)],
    codes: ['BAD_USER_INPUT', 'CONFLICT'],
    mayPass: true,
    check: (answers) => {
      const ids = (answers[0].body.data?.addAuthorship?.authors ?? []).map((a: { person: { id: string } }) => a.person.id);
      expect(new Set(ids).size).toBe(ids.length);
    },
  },
  {
    name: '50 concurrent creations of the same ORCID',
    send: () =>
      Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          mutate('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name: `Racer ${i}`, orcid: '0000-0001-5109-3700' } }),
        ),
      ),
    codes: ['CONFLICT'],
    mayPass: true,
    changes: { '(:Person)': 1 },
    check: (answers) => {
      expect(answers.filter((answer) => !answer.body.errors)).toHaveLength(1);
      expect(answers.filter((answer) => answer.body.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(49);
    },
  },
  // Hostile BibTeX through the importBibtex mutation: every entry is rejected with a line and a reason
  ...bibtexCases(),
];

function bibtexCases(): HostileCase[] {
  const importBibtex = (text: string) => mutate('mutation($t: String!) { importBibtex(text: $t) { papersParsed nodesCreated rejected { line reason } } }', { t: text });
  const allRejected = (count: number, reason?: RegExp) => (answers: Answer[]) => {
    const report = answers[0].body.data!.importBibtex;
    expect(report.nodesCreated).toBe(0);
    expect(report.rejected).toHaveLength(count);
    if (reason) expect(report.rejected.map((r: { reason: string }) => r.reason).join(' | ')).toMatch(reason);
  };
  return [
    {
      name: 'BibTeX: unbalanced braces',
      send: () => importBibtex('@article{u1, title = {Never {closed}, year = 2001}\n@article{u2, title = }}}, year = 2001}\n'),
      codes: [],
      mayPass: true,
      check: allRejected(2),
    },
    {
      name: 'BibTeX: duplicate keys',
      send: () => importBibtex('@article{dup, title = {One}, year = 99999}\n@article{dup, title = {Two}, year = 2001}\n'),
      codes: [],
      mayPass: true,
      check: allRejected(2, /key/i),
    },
    {
      name: 'BibTeX: recursive @string macros (exponential expansion)',
      send: () => importBibtex('@string{m = "ab"}\n' + '@string{m = m # m}\n'.repeat(30) + '@article{boom, title = m, year = 99999}\n'),
      codes: ['BAD_USER_INPUT'],
      mayPass: true,
      maxMs: 2000,
      check: (answers) => expect(answers[0].text.length).toBeLessThan(100_000),
    },
    {
      name: 'BibTeX: Latin-1 bytes in the HTTP body',
      send: () =>
        raw({
          headers: { ...JSON_TYPE, ...AUTH },
          body: Buffer.concat([
            Buffer.from('{"query":"mutation($t: String!) { importBibtex(text: $t) { nodesCreated rejected { reason } } }","variables":{"t":"@article{l1, title={M'),
            Buffer.from([0xfc]),
            Buffer.from('ller}, year=99999}"}}'),
          ]),
        }),
      codes: ['BAD_USER_INPUT'],
      mayPass: true,
    },
    { name: 'BibTeX: over the 512 KiB mutation limit', send: () => importBibtex('%'.repeat(600 * 1024)), codes: ['BAD_USER_INPUT'] },
  ];
}

async function authorOf(paperId: string): Promise<string> {
  const { data } = await fx.query(`{ paper(id: "${paperId}") { authors { person { id } } } }`);
  return data!.paper.authors[0].person.id;
}

describe('hostile and malformed input', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await graphCounts(fx.db);
    const sent = await c.send();
    const answers = Array.isArray(sent) ? sent : [sent];
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(500);
      if (c.status) expect(c.status).toContain(answer.status);
      expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
      expect(answer.text).not.toMatch(/<html|<!DOCTYPE/i);
      const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
      if (!c.mayPass) expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(c.codes).toContain(code);
      if (c.maxMs) expect(answer.ms).toBeLessThan(c.maxMs);
    }
    c.check?.(answers);
    const after = await graphCounts(fx.db);
    const expected = { ...before };
    for (const [kind, delta] of Object.entries(c.changes ?? {})) expected[kind] = (expected[kind] ?? 0) + delta;
    expect(after).toEqual(expected);
  });

  it('the API still answers after all of it', async () => {
    const { status, data } = await fx.query(`{ person(id: "${ALICE}") { id } }`);
    expect(status).toBe(200);
    expect(data!.person).toEqual({ id: ALICE });
  });
});

describe('hostile BibTeX files through the importer functions', () => {
  it('a 50 MB file: a clear BibtexInputError, quickly', () => {
    const started = Date.now();
    const text = decodeBibtexBytes(Buffer.alloc(50 * 1024 * 1024, '%'));
    expect(() => parseBibtex(text)).toThrow(BibtexInputError);
    expect(() => parseBibtex(text)).toThrow(/over the limit of 16/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('Latin-1 bytes decode as windows-1252 and import', () => {
    const bytes = Buffer.from('@article{l1, title = {Gr\xfc\xdfe aus K\xf6ln}, author = {M\xfcller, J\xfcrgen}, year = 2001}\n', 'latin1');
    const parsed = parseBibtex(decodeBibtexBytes(bytes));
    expect(parsed.rejects).toEqual([]);
    expect(parsed.document.papers[0].title).toBe('Grüße aus Köln');
  });
});
