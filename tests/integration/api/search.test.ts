import { ALICE, BIB, P1, P8, TUEBINGEN } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => fx?.close());

const SEARCH = `query($query: String!, $first: Int) { search(query: $query, first: $first) { score node {
  __typename ... on Person { id } ... on Paper { id } ... on Topic { id } ... on Venue { id } ... on Institution { id } } } }`;

type Hit = { score: number; node: { __typename: string; id: string } };

async function search(query: string, first?: number): Promise<Hit[]> {
  const { data, errors } = await fx.query(SEARCH, { query, first });
  expect(errors).toBeUndefined();
  return data!.search as Hit[];
}

describe('search', () => {
  it.each([
    ['Ångström', 'Person', ALICE],
    ['angstrom', 'Person', ALICE],
    ['Tübingen', 'Institution', TUEBINGEN],
    ['tubingen', 'Institution', TUEBINGEN],
    ['citation analysis', 'Paper', P1],
    ['scientometrics', 'Topic', BIB],
  ])('"%s" ranks the %s %s first', async (query, typename, id) => {
    const hits = await search(query);
    expect(hits[0].node).toEqual({ __typename: typename, id });
  });

  it('searches every kind at once, ranked by score, and matches word prefixes', async () => {
    const hits = await search('bibliometr');
    expect(hits.map((hit) => hit.node.id)).toEqual(expect.arrayContaining([BIB, P8]));
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns at most `first` hits', async () => {
    expect(await search('graph', 2)).toHaveLength(2);
  });

  it.each(['*', '*:*', '?', '()', '"', '\\', '&& ||', '[* TO *]', 'name:*', 'id:*'])(
    'never lets Lucene syntax through: %s does not mean "everything" (no hits, no error)',
    async (query) => {
      expect(await search(query)).toEqual([]);
    },
  );

  it.each(['title:graph~2', 'graph^10 OR id:*', '{a TO z}', 'a/b/', '"unbalanced', 'a!b', 'NOT graph', 'graph AND'])('answers %s without a syntax error', async (query) => {
    await search(query);
  });

  it('reads a leading minus as a character, not as "exclude"', async () => {
    const plain = await search('graph');
    expect(plain.length).toBeGreaterThan(0);
    expect(await search('-graph')).toEqual(plain);
  });

  it('answers BAD_USER_INPUT for first out of range', async () => {
    const { errors } = await fx.query(SEARCH, { query: 'graph', first: 0 });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
