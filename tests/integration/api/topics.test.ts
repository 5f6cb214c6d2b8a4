import { ALICE, BIB, BOB, CAROL, DAVE, DL, ERIN, GNN, ML, P1, P2, P4, P6 } from '../../fixtures/graph/small-graph';
import { edgeList } from '../../support/edge-list';
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
      ml: {
        id: ML,
        broader: [],
        narrower: [
          { id: DL, name: 'Deep Learning' },
          { id: GNN, name: 'Graph Neural Networks' },
        ],
      },
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

const TOPIC_NETWORK = `query ($topicId: ID!, $narrower: Boolean, $min: Int, $limit: Int) {
  topicNetwork(topicId: $topicId, includeNarrower: $narrower, minSharedPapers: $min, limit: $limit) {
    nodes { id label kind weight } edges { source target kind weight } } }`;

describe('topicNetwork', () => {
  it('draws the people of a topic and its narrower topics, weighted by papers on them, in 2 round trips', async () => {
    // Machine Learning has no paper of its own: P1–P6 are on Deep Learning or GNN.
    const { data, errors, roundTrips } = await fx.query(TOPIC_NETWORK, { topicId: ML });
    expect(errors).toBeUndefined();
    const network = data!.topicNetwork;
    expect(network.nodes).toEqual([
      { id: ALICE, label: 'Alice Ångström', kind: 'Person', weight: 4 },
      { id: BOB, label: 'Bob Brown', kind: 'Person', weight: 3 },
      { id: CAROL, label: 'Carol Chen', kind: 'Person', weight: 3 },
      { id: DAVE, label: 'Dave Davis', kind: 'Person', weight: 2 },
      { id: ERIN, label: 'Erin Evans', kind: 'Person', weight: 1 },
    ]);
    // Alice–Frank (P7) and Erin–Grace (P8) are Bibliometrics papers: not drawn, nor are Frank and Grace.
    expect(edgeList(network.edges)).toEqual(
      edgeList([
        { source: ALICE, target: BOB, kind: 'COAUTHOR', weight: 3 },
        { source: ALICE, target: CAROL, kind: 'COAUTHOR', weight: 2 },
        { source: BOB, target: CAROL, kind: 'COAUTHOR', weight: 1 },
        { source: CAROL, target: DAVE, kind: 'COAUTHOR', weight: 1 },
        { source: DAVE, target: ERIN, kind: 'COAUTHOR', weight: 1 },
      ]),
    );
    expect(roundTrips).toBe(2);
  });

  it('counts only the topic itself without narrower topics, and honours minSharedPapers and limit', async () => {
    const own = (await fx.query(TOPIC_NETWORK, { topicId: ML, narrower: false })).data!.topicNetwork;
    expect(own).toEqual({ nodes: [], edges: [] });
    const gnn = (await fx.query(TOPIC_NETWORK, { topicId: GNN, min: 2 })).data!.topicNetwork;
    expect(gnn.nodes.map((node: { id: string; weight: number }) => [node.id, node.weight])).toEqual([
      [ALICE, 3],
      [BOB, 3],
      [CAROL, 1],
      [DAVE, 1],
      [ERIN, 1],
    ]);
    expect(edgeList(gnn.edges)).toEqual([`${ALICE} COAUTHOR ${BOB} 3`]);
    const top2 = (await fx.query(TOPIC_NETWORK, { topicId: GNN, limit: 2 })).data!.topicNetwork;
    expect(top2.nodes.map((node: { id: string }) => node.id)).toEqual([ALICE, BOB]);
    expect(edgeList(top2.edges)).toEqual([`${ALICE} COAUTHOR ${BOB} 3`]);
  });

  it('answers NOT_FOUND for an unknown topic and BAD_USER_INPUT for a limit out of range', async () => {
    const missing = await fx.query(TOPIC_NETWORK, { topicId: 'topic:astrology' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const tooMany = await fx.query(TOPIC_NETWORK, { topicId: ML, limit: 5001 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
