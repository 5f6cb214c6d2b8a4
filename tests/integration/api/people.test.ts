import { ALICE, BOB, ETH, HEIDI, TUEBINGEN } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => fx?.close());

const ALL_NAMES = ['Alice Ångström', 'Bob Brown', 'Carol Chen', 'Dave Davis', 'Erin Evans', 'Frank Fischer', 'Grace Green', 'Heidi Hansen'];
const names = (connection: { edges: Array<{ node: { name: string } }> }) => connection.edges.map((edge) => edge.node.name);

describe('person', () => {
  it('answers a whole profile: hosts, hosted, positions (newest first), education, talks, weighted topics', async () => {
    const { data, errors } = await fx.query(
      `query($id: ID!) { person(id: $id) { id name aliases orcid
        hosts { host { name } } hosted { host { name } intern { name } institution { id } role start end }
        positions { institution { name } role start end } education { institution { id } degree field }
        talks { title date institution { id } speaker { id } } topics(first: 2) { weight topic { id name } } } }`,
      { id: ALICE },
    );
    expect(errors).toBeUndefined();
    expect(data!.person).toEqual({
      id: ALICE,
      name: 'Alice Ångström',
      aliases: ['A. Angstrom', 'Alice Angstrom-Berg'],
      orcid: '0000-0002-1825-0097',
      hosts: [],
      hosted: [{ host: { name: 'Alice Ångström' }, intern: { name: 'Grace Green' }, institution: { id: TUEBINGEN }, role: 'host', start: '2022-06', end: '2022-09' }],
      positions: [
        { institution: { name: 'University of Tübingen' }, role: 'Professor', start: '2020', end: null },
        { institution: { name: 'ETH Zurich' }, role: 'Postdoc', start: '2016', end: '2019' },
      ],
      education: [{ institution: { id: ETH }, degree: 'PhD', field: 'Computer Science' }],
      talks: [
        { title: 'Citation graphs', date: '2023-03', institution: { id: TUEBINGEN }, speaker: { id: ALICE } },
        { title: 'Graphs of science', date: '2022-10', institution: { id: ETH }, speaker: { id: ALICE } },
      ],
      // Bibliometrics: 0.6 (p1) + 0.8 (p7) + 1 (stated interest); GNN: 0.9 + 0.8 + 0.5.
      topics: [
        { weight: expect.closeTo(2.4, 6), topic: { id: 'topic:bibliometrics', name: 'Bibliometrics' } },
        { weight: expect.closeTo(2.2, 6), topic: { id: 'topic:graph-neural-networks', name: 'Graph Neural Networks' } },
      ],
    });
  });

  it('shows who hosted a person', async () => {
    const { data } = await fx.query('{ person(name: "Grace Green") { hosts { host { id } intern { name } } hosted { role } } }');
    expect(data!.person).toEqual({ hosts: [{ host: { id: ALICE }, intern: { name: 'Grace Green' } }], hosted: [] });
  });

  it.each([
    ['alice ångström', 'the display name in another case'],
    ['ALICE ANGSTROM', 'without the accent'],
    ['A. Angstrom', 'an alias'],
    ['alice  ångström-berg', 'another alias, with a hyphen and odd spacing'],
  ])('finds a person by name: %s (%s)', async (name) => {
    const { data, errors } = await fx.query('query($name: String) { person(name: $name) { id } }', { name });
    expect(errors).toBeUndefined();
    expect(data!.person).toEqual({ id: ALICE });
  });

  it('answers null for a name or id that matches nobody', async () => {
    const { data, errors } = await fx.query('{ byName: person(name: "Nobody Known") { id } byId: person(id: "person:nobody") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ byName: null, byId: null });
  });

  it('answers BAD_USER_INPUT without an id or a name', async () => {
    const { errors } = await fx.query('{ person { id } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("pages a person's papers, newest first, with totalCount", async () => {
    const query = `query($after: String) { person(id: "${ALICE}") { papers(first: 3, after: $after) {
      totalCount edges { node { year title } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const first = (await fx.query(query)).data!.person.papers;
    const second = (await fx.query(query, { after: first.pageInfo.endCursor })).data!.person.papers;
    expect(first.totalCount).toBe(5);
    expect([...first.edges, ...second.edges].map((edge: { node: { title: string } }) => edge.node.title)).toEqual([
      'Counting citations fairly',
      'Scalable graph neural networks',
      'Deep embeddings of authors',
      'Message passing on scholarly graphs',
      'Graph neural networks for citation analysis',
    ]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('people', () => {
  it('pages everyone by name: the pages add up to all, without overlap, hasNextPage right', async () => {
    const query = 'query($after: String) { people(first: 3, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor startCursor } } }';
    const pages = [];
    let after: string | null = null;
    do {
      const { data, errors } = await fx.query(query, { after });
      expect(errors).toBeUndefined();
      pages.push(data!.people);
      after = data!.people.pageInfo.hasNextPage ? data!.people.pageInfo.endCursor : null;
    } while (after && pages.length < 10);
    expect(pages.map((page) => names(page))).toEqual([ALL_NAMES.slice(0, 3), ALL_NAMES.slice(3, 6), ALL_NAMES.slice(6)]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.every((page) => page.totalCount === 8)).toBe(true);
    expect(pages[1].pageInfo.startCursor).toBe(pages[1].edges[0].cursor);
  });

  it('searches names and aliases, accent-insensitively, best first', async () => {
    const { data } = await fx.query('{ a: people(search: "angstrom") { totalCount edges { node { id } } } b: people(search: "Heidi") { edges { node { id } } } }');
    expect(data!.a.edges[0].node.id).toBe(ALICE);
    expect(data!.a.totalCount).toBe(1);
    expect(data!.b.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([HEIDI]);
  });

  it('answers an empty page for a search with nothing searchable in it', async () => {
    const { data, errors } = await fx.query('{ people(search: "*:* ()") { totalCount edges { node { id } } } }');
    expect(errors).toBeUndefined();
    expect(data!.people).toEqual({ totalCount: 0, edges: [] });
  });

  it.each([0, 101, -1])('answers BAD_USER_INPUT for first: %d', async (first) => {
    const { errors, data } = await fx.query('query($first: Int) { people(first: $first) { edges { node { id } } } }', { first });
    expect(data ?? null).toBeNull(); // no data: refused before execution (first 101 by the cost check, 0 and -1 by the resolver)
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers BAD_USER_INPUT for a cursor it did not issue', async () => {
    const { errors } = await fx.query('{ people(after: "bm90LWEtY3Vyc29y") { edges { node { id } } } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('computes totalCount only when asked: one round trip without it, two with it', async () => {
    expect((await fx.query('{ people(first: 2) { edges { node { id } } } }')).roundTrips).toBe(1);
    expect((await fx.query('{ people(first: 2) { totalCount edges { node { id } } } }')).roundTrips).toBe(2);
  });

  it('costs the same round trips for 1 or 8 people asking for co-authors and their shared papers (no N+1)', async () => {
    const query = `query($first: Int) { people(first: $first) { edges { node { name
      coauthors { edges { node { name } papers { title } } }
      papers(first: 5) { edges { node { title authors { person { name } } } } } } } } }`;
    const one = await fx.query(query, { first: 1 });
    const all = await fx.query(query, { first: 8 });
    expect(all.errors).toBeUndefined();
    expect(names(all.data!.people)).toEqual(ALL_NAMES);
    // people, co-authors with their shared papers, papers of each person, their authors.
    expect(one.roundTrips).toBe(4);
    expect(all.roundTrips).toBe(4);
  });

  it('a person found twice in one request is read once (request-scoped loader cache)', async () => {
    const { roundTrips, data } = await fx.query(`{ a: person(id: "${BOB}") { name } b: person(id: "${BOB}") { name } }`);
    expect(data).toEqual({ a: { name: 'Bob Brown' }, b: { name: 'Bob Brown' } });
    expect(roundTrips).toBe(1);
  });
});
