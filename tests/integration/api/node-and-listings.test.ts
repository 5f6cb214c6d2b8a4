/**
 * Issue 14, item 3: Relay global object identification (Node, node(id:), nodes(ids:)) and the
 * listing queries for venues and institutions (search, paging, counts), over the small graph.
 */
import { ALICE, ETH, JCDL, ML, NEURIPS, P1, TUEBINGEN } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => {
  await fx?.close();
});

const NODE_FIELDS = `__typename id
  ... on Person { name } ... on Paper { title } ... on Venue { name } ... on Institution { name } ... on Topic { name }`;

describe('node(id:) and nodes(ids:)', () => {
  it.each([
    [ALICE, 'Person', { name: 'Alice Ångström' }],
    [P1, 'Paper', { title: expect.any(String) }],
    [NEURIPS, 'Venue', { name: 'Neural Information Processing Systems' }],
    [ETH, 'Institution', { name: 'ETH Zurich' }],
    [ML, 'Topic', { name: expect.any(String) }],
  ])('refetches %s as a %s', async (id, typename, fields) => {
    const { data, errors } = await fx.query(`query ($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, { id });
    expect(errors).toBeUndefined();
    expect(data!.node).toEqual({ __typename: typename, id, ...fields });
  });

  it('answers null for an id nothing has', async () => {
    const { data, errors } = await fx.query('{ node(id: "person:nobody") { id } }');
    expect(errors).toBeUndefined();
    expect(data!.node).toBeNull();
  });

  it('nodes: every kind in the order asked, null where nothing has the id, in one round trip', async () => {
    const ids = [ML, ALICE, 'venue:nowhere', TUEBINGEN, P1, JCDL];
    const { data, errors, roundTrips } = await fx.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`, { ids });
    expect(errors).toBeUndefined();
    expect(data!.nodes.map((node: { __typename: string; id: string } | null) => node && `${node.__typename} ${node.id}`)).toEqual([
      `Topic ${ML}`,
      `Person ${ALICE}`,
      null,
      `Institution ${TUEBINGEN}`,
      `Paper ${P1}`,
      `Venue ${JCDL}`,
    ]);
    // One read for the found ids, one for ids a merge may have retired (venue:nowhere).
    expect(roundTrips).toBe(2);
  });

  it('a Node answers its kind-specific fields through the same loaders (Person.papers from node)', async () => {
    const { data, errors } = await fx.query(`{ node(id: "${ALICE}") { ... on Person { papers(first: 1) { totalCount } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.node.papers.totalCount).toBeGreaterThan(0);
  });

  it('refuses more than 100 ids, naming the argument', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `person:p${i}`);
    const { errors } = await fx.query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
  });
});

describe('venues and institutions', () => {
  it('lists venues by name with a count, and pages with cursors', async () => {
    const first = await fx.query('{ venues(first: 1) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }');
    expect(first.errors).toBeUndefined();
    expect(first.data!.venues).toMatchObject({ totalCount: 2, edges: [{ node: { id: JCDL } }], pageInfo: { hasNextPage: true } });
    const next = await fx.query(`{ venues(first: 1, after: "${first.data!.venues.pageInfo.endCursor}") { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(next.data!.venues).toEqual({ edges: [{ node: { id: NEURIPS } }], pageInfo: { hasNextPage: false } });
  });

  it('searches venues by a word of the name', async () => {
    const { data } = await fx.query('{ venues(search: "digital libraries") { totalCount edges { node { id } } } }');
    expect(data!.venues).toEqual({ totalCount: 1, edges: [{ node: { id: JCDL } }] });
  });

  it('lists and searches institutions, accents folded', async () => {
    const all = await fx.query('{ institutions { totalCount edges { node { name } } } }');
    expect(all.data!.institutions).toEqual({ totalCount: 2, edges: [{ node: { name: 'ETH Zurich' } }, { node: { name: 'University of Tübingen' } }] });
    const found = await fx.query('{ institutions(search: "tubingen") { totalCount edges { node { id people(first: 5) { id } } } } }');
    expect(found.data!.institutions.totalCount).toBe(1);
    expect(found.data!.institutions.edges[0].node.id).toBe(TUEBINGEN);
    expect(found.data!.institutions.edges[0].node.people.map((person: { id: string }) => person.id)).toContain(ALICE);
  });

  it('names the argument of a bad page', async () => {
    const { errors } = await fx.query('{ institutions(first: 0) { totalCount } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
