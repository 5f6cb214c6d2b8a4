/**
 * Issue 14, item 2: a real client against the running server. Apollo Client 4 in Node, with
 * its relayStylePagination field policy on `coauthors`, walks Paul Vicol's co-authors page by
 * page with fetchMore; the cache ends up holding exactly the list one big page gives, in the
 * same order. Also: node(id:) through the cache with the Node interface's possible types.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { readBioDocument } from '../../support/bio-document';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi(readBioDocument());
});
afterAll(async () => {
  await fx?.close();
});

const COAUTHORS = gql`
  query Coauthors($personId: ID!, $first: Int, $after: String) {
    coauthors(personId: $personId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        sharedPaperCount
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

interface CoauthorsData {
  coauthors: {
    totalCount: number;
    edges: Array<{ cursor: string; sharedPaperCount: number; node: { id: string; name: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

function client() {
  return new ApolloClient({
    link: new HttpLink({ uri: `${fx.api.url}/graphql`, fetch }),
    cache: new InMemoryCache({
      possibleTypes: { Node: ['Person', 'Paper', 'Venue', 'Institution', 'Topic'] },
      typePolicies: { Query: { fields: { coauthors: relayStylePagination(['personId', 'minSharedPapers']) } } },
    }),
  });
}

describe('Apollo Client 4 (Node)', () => {
  it('walks all co-authors across pages with fetchMore and a relay-style pagination policy', async () => {
    const apollo = client();
    const whole = await apollo.query<CoauthorsData>({ query: COAUTHORS, variables: { personId: 'person:paul-vicol', first: 100 }, fetchPolicy: 'network-only' });
    const expected = whole.data!.coauthors.edges.map((edge) => edge.node.id);
    expect(expected.length).toBe(whole.data!.coauthors.totalCount);
    expect(expected.length).toBeGreaterThan(30);

    const walker = client();
    const observable = walker.watchQuery<CoauthorsData>({ query: COAUTHORS, variables: { personId: 'person:paul-vicol', first: 8 } });
    let result = await observable.refetch();
    let pages = 1;
    while (result.data!.coauthors.pageInfo.hasNextPage) {
      result = await observable.fetchMore({ variables: { after: result.data!.coauthors.pageInfo.endCursor } });
      pages += 1;
      expect(pages).toBeLessThan(10);
    }
    const merged = walker.readQuery<CoauthorsData>({ query: COAUTHORS, variables: { personId: 'person:paul-vicol', first: 8 } })!;
    expect(pages).toBe(Math.ceil(expected.length / 8));
    expect(merged.coauthors.edges.map((edge) => edge.node.id)).toEqual(expected);
    expect(merged.coauthors.pageInfo.hasNextPage).toBe(false);
    expect(merged.coauthors.totalCount).toBe(expected.length);
  });

  it('refetches a person through node(id:) into the same normalised cache entry', async () => {
    const apollo = client();
    await apollo.query({ query: COAUTHORS, variables: { personId: 'person:paul-vicol', first: 3 } });
    const { data } = await apollo.query<{ node: { __typename: string; id: string; name: string } }>({
      query: gql`
        query Node($id: ID!) {
          node(id: $id) {
            id
            ... on Person {
              name
            }
          }
        }
      `,
      variables: { id: 'person:roger-grosse' },
    });
    expect(data!.node).toEqual({ __typename: 'Person', id: 'person:roger-grosse', name: 'Roger Grosse' });
    expect((apollo.cache.extract() as Record<string, unknown>)['Person:person:roger-grosse']).toMatchObject({ name: 'Roger Grosse' });
  });
});
