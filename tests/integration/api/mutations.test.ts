import { ALICE, BOB, CAROL, GRACE, P1, P8 } from '../../fixtures/graph/small-graph';
import { checkProjections } from '../../../src/db/graph-check';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';
import { graphCounts } from '../../support/graph-counts';
import { postGraphQL } from '../../support/graphql-client';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => fx?.close());
// Every mutation keeps the collaboration projections true (graph:check finds no difference), refused ones included.
afterEach(async () => {
  expect((await checkProjections(fx.db.executor)).differences).toEqual({ COAUTHOR: [], PUBLISHES_ON: [], CO_OCCURS: [] });
});

const AUTH = { authorization: 'Bearer test-key' };
const write = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = AUTH) => postGraphQL(fx.api.url, query, variables, headers);
const code = (body: { errors?: Array<{ extensions?: { code?: string } }> }) => body.errors?.[0]?.extensions?.code;

describe('mutations', () => {
  it('refuse without a write key (UNAUTHENTICATED, HTTP 401) and change nothing', async () => {
    const before = await graphCounts(fx.db);
    for (const headers of [{}, { authorization: 'Bearer wrong-key' }, { authorization: 'test-key' }] as Array<Record<string, string>>) {
      const { status, body } = await write('mutation { createPerson(input: {name: "Mallory Mole"}) { id } }', {}, headers);
      expect(status).toBe(401);
      expect(code(body)).toBe('UNAUTHENTICATED');
    }
    expect(await graphCounts(fx.db)).toEqual(before);
  });

  it('createPerson validates every input: ORCID checksum, lengths, control characters', async () => {
    const before = await graphCounts(fx.db);
    const cases = [{ name: 'Bad Orcid', orcid: '0000-0002-1825-0098' }, { name: 'X' }, { name: 'a'.repeat(201) }, { name: 'Eve\u0007Bell' }];
    for (const input of cases) {
      const { status, body } = await write('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input });
      expect(code(body)).toBe('BAD_USER_INPUT');
      expect(status).toBe(200);
    }
    expect(await graphCounts(fx.db)).toEqual(before);
  });

  it('createPerson stores markup as inert text and finds the person by a folded alias', async () => {
    const { body } = await write('mutation { createPerson(input: {name: "Zoë <b>Ziegler</b>", aliases: ["Zoe Ziegler"]}) { id name aliases } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.createPerson).toEqual({ id: 'person:zoe-b-ziegler-b', name: 'Zoë <b>Ziegler</b>', aliases: ['Zoe Ziegler'] });
    const found = await fx.query('{ person(name: "ZOE ziegler") { id } }');
    expect(found.data!.person).toEqual({ id: 'person:zoe-b-ziegler-b' });
  });

  it('50 concurrent creations of one ORCID: exactly one node, the rest CONFLICT', async () => {
    const orcid = '0000-0001-5109-3700';
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => write('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { name: `Racer ${index}`, orcid } })),
    );
    const codes = responses.map(({ body }) => (body.errors ? code(body) : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    const rows = await fx.db.executor.read<{ n: unknown }>({ name: 't', cypher: 'MATCH (p:Person {orcid: $orcid}) RETURN count(p) AS n', params: { orcid } });
    expect(Number(rows[0].n)).toBe(1);
  });

  it('createPaper keeps the author order; a person twice is refused', async () => {
    const { body } = await write(`mutation($input: CreatePaperInput!) { createPaper(input: $input) { id title year authors { position equalContribution person { id } } } }`, {
      input: {
        title: 'A new result',
        year: 2024,
        venue: 'ICLR',
        authors: [{ personId: CAROL, equalContribution: true }, { personId: ALICE, equalContribution: true }, { personId: BOB }],
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.createPaper).toEqual({
      id: 'paper:a-new-result',
      title: 'A new result',
      year: 2024,
      authors: [
        { position: 1, equalContribution: true, person: { id: CAROL } },
        { position: 2, equalContribution: true, person: { id: ALICE } },
        { position: 3, equalContribution: false, person: { id: BOB } },
      ],
    });
    const twice = await write('mutation($input: CreatePaperInput!) { createPaper(input: $input) { id } }', {
      input: { title: 'Self collaboration', authors: [{ personId: BOB }, { personId: BOB }] },
    });
    expect(code(twice.body)).toBe('BAD_USER_INPUT');
    const again = await write('mutation($input: CreatePaperInput!) { createPaper(input: $input) { id } }', { input: { title: 'A new result', authors: [{ personId: BOB }] } });
    expect(code(again.body)).toBe('CONFLICT');
    const unknown = await write('mutation($input: CreatePaperInput!) { createPaper(input: $input) { id } }', {
      input: { title: 'Ghost paper', authors: [{ personId: 'person:nobody-here' }] },
    });
    expect(code(unknown.body)).toBe('NOT_FOUND');
    const badDoi = await write('mutation($input: CreatePaperInput!) { createPaper(input: $input) { id } }', {
      input: { title: 'Bad DOI', doi: 'nope', authors: [{ personId: BOB }] },
    });
    expect(code(badDoi.body)).toBe('BAD_USER_INPUT');
  });

  it('addAuthorship appends after the last author', async () => {
    const { body } = await write('mutation { addAuthorship(input: {paperId: "paper:a-new-result", personId: "' + GRACE + '"}) { authors { position person { id } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.addAuthorship.authors.at(-1)).toEqual({ position: 4, person: { id: GRACE } });
  });

  it('addHosting records a hosting; nobody hosts themselves', async () => {
    const { body } = await write(
      'mutation { addHosting(input: {hostId: "' +
        BOB +
        '", internId: "' +
        CAROL +
        '", institution: "Vector Institute", start: "2021-05"}) { host { id } intern { id } institution { id name } role start } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.addHosting).toEqual({
      host: { id: BOB },
      intern: { id: CAROL },
      institution: { id: 'institution:vector-institute', name: 'Vector Institute' },
      role: 'host',
      start: '2021-05',
    });
    const self = await write('mutation { addHosting(input: {hostId: "' + BOB + '", internId: "' + BOB + '"}) { role } }');
    expect(code(self.body)).toBe('BAD_USER_INPUT');
  });

  it('mergePeople keeps every alias and relationship and reports what moved', async () => {
    const created = await write('mutation { createPerson(input: {name: "C. Chen", aliases: ["Carol C."]}) { id } }');
    const duplicateId = created.body.data!.createPerson.id;
    await write(`mutation { addAuthorship(input: {paperId: "${P8}", personId: "${duplicateId}"}) { id } }`);
    const before = await fx.query(`{ person(id: "${CAROL}") { papers(first: 50) { totalCount } } }`);

    const { body } = await write(`mutation { mergePeople(keepId: "${CAROL}", mergeId: "${duplicateId}") { person { id aliases } mergedId aliasesAdded moved { type count } } }`);
    expect(body.errors).toBeUndefined();
    const merged = body.data!.mergePeople;
    expect(merged.mergedId).toBe(duplicateId);
    expect(merged.aliasesAdded).toEqual(['C. Chen', 'Carol C.']);
    expect(merged.person.aliases).toEqual(expect.arrayContaining(['C. Chen', 'Carol C.']));
    expect(merged.moved.find((m: { type: string }) => m.type === 'AUTHORED').count).toBe(1);
    const after = await fx.query(`{ person(id: "${CAROL}") { papers(first: 50) { totalCount } } gone: person(id: "${duplicateId}") { id } }`);
    // The merged id is retired, not lost: old links find the person it was merged into (issue 12).
    expect(after.data!.gone).toEqual({ id: CAROL });
    expect(after.data!.person.papers.totalCount).toBe(before.data!.person.papers.totalCount + 1);
  });

  it('deletePaper removes it with its relationships; NOT_FOUND the second time', async () => {
    const { body } = await write(`mutation { deletePaper(id: "${P1}") { id relationshipsRemoved } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.deletePaper.id).toBe(P1);
    expect(body.data!.deletePaper.relationshipsRemoved).toBeGreaterThan(0);
    const again = await write(`mutation { deletePaper(id: "${P1}") { id } }`);
    expect(code(again.body)).toBe('NOT_FOUND');
  });

  it('importBibtex imports entries and lists rejects with lines', async () => {
    const text = `@article{ok, title={A {B}ib{T}e{X} paper}, author={M{\\"u}ller, Anna and Bob Brown}, year={2020}, journal={JMLR}}\n@article{bad, author={X Y}, year={99999}}\n`;
    const { body } = await write('mutation($text: String!) { importBibtex(text: $text) { papersParsed nodesCreated rejected { line record reason } } }', { text });
    expect(body.errors).toBeUndefined();
    const report = body.data!.importBibtex;
    expect(report.papersParsed).toBe(2);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0].line).toBe(2);
    const paper = await fx.query('{ papers(search: "BibTeX paper") { edges { node { title authors { person { name } } } } } }');
    expect(paper.data!.papers.edges[0].node).toEqual({ title: 'A BibTeX paper', authors: [{ person: { name: 'Anna Müller' } }, { person: { name: 'Bob Brown' } }] });
  });
});
