import { ALICE, BOB, ETH, GNN, NEURIPS, P1, P2, P4, P5, P6, P7, P8, TUEBINGEN } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => fx?.close());

/** Every paper, newest first then by title: the default order. */
const ALL_TITLES = [
  'A century of bibliometrics',
  'Counting citations fairly',
  'Learning graph representations of science',
  'Deep learning for venue prediction',
  'Scalable graph neural networks',
  'Deep embeddings of authors',
  'Message passing on scholarly graphs',
  'Graph neural networks for citation analysis',
];
const ids = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((edge) => edge.node.id);

describe('paper', () => {
  it('answers a paper with its ordered authors, topics, venue and citations', async () => {
    const { data, errors } = await fx.query(
      `query($id: ID!) { paper(id: $id) { id title abstract year doi authorCount
        authors { position equalContribution rawName person { id name } }
        topics { weight topic { name } } venue { id name } cites { id } citedBy { id } } }`,
      { id: P1 },
    );
    expect(errors).toBeUndefined();
    expect(data!.paper).toEqual({
      id: P1,
      title: 'Graph neural networks for citation analysis',
      abstract: 'We predict citations with message passing.',
      year: 2018,
      doi: '10.1000/gnn.2018',
      authorCount: 2,
      authors: [
        { position: 1, equalContribution: true, rawName: 'A. Ångström', person: { id: ALICE, name: 'Alice Ångström' } },
        { position: 2, equalContribution: true, rawName: 'B. Brown', person: { id: BOB, name: 'Bob Brown' } },
      ],
      topics: [
        { weight: 0.9, topic: { name: 'Graph Neural Networks' } },
        { weight: 0.6, topic: { name: 'Bibliometrics' } },
      ],
      venue: { id: NEURIPS, name: 'Neural Information Processing Systems' },
      cites: [],
      citedBy: [{ id: P7 }, { id: P4 }],
    });
  });

  it('keeps the stated author count of a truncated list', async () => {
    const { data } = await fx.query(`{ paper(id: "${P4}") { authorCount authors { position } cites { id } } }`);
    expect(data!.paper).toEqual({ authorCount: 12, authors: [{ position: 1 }, { position: 2 }], cites: [{ id: P2 }, { id: P1 }] });
  });

  it('answers null for an unknown id', async () => {
    const { data, errors } = await fx.query('{ paper(id: "paper:none") { id } }');
    expect(errors).toBeUndefined();
    expect(data!.paper).toBeNull();
  });
});

