import { ALICE, BIB, BOB, CAROL, DAVE, DL, ERIN, GNN, ML, P1, P2, P4, P6 } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => fx?.close());

describe('topic', () => {
  it('answers the hierarchy both ways', async () => {
    const { data, errors } = await fx.query(`{
      ml: topic(name: "machine learning") { id broader { id } narrower { id name } }
      gnn: topic(id: "${GNN}") { name synonyms broader { name } narrower { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      ml: { id: ML, broader: [], narrower: [{ id: DL, name: 'Deep Learning' }, { id: GNN, name: 'Graph Neural Networks' }] },
      gnn: { name: 'Graph Neural Networks', synonyms: ['GNN'], broader: [{ name: 'Machine Learning' }], narrower: [] },
    });
  });

  it('finds a topic by a synonym, case-insensitively', async () => {
    const { data } = await fx.query('{ a: topic(name: "gnn") { id } b: topic(name: "SCIENTOMETRICS") { id } c: topic(name: "Astrology") { id } }');
    expect(data).toEqual({ a: { id: GNN }, b: { id: BIB }, c: null });
  });

  it('ranks people by how much they publish on the topic, then by name', async () => {
    const { data } = await fx.query(`{ topic(id: "${GNN}") { people(first: 10) { id } top: people(first: 2) { id } } }`);
    // Alice and Bob: 3 GNN papers each; Carol, Dave, Erin: 1.
    expect(data!.topic.people.map((person: { id: string }) => person.id)).toEqual([ALICE, BOB, CAROL, DAVE, ERIN]);
    expect(data!.topic.top.map((person: { id: string }) => person.id)).toEqual([ALICE, BOB]);
  });

  it('relates topics by co-occurrence on papers', async () => {
    const { data } = await fx.query(`{ gnn: topic(id: "${GNN}") { related { weight topic { name } } } ml: topic(id: "${ML}") { related { weight } } }`);
    expect(data!.gnn.related).toEqual([
      { weight: 1, topic: { name: 'Bibliometrics' } },
      { weight: 1, topic: { name: 'Deep Learning' } },
    ]);
    expect(data!.ml.related).toEqual([]);
  });

  it('pages the papers on a topic', async () => {
    const query = `query($after: String) { topic(id: "${GNN}") { papers(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await fx.query(query)).data!.topic.papers;
    const second = (await fx.query(query, { after: first.pageInfo.endCursor })).data!.topic.papers;
    expect(first.totalCount).toBe(4);
    expect([...first.edges, ...second.edges].map((edge: { node: { id: string } }) => edge.node.id)).toEqual([P6, P4, P2, P1]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('answers BAD_USER_INPUT without an id or a name, and for people(first: 0)', async () => {
    expect((await fx.query('{ topic { id } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fx.query(`{ topic(id: "${GNN}") { people(first: 0) { id } } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('topics', () => {
  it('lists topics by name and pages them', async () => {
    const query = 'query($after: String) { topics(first: 3, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }';
    const first = (await fx.query(query)).data!.topics;
    const second = (await fx.query(query, { after: first.pageInfo.endCursor })).data!.topics;
    expect([...first.edges, ...second.edges].map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      'Bibliometrics',
      'Deep Learning',
      'Graph Neural Networks',
      'Machine Learning',
    ]);
    expect(first.totalCount).toBe(4);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('searches names and synonyms', async () => {
    const { data } = await fx.query('{ topics(search: "scientometrics") { totalCount edges { node { id } } } }');
    expect(data!.topics).toEqual({ totalCount: 1, edges: [{ node: { id: BIB } }] });
  });

  it('answers a whole list of topics with their hierarchy and related topics in a constant number of round trips', async () => {
    const { roundTrips, errors } = await fx.query('{ topics { edges { node { broader { name } narrower { name } related { topic { name } } people { name } } } } }');
    expect(errors).toBeUndefined();
    expect(roundTrips).toBe(5);
  });
});
