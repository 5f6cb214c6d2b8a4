/**
 * Issue 14, item 4: search ranks what users look for first. A table of queries over the
 * imported bio plus a fixture of real-looking titles, venues, institutions, topics and people
 * (tests/fixtures/search/ranking-graph.ts), each with the hit that must come first: an exact
 * (folded) name or title of any kind before partial matches, scores normalised per kind.
 * Before this change, ranking by raw Lucene scores put the TVCG venue behind papers with its
 * name in their titles, "University of Toronto" 17th and the topic above the exact paper for
 * "persistent evolution strategies".
 */
import { writeGraphDocument } from '../../../src/db/write/write-graph-document';
import { readBioDocument } from '../../support/bio-document';
import { rankingGraph } from '../../fixtures/search/ranking-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi(readBioDocument());
  const report = await writeGraphDocument(fx.db.executor, rankingGraph);
  expect(report.rejected).toEqual([]);
});
afterAll(async () => {
  await fx?.close();
});

const SEARCH = `query ($query: String!, $first: Int, $kinds: [SearchKind!]) { search(query: $query, first: $first, kinds: $kinds) { score node {
  __typename ... on Person { name } ... on Paper { title } ... on Venue { name } ... on Institution { name } ... on Topic { name } } } }`;

type Hit = { score: number; node: { __typename: string; name?: string; title?: string } };
const label = (hit: Hit | undefined) => hit && `${hit.node.__typename}: ${hit.node.name ?? hit.node.title}`;

async function search(query: string, kinds?: string[], first = 10): Promise<Hit[]> {
  const { data, errors } = await fx.query(SEARCH, { query, first, kinds });
  expect(errors).toBeUndefined();
  return data!.search as Hit[];
}

/** [query, expected first hit as "Kind: name or title"]. */
const TABLE: Array<[string, string]> = [
  ['IEEE Transactions on Visualization and Computer Graphics', 'Venue: IEEE Transactions on Visualization and Computer Graphics'],
  ['ieee transactions on visualization and computer graphics', 'Venue: IEEE Transactions on Visualization and Computer Graphics'],
  ['visual analytics', 'Topic: Visual analytics'],
  ['Visual Analytics', 'Topic: Visual analytics'],
  ['University of Toronto', 'Institution: University of Toronto'],
  ['university of toronto', 'Institution: University of Toronto'],
  ['persistent evolution strategies', 'Paper: Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies'],
  ['evolution strategies', 'Topic: Evolution strategies'],
  ['Evolution Strategies as a Scalable Alternative to Reinforcement Learning', 'Paper: Evolution Strategies as a Scalable Alternative to Reinforcement Learning'],
  ['Paul Vicol', 'Person: Paul Vicol'],
  ['paul vicol', 'Person: Paul Vicol'],
  ['Roger Grosse', 'Person: Roger Grosse'],
  ['Tamara Munzner', 'Person: Tamara Munzner'],
  ['Kwan-Liu Ma', 'Person: Kwan-Liu Ma'],
  ['kwan liu ma', 'Person: Kwan-Liu Ma'],
  ['Daniel Keim', 'Person: Daniel A. Keim'],
  ['Jarke van Wijk', 'Person: Jarke J. van Wijk'],
  ['Google DeepMind', 'Institution: Google DeepMind'],
  ['DeepMind', 'Institution: DeepMind'],
  ['Computer Graphics Forum', 'Venue: Computer Graphics Forum'],
  ['ICLR', 'Venue: ICLR'],
  ['NeurIPS', 'Venue: NeurIPS'],
  ['Journal of Machine Learning Research', 'Venue: Journal of Machine Learning Research'],
  ['bilevel optimization', 'Topic: Bilevel optimization'],
  ['hyperparameter optimization', 'Topic: Hyperparameter optimization'],
  ['Optimizing Millions of Hyperparameters by Implicit Differentiation', 'Paper: Optimizing Millions of Hyperparameters by Implicit Differentiation'],
  ['Self-Tuning Networks', 'Paper: Self-Tuning Networks: Bilevel Optimization of Hyperparameters using Structured Best-Response Functions'],
  ['Reversible Recurrent Neural Networks', 'Paper: Reversible Recurrent Neural Networks'],
  ['recurrent neural networks', 'Topic: Recurrent neural networks'],
  ['Flipout', 'Paper: Flipout: Efficient Pseudo-Independent Weight Perturbations on Mini-Batches'],
  ['information visualization', 'Topic: Information visualization'],
  ['Toronto Metropolitan University', 'Institution: Toronto Metropolitan University'],
  ['Konstanz', 'Institution: University of Konstanz'],
  ['machine learning', 'Topic: Machine learning'],
  ['graph drawing', 'Topic: Graph drawing'],
  ['diffusion models', 'Topic: Diffusion models'],
  ['Vector Research Symposium', 'Institution: Vector Research Symposium'],
  ['Vega-Lite', 'Paper: Vega-Lite: A Grammar of Interactive Graphics'],
];

describe('search ranking table', () => {
  it(`has at least 25 queries (${TABLE.length})`, () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(25);
  });

  it.each(TABLE)('%s → %s', async (query, expected) => {
    const hits = await search(query);
    expect(label(hits[0])).toBe(expected);
  });

  it('scores are best first and on one scale: an exact name scores above 2, partial matches below', async () => {
    const hits = await search('visual analytics', undefined, 20);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits[0].score).toBeGreaterThan(2);
    expect(hits.slice(1).every((hit) => hit.score < 2)).toBe(true);
    // The partial matches are the papers with the phrase in their titles.
    expect(hits.slice(1, 6).every((hit) => hit.node.__typename === 'Paper' && /visual analytics/i.test(hit.node.title!))).toBe(true);
  });

  it('kinds filters: only the kinds asked for', async () => {
    const papers = await search('visual analytics', ['PAPER']);
    expect(papers.length).toBeGreaterThan(5);
    expect(new Set(papers.map((hit) => hit.node.__typename))).toEqual(new Set(['Paper']));
    const placesAndVenues = await search('toronto', ['INSTITUTION', 'VENUE']);
    expect(placesAndVenues.map(label)).toEqual(expect.arrayContaining(['Institution: University of Toronto', 'Institution: Toronto Metropolitan University']));
    expect(placesAndVenues.every((hit) => hit.node.__typename === 'Institution' || hit.node.__typename === 'Venue')).toBe(true);
  });
});