describe('papers', () => {
  it('pages all papers newest first: page 1 + page 2 + page 3 = all, no overlap, hasNextPage right', async () => {
    const query = 'query($after: String) { papers(first: 3, after: $after) { totalCount edges { node { title } } pageInfo { hasNextPage hasPreviousPage endCursor } } }';
    const titles: string[][] = [];
    const hasNext: boolean[] = [];
    let after: string | null = null;
    do {
      const { data, errors } = await fx.query(query, { after });
      expect(errors).toBeUndefined();
      expect(data!.papers.totalCount).toBe(8);
      titles.push(data!.papers.edges.map((edge: { node: { title: string } }) => edge.node.title));
      hasNext.push(data!.papers.pageInfo.hasNextPage);
      after = data!.papers.pageInfo.hasNextPage ? data!.papers.pageInfo.endCursor : null;
    } while (after && titles.length < 10);
    expect(titles).toEqual([ALL_TITLES.slice(0, 3), ALL_TITLES.slice(3, 6), ALL_TITLES.slice(6)]);
    expect(new Set(titles.flat()).size).toBe(8);
    expect(hasNext).toEqual([true, true, false]);
  });

  it('filters by topic, venue and year, alone and together', async () => {
    const { data, errors } = await fx.query(`{
      topic: papers(topicId: "${GNN}") { totalCount edges { node { id } } }
      venueYear: papers(venueId: "${NEURIPS}", year: 2019) { totalCount edges { node { id } } }
      year: papers(year: 2021) { totalCount edges { node { id } } }
      topicYear: papers(topicId: "${GNN}", year: 2022) { edges { node { id } } }
      none: papers(venueId: "venue:none") { totalCount edges { node { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(ids(data!.topic)).toEqual([P6, P4, P2, P1]);
    expect(data!.topic.totalCount).toBe(4);
    expect(ids(data!.venueYear)).toEqual([P2]);
    expect(data!.venueYear.totalCount).toBe(1);
    expect(ids(data!.year)).toEqual([P5, P4]);
    expect(ids(data!.topicYear)).toEqual([P6]);
    expect(data!.none).toEqual({ totalCount: 0, edges: [] });
  });

  it('searches titles and abstracts, best match first', async () => {
    const { data, errors } = await fx.query('{ papers(search: "citation analysis") { totalCount edges { node { id } } } }');
    expect(errors).toBeUndefined();
    expect(ids(data!.papers)[0]).toBe(P1);
    expect(ids(data!.papers)).toContain(P7);
  });

  it.each([
    ['first: 0', '{ papers(first: 0) { edges { cursor } } }'],
    ['first above the maximum', '{ papers(first: 101) { edges { cursor } } }'],
    ['a foreign cursor', '{ papers(after: "!!!") { edges { cursor } } }'],
    ['a search longer than 200 characters', `{ papers(search: "${'a'.repeat(201)}") { edges { cursor } } }`],
  ])('answers BAD_USER_INPUT for %s', async (_label, query) => {
    const { errors, status } = await fx.query(query);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(status).toBe(200);
  });

  it('costs 1 round trip for 50 papers with their authors and topics (not 1 + 2 × 50): they are read with the page', async () => {
    const { data, errors, roundTrips } = await fx.query('{ papers(first: 50) { edges { node { authors { person { name } } topics { topic { name } } } } } }');
    expect(errors).toBeUndefined();
    expect(data!.papers.edges).toHaveLength(8);
    expect(roundTrips).toBe(1);
  });

  it('puts papers without a year last, by id, in the full list and in filtered lists alike', async () => {
    const undated = [
      { id: 'paper:undated-b', title: 'Aardvarks' },
      { id: 'paper:undated-a', title: 'Zebras' },
      { id: 'paper:undated-c', title: 'Middle' },
    ];
    const write = (cypher: string, params: Record<string, unknown>) => fx.db.driver.executeQuery(cypher, params, { database: fx.db.config.neo4j.database });
    await write(
      `UNWIND $papers AS paper CREATE (x:Paper {id: paper.id, title: paper.title})
       WITH x MATCH (t:Topic {id: $topic}) CREATE (x)-[:HAS_TOPIC {score: 0.5, source: 'keyword'}]->(t)`,
      { papers: undated, topic: GNN },
    );
    try {
      const page = (after: string | null, first: number, filter = '') =>
        fx.query(`query($after: String) { papers(first: ${first}, after: $after${filter}) { edges { cursor node { title } } pageInfo { hasNextPage } } }`, { after });
      const all = await page(null, 50);
      expect(all.errors).toBeUndefined();
      expect(all.data!.papers.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual([...ALL_TITLES, 'Zebras', 'Aardvarks', 'Middle']);
      // A page across the boundary between dated and undated papers, then the rest.
      const boundary = await page(all.data!.papers.edges[5].cursor, 3);
      expect(boundary.data!.papers.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual([ALL_TITLES[6], ALL_TITLES[7], 'Zebras']);
      expect(boundary.data!.papers.pageInfo.hasNextPage).toBe(true);
      const rest = await page(boundary.data!.papers.edges[2].cursor, 3);
      expect(rest.data!.papers.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['Aardvarks', 'Middle']);
      expect(rest.data!.papers.pageInfo.hasNextPage).toBe(false);
      // A filtered list sorts, and gives the same order.
      const topic = await page(null, 50, `, topicId: "${GNN}"`);
      expect(topic.data!.papers.edges.map((edge: { node: { title: string } }) => edge.node.title).slice(-3)).toEqual(['Zebras', 'Aardvarks', 'Middle']);
    } finally {
      await write('UNWIND $ids AS id MATCH (x:Paper {id: id}) DETACH DELETE x', { ids: undated.map((paper) => paper.id) });
    }
  });
});

describe('venue and institution', () => {
  it('answers a venue with its papers, newest first', async () => {
    const { data, errors } = await fx.query(`{ venue(id: "${NEURIPS}") { id name papers(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.venue).toEqual({
      id: NEURIPS,
      name: 'Neural Information Processing Systems',
      papers: { totalCount: 3, edges: [{ node: { id: P4 } }, { node: { id: P2 } }], pageInfo: { hasNextPage: true } },
    });
  });

  it('answers an institution with its people and the talks given there', async () => {
    const { data, errors } = await fx.query(`{
      eth: institution(id: "${ETH}") { name people { name } talks { title date speaker { name } } }
      tue: institution(id: "${TUEBINGEN}") { name people { name } talks { title } }
      none: institution(id: "institution:none") { name }
      noVenue: venue(id: "venue:none") { name }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      eth: { name: 'ETH Zurich', people: [{ name: 'Alice Ångström' }], talks: [{ title: 'Graphs of science', date: '2022-10', speaker: { name: 'Alice Ångström' } }] },
      tue: { name: 'University of Tübingen', people: [{ name: 'Alice Ångström' }, { name: 'Grace Green' }], talks: [{ title: 'Citation graphs' }] },
      none: null,
      noVenue: null,
    });
  });

  it('answers the papers of a whole venue list with their venues in a constant number of round trips', async () => {
    const { data, roundTrips } = await fx.query(`{ papers(first: 8) { edges { node { venue { name papers(first: 1) { edges { node { id } } } } } } } }`);
    expect(data!.papers.edges.map((edge: { node: { venue: { name: string } | null } }) => edge.node.venue?.name ?? null)).toEqual([
      'Joint Conference on Digital Libraries',
      'Joint Conference on Digital Libraries',
      null,
      null,
      'Neural Information Processing Systems',
      null,
      'Neural Information Processing Systems',
      'Neural Information Processing Systems',
    ]);
    expect(data!.papers.edges[0].node.venue.papers.edges).toEqual([{ node: { id: P8 } }]);
    // papers, venue of each paper, papers of each venue.
    expect(roundTrips).toBe(3);
  });
});
