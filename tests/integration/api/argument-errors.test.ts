/**
 * Issue 14, item 7: every argument error is BAD_USER_INPUT (or NOT_FOUND for an id that names
 * nobody) with `extensions.argument` naming the argument at fault and a message that says what
 * is wrong, never type-graphql's bare "Argument Validation Error". Malformed or out-of-range
 * cursors are BAD_USER_INPUT, not a driver error.
 */
import { ALICE, BOB, ML } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => {
  await fx?.close();
});

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const AUTH = { authorization: 'Bearer test-key' };

interface ArgumentCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  code: 'BAD_USER_INPUT' | 'NOT_FOUND';
  argument: string;
  /** The message must match (it says what is wrong, in words). */
  message: RegExp;
  auth?: boolean;
}

const CASES: ArgumentCase[] = [
  {
    name: 'depth over 3',
    query: `{ collaborationNetwork(personId: "${ALICE}", depth: 7) { nodes { id } } }`,
    code: 'BAD_USER_INPUT',
    argument: 'depth',
    message: /^depth: .*not be greater than 3 \(got 7\)/,
  },
  {
    name: 'depth 0',
    query: `{ collaborationNetwork(personId: "${ALICE}", depth: 0) { nodes { id } } }`,
    code: 'BAD_USER_INPUT',
    argument: 'depth',
    message: /^depth: .*not be less than 1/,
  },
  { name: 'network limit', query: `{ collaborationNetwork(personId: "${ALICE}", limit: 0) { nodes { id } } }`, code: 'BAD_USER_INPUT', argument: 'limit', message: /^limit: / },
  {
    name: 'network minSharedPapers',
    query: `{ collaborationNetwork(personId: "${ALICE}", minSharedPapers: -2) { nodes { id } } }`,
    code: 'BAD_USER_INPUT',
    argument: 'minSharedPapers',
    message: /^minSharedPapers: .*\(got -2\)/,
  },
  {
    name: 'topicNetwork limit',
    query: `{ topicNetwork(topicId: "${ML}", limit: 0) { nodes { id } } }`,
    code: 'BAD_USER_INPUT',
    argument: 'limit',
    message: /^limit: .*less than 1 \(got 0\)/,
  },
  {
    name: 'topicNetwork minSharedPapers',
    query: `{ topicNetwork(topicId: "${ML}", minSharedPapers: 0) { nodes { id } } }`,
    code: 'BAD_USER_INPUT',
    argument: 'minSharedPapers',
    message: /^minSharedPapers: /,
  },
  {
    name: 'path maxLength',
    query: `{ collaborationPath(fromId: "${ALICE}", toId: "${BOB}", maxLength: 11) { length } }`,
    code: 'BAD_USER_INPUT',
    argument: 'maxLength',
    message: /^maxLength: .*10 \(got 11\)/,
  },
  { name: 'path via empty', query: `{ collaborationPath(fromId: "${ALICE}", toId: "${BOB}", via: []) { length } }`, code: 'BAD_USER_INPUT', argument: 'via', message: /^via: / },
  {
    name: 'coauthors first',
    query: `{ coauthors(personId: "${ALICE}", first: 0) { totalCount } }`,
    code: 'BAD_USER_INPUT',
    argument: 'first',
    message: /first must be between 1 and/,
  },
  {
    name: 'papers search too long',
    query: '{ papers(search: $s) { totalCount } }'.replace('{ papers', 'query ($s: String) { papers'),
    variables: { s: 'x'.repeat(201) },
    code: 'BAD_USER_INPUT',
    argument: 'search',
    message: /^search: .*200/,
  },
  { name: 'person name empty', query: '{ person(name: "") { id } }', code: 'BAD_USER_INPUT', argument: 'name', message: /^name: / },
  {
    name: 'input field of a mutation',
    query: 'mutation { createPerson(input: { name: "" }) { id } }',
    code: 'BAD_USER_INPUT',
    argument: 'input.name',
    message: /^input\.name: /,
    auth: true,
  },
  {
    name: 'cursor base64("offset:3000000000")',
    query: `{ papers(first: 2, after: "${base64('offset:3000000000')}") { totalCount } }`,
    code: 'BAD_USER_INPUT',
    argument: 'after',
    message: /^after: .*largest offset/,
  },
  {
    name: 'cursor "offset:1e3"',
    query: `{ papers(first: 2, after: "${base64('offset:1e3')}") { totalCount } }`,
    code: 'BAD_USER_INPUT',
    argument: 'after',
    message: /^after: .*not a cursor of this API/,
  },
  {
    name: 'cursor "offset:0x10"',
    query: `{ papers(first: 2, after: "${base64('offset:0x10')}") { totalCount } }`,
    code: 'BAD_USER_INPUT',
    argument: 'after',
    message: /^after: .*not a cursor/,
  },
  { name: 'cursor that is not base64', query: '{ papers(first: 2, after: "%%%") { totalCount } }', code: 'BAD_USER_INPUT', argument: 'after', message: /^after: / },
  {
    name: 'cursor of a nested connection',
    query: `{ coauthors(personId: "${ALICE}", after: "${base64('offset: 5')}") { totalCount } }`,
    code: 'BAD_USER_INPUT',
    argument: 'after',
    message: /^after: /,
  },
  {
    name: 'unknown person of coauthors',
    query: '{ coauthors(personId: "person:nobody") { totalCount } }',
    code: 'NOT_FOUND',
    argument: 'personId',
    message: /^personId: no person with id "person:nobody"/,
  },
  { name: 'unknown toId of a path', query: `{ collaborationPath(fromId: "${ALICE}", toId: "person:nobody") { length } }`, code: 'NOT_FOUND', argument: 'toId', message: /^toId: / },
  { name: 'unknown topic of topicNetwork', query: '{ topicNetwork(topicId: "topic:nothing") { nodes { id } } }', code: 'NOT_FOUND', argument: 'topicId', message: /^topicId: / },
  {
    name: 'unknown person of mergePeople',
    query: `mutation { mergePeople(keepId: "${ALICE}", mergeId: "person:nobody") { mergedId } }`,
    code: 'NOT_FOUND',
    argument: 'mergeId',
    message: /person:nobody/,
    auth: true,
  },
];

describe('argument errors name their argument', () => {
  it.each(CASES)('$name → $code on $argument', async ({ query, variables, code, argument, message, auth }) => {
    const response = await fetch(`${fx.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? AUTH : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error.extensions).toMatchObject({ code, argument });
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/Argument Validation Error/);
  });

  it('a valid cursor still pages (the strict parse refuses nothing of ours)', async () => {
    const first = await fx.query('{ papers(first: 1) { edges { node { id } } pageInfo { endCursor } } }');
    const next = await fx.query(`{ papers(first: 1, after: "${first.data!.papers.pageInfo.endCursor}") { edges { node { id } } } }`);
    expect(next.errors).toBeUndefined();
    expect(next.data!.papers.edges[0].node.id).not.toBe(first.data!.papers.edges[0].node.id);
  });
});
