import { ALICE, BOB, CAROL, DAVE, ERIN, FRANK, GRACE, HEIDI, P2, P3, P5, P6, P8, TUEBINGEN } from '../../fixtures/graph/small-graph';
import { edgeList } from '../../support/edge-list';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => fx?.close());

const COAUTHORS = `query($personId: ID!, $min: Int, $first: Int, $after: String) {
  coauthors(personId: $personId, minSharedPapers: $min, first: $first, after: $after) {
    totalCount edges { sharedPaperCount firstYear lastYear node { id } papers { id } } pageInfo { hasNextPage endCursor } } }`;

describe('coauthors', () => {
  it('orders co-authors by shared papers, then name, with the shared papers as evidence', async () => {
    const { data, errors } = await fx.query(COAUTHORS, { personId: ALICE });
    expect(errors).toBeUndefined();
    expect(data!.coauthors.totalCount).toBe(3);
    expect(data!.coauthors.edges).toEqual([
      {
        sharedPaperCount: 3,
        firstYear: 2018,
        lastYear: 2021,
        node: { id: BOB },
        papers: [{ id: 'paper:scalable-graph-neural-networks' }, { id: P2 }, { id: 'doi:10.1000/gnn.2018' }],
      },
      { sharedPaperCount: 2, firstYear: 2019, lastYear: 2020, node: { id: CAROL }, papers: [{ id: P3 }, { id: P2 }] },
      { sharedPaperCount: 1, firstYear: 2023, lastYear: 2023, node: { id: FRANK }, papers: [{ id: 'paper:counting-citations-fairly' }] },
    ]);
  });

  it('breaks ties in shared papers by name', async () => {
    const { data } = await fx.query(COAUTHORS, { personId: CAROL });
    expect(data!.coauthors.edges.map((edge: { node: { id: string }; sharedPaperCount: number }) => [edge.node.id, edge.sharedPaperCount])).toEqual([
      [ALICE, 2],
      [BOB, 1],
      [DAVE, 1],
    ]);
  });

  it('filters by minSharedPapers and pages with cursors', async () => {
    const strong = await fx.query(COAUTHORS, { personId: ALICE, min: 2 });
    expect(strong.data!.coauthors.totalCount).toBe(2);
    expect(strong.data!.coauthors.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([BOB, CAROL]);

    const first = (await fx.query(COAUTHORS, { personId: ALICE, first: 2 })).data!.coauthors;
    const second = (await fx.query(COAUTHORS, { personId: ALICE, first: 2, after: first.pageInfo.endCursor })).data!.coauthors;
    expect([...first.edges, ...second.edges].map((edge: { node: { id: string } }) => edge.node.id)).toEqual([BOB, CAROL, FRANK]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('answers an empty connection for a person without co-authors', async () => {
    const { data } = await fx.query(COAUTHORS, { personId: HEIDI });
    expect(data!.coauthors).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('answers NOT_FOUND for an unknown person, BAD_USER_INPUT for bad arguments', async () => {
    expect((await fx.query(COAUTHORS, { personId: 'person:nobody' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await fx.query(COAUTHORS, { personId: ALICE, first: 0 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fx.query(COAUTHORS, { personId: ALICE, first: 101 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fx.query(COAUTHORS, { personId: ALICE, min: 0 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the shared papers only for the fields that need them, and answers the years from them', async () => {
    const light = await fx.query(`{ coauthors(personId: "${ALICE}") { edges { sharedPaperCount node { id } } } }`);
    expect(light.errors).toBeUndefined();
    expect(light.data!.coauthors.edges.map((edge: { node: { id: string }; sharedPaperCount: number }) => [edge.node.id, edge.sharedPaperCount])).toEqual([
      [BOB, 3],
      [CAROL, 2],
      [FRANK, 1],
    ]);
    expect(light.roundTrips).toBe(1);
    // Years only, asked through a fragment and under an alias.
    const years = await fx.query(`{ coauthors(personId: "${ALICE}") { edges { node { id } ...Years } } }
      fragment Years on CoauthorEdge { from: firstYear lastYear }`);
    expect(years.data!.coauthors.edges).toEqual([
      { node: { id: BOB }, from: 2018, lastYear: 2021 },
      { node: { id: CAROL }, from: 2019, lastYear: 2020 },
      { node: { id: FRANK }, from: 2023, lastYear: 2023 },
    ]);
    expect(years.roundTrips).toBe(1);
  });

  it('costs the same round trips for 1 or 3 co-authors with their papers', async () => {
    const one = await fx.query(COAUTHORS.replace('totalCount ', ''), { personId: ALICE, first: 1 });
    const three = await fx.query(COAUTHORS.replace('totalCount ', ''), { personId: ALICE, first: 3 });
    expect(three.data!.coauthors.edges).toHaveLength(3);
    // co-authors with their shared papers, in one statement.
    expect(one.roundTrips).toBe(1);
    expect(three.roundTrips).toBe(1);
  });
});

const NETWORK = `query($personId: ID!, $depth: Int, $min: Int, $limit: Int) {
  collaborationNetwork(personId: $personId, depth: $depth, minSharedPapers: $min, limit: $limit) {
    nodes { id label kind weight } edges { source target kind weight } } }`;

describe('collaborationNetwork', () => {
  it('depth 1: the person, co-authors and hosted people, with every edge among them', async () => {
    const { data, errors, roundTrips } = await fx.query(NETWORK, { personId: ALICE, depth: 1 });
    expect(errors).toBeUndefined();
    const network = data!.collaborationNetwork;
    expect(network.nodes[0]).toEqual({ id: ALICE, label: 'Alice Ångström', kind: 'Person', weight: 5 });
    expect(network.nodes.map((node: { id: string }) => node.id).sort()).toEqual([ALICE, BOB, CAROL, FRANK, GRACE].sort());
    expect(edgeList(network.edges)).toEqual(
      edgeList([
        { source: ALICE, target: BOB, kind: 'COAUTHOR', weight: 3 },
        { source: ALICE, target: CAROL, kind: 'COAUTHOR', weight: 2 },
        { source: ALICE, target: FRANK, kind: 'COAUTHOR', weight: 1 },
        { source: BOB, target: CAROL, kind: 'COAUTHOR', weight: 1 },
        { source: ALICE, target: GRACE, kind: 'HOSTED', weight: 1 },
      ]),
    );
    // The breadth-first steps and the nodes with their edges are one statement.
    expect(roundTrips).toBe(1);
  });

  it('depth 2: 7 people and 8 edges; Heidi never appears', async () => {
    const { data, roundTrips } = await fx.query(NETWORK, { personId: ALICE, depth: 2 });
    const network = data!.collaborationNetwork;
    expect(network.nodes.map((node: { id: string }) => node.id).sort()).toEqual([ALICE, BOB, CAROL, DAVE, ERIN, FRANK, GRACE].sort());
    expect(network.edges).toHaveLength(8);
    expect(edgeList(network.edges)).toEqual(
      expect.arrayContaining(
        edgeList([
          { source: CAROL, target: DAVE, kind: 'COAUTHOR', weight: 1 },
          { source: DAVE, target: ERIN, kind: 'COAUTHOR', weight: 1 },
          { source: ERIN, target: GRACE, kind: 'COAUTHOR', weight: 1 },
        ]),
      ),
    );
    expect(roundTrips).toBe(1);
    const three = (await fx.query(NETWORK, { personId: ALICE, depth: 3 })).data!.collaborationNetwork;
    expect(three.nodes).toHaveLength(7);
  });

  it('follows and draws only co-authorships with at least minSharedPapers papers', async () => {
    const { data } = await fx.query(NETWORK, { personId: ALICE, depth: 2, min: 2 });
    const network = data!.collaborationNetwork;
    expect(network.nodes.map((node: { id: string }) => node.id).sort()).toEqual([ALICE, BOB, CAROL, GRACE].sort());
    expect(edgeList(network.edges)).toEqual(
      edgeList([
        { source: ALICE, target: BOB, kind: 'COAUTHOR', weight: 3 },
        { source: ALICE, target: CAROL, kind: 'COAUTHOR', weight: 2 },
        { source: ALICE, target: GRACE, kind: 'HOSTED', weight: 1 },
      ]),
    );
  });

  it('keeps at most `limit` people, the strongest links first', async () => {
    const { data } = await fx.query(NETWORK, { personId: ALICE, depth: 2, limit: 3 });
    expect(data!.collaborationNetwork.nodes.map((node: { id: string }) => node.id)).toEqual([ALICE, BOB, CAROL]);
  });

  it('answers a lone person as a single node', async () => {
    const { data } = await fx.query(NETWORK, { personId: HEIDI, depth: 3 });
    expect(data!.collaborationNetwork).toEqual({ nodes: [{ id: HEIDI, label: 'Heidi Hansen', kind: 'Person', weight: 0 }], edges: [] });
  });

  it.each([
    [{ depth: 4 }, 'BAD_USER_INPUT'],
    [{ depth: 0 }, 'BAD_USER_INPUT'],
    [{ limit: 0 }, 'BAD_USER_INPUT'],
    [{ limit: 5001 }, 'BAD_USER_INPUT'],
    [{ min: 0 }, 'BAD_USER_INPUT'],
    [{ personId: 'person:nobody' }, 'NOT_FOUND'],
  ])('answers %j with %s', async (args, code) => {
    const { errors } = await fx.query(NETWORK, { personId: ALICE, ...args });
    expect(errors?.[0].extensions?.code).toBe(code);
  });
});

const PATH = `query($fromId: ID!, $toId: ID!, $via: [Relation!], $maxLength: Int) {
  collaborationPath(fromId: $fromId, toId: $toId, via: $via, maxLength: $maxLength) {
    length people { id } steps { from { id } to { id } relation papers { id } hosting { host { id } intern { id } institution { id } role } } } }`;

describe('collaborationPath', () => {
  it('finds the shortest co-author path with the shared papers of every step', async () => {
    const { data, errors, roundTrips } = await fx.query(PATH, { fromId: ALICE, toId: ERIN });
    expect(errors).toBeUndefined();
    expect(data!.collaborationPath).toEqual({
      length: 3,
      people: [{ id: ALICE }, { id: CAROL }, { id: DAVE }, { id: ERIN }],
      steps: [
        { from: { id: ALICE }, to: { id: CAROL }, relation: 'COAUTHOR', papers: [{ id: P3 }, { id: P2 }], hosting: null },
        { from: { id: CAROL }, to: { id: DAVE }, relation: 'COAUTHOR', papers: [{ id: P5 }], hosting: null },
        { from: { id: DAVE }, to: { id: ERIN }, relation: 'COAUTHOR', papers: [{ id: P6 }], hosting: null },
      ],
    });
    // the path with the evidence of its steps, in one statement.
    expect(roundTrips).toBe(1);
  });

  it('goes through a hosting when HOSTED is allowed', async () => {
    const { data } = await fx.query(PATH, { fromId: ALICE, toId: ERIN, via: ['COAUTHOR', 'HOSTED'] });
    expect(data!.collaborationPath).toEqual({
      length: 2,
      people: [{ id: ALICE }, { id: GRACE }, { id: ERIN }],
      steps: [
        {
          from: { id: ALICE },
          to: { id: GRACE },
          relation: 'HOSTED',
          papers: [],
          hosting: { host: { id: ALICE }, intern: { id: GRACE }, institution: { id: TUEBINGEN }, role: 'host' },
        },
        { from: { id: GRACE }, to: { id: ERIN }, relation: 'COAUTHOR', papers: [{ id: P8 }], hosting: null },
      ],
    });
    const hostedOnly = await fx.query(PATH, { fromId: GRACE, toId: ALICE, via: ['HOSTED'] });
    expect(hostedOnly.data!.collaborationPath).toMatchObject({
      length: 1,
      people: [{ id: GRACE }, { id: ALICE }],
      steps: [{ relation: 'HOSTED', hosting: { host: { id: ALICE } } }],
    });
  });

  it('answers null when no path exists within maxLength', async () => {
    const { data, errors } = await fx.query(`{
      lone: collaborationPath(fromId: "${ALICE}", toId: "${HEIDI}") { length }
      short: collaborationPath(fromId: "${ALICE}", toId: "${ERIN}", maxLength: 2) { length }
      hostedOnly: collaborationPath(fromId: "${ALICE}", toId: "${BOB}", via: [HOSTED]) { length }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ lone: null, short: null, hostedOnly: null });
  });

  it('answers a path of length 0 from a person to themself', async () => {
    const { data } = await fx.query(PATH, { fromId: BOB, toId: BOB });
    expect(data!.collaborationPath).toEqual({ length: 0, people: [{ id: BOB }], steps: [] });
  });

  it.each([
    [{ fromId: 'person:nobody' }, 'NOT_FOUND'],
    [{ toId: 'person:nobody' }, 'NOT_FOUND'],
    [{ fromId: 'person:nobody', toId: 'person:nobody' }, 'NOT_FOUND'],
    [{ maxLength: 11 }, 'BAD_USER_INPUT'],
    [{ maxLength: 0 }, 'BAD_USER_INPUT'],
    [{ via: [] }, 'BAD_USER_INPUT'],
  ])('answers %j with %s', async (args, code) => {
    const { errors } = await fx.query(PATH, { fromId: ALICE, toId: ERIN, ...args });
    expect(errors?.[0].extensions?.code).toBe(code);
  });
});

describe('suggestedCollaborators', () => {
  it('ranks people not yet co-authored with by shared co-authors and topics, with reasons', async () => {
    const { data, errors } = await fx.query(`{ suggestedCollaborators(personId: "${ALICE}") { person { id } score reasons } }`);
    expect(errors).toBeUndefined();
    expect(data!.suggestedCollaborators).toEqual([
      { person: { id: DAVE }, score: 2, reasons: ['1 shared co-author: Carol Chen', '2 shared topics: Deep Learning, Graph Neural Networks'] },
      { person: { id: ERIN }, score: 1.5, reasons: ['3 shared topics: Bibliometrics, Deep Learning, Graph Neural Networks'] },
      { person: { id: GRACE }, score: 0.5, reasons: ['1 shared topic: Bibliometrics'] },
    ]);
  });

  it('honours first, answers [] for a lone person and NOT_FOUND for an unknown one', async () => {
    const { data } = await fx.query(
      `{ top: suggestedCollaborators(personId: "${ALICE}", first: 1) { person { id } } lone: suggestedCollaborators(personId: "${HEIDI}") { score } }`,
    );
    expect(data).toEqual({ top: [{ person: { id: DAVE } }], lone: [] });
    const { errors } = await fx.query('{ suggestedCollaborators(personId: "person:nobody") { score } }');
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
