/**
 * One person per real one across overlapping sources (issue 12): the bio, then a Google Scholar
 * BibTeX export of three of its papers, DBLP records of two people who share a name, and one
 * person under three name forms. Through the real import pipeline and a real Neo4j.
 */
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { BLOCKING_KEYS_VERSION } from '../../../src/graph/identity/blocking-keys';
import { GraphWriter } from '../../../src/db/write/graph-writer';
import { emptyGraphDocument } from '../../../src/graph/graph-document';
import { readImportFile, detectFormat } from '../../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';
import { postGraphQL } from '../../support/graphql-client';
import { startTestServer } from '../../support/start-test-server';

const root = findRootDir();
const vocabulary = loadTopicVocabulary(path.join(root, 'seed', 'topics.json'));
const source = (file: string) => path.join(root, 'tests', 'fixtures', 'identity-sources', file);

describe('identity across sources', () => {
  let db: TestDatabase;
  let writer: GraphWriter;

  async function importFile(file: string, format = detectFormat(file)) {
    const reports = [];
    for await (const item of readImportFile(file, format, vocabulary)) reports.push(await writer.importDocument(item.document, { resolveIdentities: true }));
    return reports;
  }

  async function people(where: string, params: Record<string, unknown> = {}) {
    return db.executor.read<{ id: string; name: string; aliases: string[]; papers: unknown }>({
      name: 'testPeople',
      cypher: `MATCH (p:Person) WHERE ${where} RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, COUNT { (p)-[:AUTHORED]->() } AS papers ORDER BY id`,
      params,
    });
  }

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.clear();
    await applyMigrations(db.executor);
    writer = new GraphWriter(db.executor);
    await importFile(path.join(root, 'seed', 'bio.txt'), 'bio');
  });
  afterAll(() => db.close());

  it('a BibTeX export of the bio\'s papers meets the bio\'s people: "Vicol, Paul" is Paul Vicol, with the raw form as an alias', async () => {
    const before = await people('true');
    const [report] = await importFile(source('scholar-export.bib'));
    expect(report.rejected).toEqual([]);
    const vicol = await people("p.name CONTAINS 'Vicol' OR any(a IN coalesce(p.aliases, []) WHERE a CONTAINS 'Vicol')");
    expect(vicol).toHaveLength(1);
    expect(vicol[0].id).toBe('person:paul-vicol');
    expect(vicol[0].aliases).toContain('Vicol, Paul');
    // Every author of the three papers is a bio person already: no one new.
    expect(report.identity).toMatchObject({ added: 0 });
    expect((await people('true')).map((p) => p.id)).toEqual(before.map((p) => p.id));
    const fleet = await people("p.name = 'David J. Fleet'");
    expect(fleet[0].aliases).toContain('Fleet, David J');
  });

  it("the BibTeX export meets the bio's papers: one paper each, the bio's casing and equal-contribution marks kept, one venue", async () => {
    const rows = await db.executor.read<{ id: string; title: string; venues: string[]; equal: string[]; papers: unknown }>({
      name: 'testDraft',
      cypher: `MATCH (p:Paper) WHERE toLower(p.title) STARTS WITH 'directly fine-tuning diffusion models'
        RETURN p.id AS id, p.title AS title,
          COLLECT { MATCH (p)-[:PUBLISHED_IN]->(v:Venue) RETURN v.name } AS venues,
          COLLECT { MATCH (a:Person)-[r:AUTHORED {equalContribution: true}]->(p) RETURN a.name ORDER BY a.name } AS equal`,
      params: {},
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].title).toBe('Directly Fine-Tuning Diffusion Models on Differentiable Rewards');
    expect(rows[0].venues).toEqual(['ICLR']);
    expect(rows[0].equal).toEqual(['Kevin Clark', 'Paul Vicol']);

    // Each fact keeps the sources that stated it, through the API.
    const api = await startTestServer(db.config, db.executor);
    try {
      const { body } = await postGraphQL(api.url, 'query($id: ID!) { paper(id: $id) { sources conflicts authors { person { name } sources } } }', { id: rows[0].id });
      const paper = (body as any).data.paper;
      expect(paper.sources).toEqual(['bibtex:scholar-export.bib', 'bio:bio.txt']);
      expect(paper.conflicts).toEqual([]);
      expect(paper.authors.find((author: any) => author.person.name === 'Paul Vicol').sources).toEqual(['bibtex:scholar-export.bib', 'bio:bio.txt']);
    } finally {
      await api.stop();
    }
    const [{ venues }] = await db.executor.read<{ venues: unknown }>({
      name: 'testVenues',
      cypher: "MATCH (v:Venue) WHERE v.name CONTAINS 'Learning Representations' OR v.name = 'ICLR' RETURN count(v) AS venues",
      params: {},
    });
    expect(Number(venues)).toBe(1);
  });

  it('DBLP homonyms ("Wei Chen 0001", "Wei Chen 0002") stay two people, each with their DBLP ids', async () => {
    await importFile(source('homonyms.xml'));
    const chens = await people("p.name = 'Wei Chen'");
    expect(chens).toHaveLength(2);
    const rows = await db.executor.read<{ dblpPid: string; dblpName: string }>({
      name: 'testChens',
      cypher: "MATCH (p:Person {name: 'Wei Chen'}) RETURN p.dblpPid AS dblpPid, p.dblpName AS dblpName ORDER BY dblpPid",
      params: {},
    });
    expect(rows).toEqual([
      { dblpPid: 'c/WeiChen1', dblpName: 'Wei Chen 0001' },
      { dblpPid: 'c/WeiChen2', dblpName: 'Wei Chen 0002' },
    ]);
    // Imported again: the pids find them, nobody new.
    const [again] = await importFile(source('homonyms.xml'));
    expect(again.identity).toMatchObject({ added: 0 });
  });

  it('"Daniel A. Keim", "D. A. Keim" and "Daniel Keim" with shared co-authors are one person, every form an alias, the merge with its evidence', async () => {
    await importFile(source('keim-variants.bib'));
    const keims = await people("p.name ENDS WITH 'Keim'");
    expect(keims).toHaveLength(1);
    expect(keims[0].name).toBe('Daniel A. Keim');
    expect(Number(keims[0].papers)).toBe(3);
    expect(keims[0].aliases).toEqual(expect.arrayContaining(['D. A. Keim', 'Daniel Keim']));
    const [evidence] = await db.executor.read<{ evidence: string[] }>({
      name: 'testEvidence',
      cypher: 'MATCH (p:Person {id: $id}) RETURN p.identityEvidence AS evidence',
      params: { id: keims[0].id },
    });
    expect(evidence.evidence.join(' ')).toMatch(/Andrienko|Fekete/);
  });

  it('people whose keys were stored under older blocking rules get the new keys at start-up', async () => {
    // Written before nicknames had keys: "Bill" was found only under its own initial, not William's.
    await db.executor.write({
      name: 'testOldPerson',
      cypher: "CREATE (:Person {id: 'person:bill-okafor', name: 'Bill Okafor', blockText: '<bill|o><okafor|b>'})",
      params: {},
    });
    // The people the imports above wrote carry the version already: the backfill leaves them alone.
    const [stale] = await db.executor.read<{ stale: string[] }>({
      name: 'testStaleKeys',
      cypher: 'MATCH (n:Person) WHERE coalesce(n.blockKeysVersion, 1) < $version RETURN collect(n.id) AS stale',
      params: { version: BLOCKING_KEYS_VERSION },
    });
    expect(stale.stale).toEqual(['person:bill-okafor']);
    await applyMigrations(db.executor);
    const [row] = await db.executor.read<{ blockText: string; current: boolean }>({
      name: 'testOldPersonKeys',
      cypher: "MATCH (n:Person {id: 'person:bill-okafor'}) RETURN n.blockText AS blockText, n.blockKeysVersion = $version AS current",
      params: { version: BLOCKING_KEYS_VERSION },
    });
    expect(row.blockText).toContain('<okafor|w>');
    expect(row.current).toBe(true);
  });

  it('nodes written before the identity step get its keys at start-up, so later imports find them', async () => {
    await db.executor.write({
      name: 'testOldPaper',
      cypher: "CREATE (:Paper {id: 'paper:an-old-paper', title: 'An Old Paper, Written Before'}), (:Venue {id: 'venue:old-venue', name: 'Old Venue'})",
      params: {},
    });
    await applyMigrations(db.executor);
    const [row] = await db.executor.read<{ titleKey: string; matchText: string }>({
      name: 'testOldKeys',
      cypher: "MATCH (p:Paper {id: 'paper:an-old-paper'}), (v:Venue {id: 'venue:old-venue'}) RETURN p.titleKey AS titleKey, v.matchText AS matchText",
      params: {},
    });
    expect(row.titleKey).toBe('an old paper written before');
    expect(row.matchText).toContain('<name:old');
  });

  it('the bio imported again changes nothing', async () => {
    const [report] = await importFile(path.join(root, 'seed', 'bio.txt'), 'bio');
    expect(report.nodes.Person).toMatchObject({ created: 0, updated: 0 });
  });
});

describe('lookup and curation of people across sources', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startTestServer>>;
  const gql = async (query: string, variables: Record<string, unknown> = {}, write = false) =>
    (await postGraphQL(api.url, query, variables, write ? { authorization: 'Bearer test-key' } : {})).body as any;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.clear();
    await applyMigrations(db.executor);
    const writer = new GraphWriter(db.executor);
    for (const [file, format] of [
      [path.join(root, 'seed', 'bio.txt'), 'bio'],
      [source('homonyms.xml'), 'dblp'],
      [source('keim-variants.bib'), 'bibtex'],
    ] as const) {
      for await (const item of readImportFile(file, format, vocabulary)) await writer.importDocument(item.document, { resolveIdentities: true });
    }
    api = await startTestServer(db.config, db.executor);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('person(name:) takes "Last, First", initials and hyphen forms, and an ambiguous name lists the candidates', async () => {
    for (const name of ['Vicol, Paul', 'P. Vicol', 'paul vicol'])
      expect((await gql('query($n: String) { person(name: $n) { id } }', { n: name })).data.person).toEqual({ id: 'person:paul-vicol' });
    expect((await gql('{ person(name: "Keim, D. A.") { name } }')).data.person).toEqual({ name: 'Daniel A. Keim' });
    const ambiguous = await gql('{ person(name: "Wei Chen") { id } }');
    expect(ambiguous.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(ambiguous.errors[0].extensions.argument).toBe('name');
    expect(ambiguous.errors[0].extensions.candidates).toHaveLength(2);
    expect((await gql('{ person(name: "Vicol") { id } }')).data.person).toBeNull();
  });

  it('person(dblp:) finds a person by DBLP pid or numbered name', async () => {
    expect((await gql('{ person(dblp: "c/WeiChen2") { name } }')).data.person).toEqual({ name: 'Wei Chen' });
    const a = (await gql('{ person(dblp: "Wei Chen 0001") { id } }')).data.person;
    const b = (await gql('{ person(dblp: "c/WeiChen1") { id } }')).data.person;
    expect(a).toEqual(b);
    expect((await gql('{ person(dblp: "c/Nobody") { id } }')).data.person).toBeNull();
  });

  it('splitPerson moves chosen authorships to a new person; co-authors follow at once; mergePeople folds them back and the retired id still resolves', async () => {
    const keim = (await gql('{ person(name: "Daniel A. Keim") { id papers(first: 10) { edges { node { id title } } } } }')).data.person;
    const movie = keim.papers.edges.find((edge: any) => edge.node.title === 'Visual Analytics of Movement').node.id;
    const split = await gql(
      'mutation($p: ID!, $papers: [ID!]!) { splitPerson(personId: $p, paperIds: $papers, name: "Daniel Keim") { person { id } newPerson { id name } moved } }',
      { p: keim.id, papers: [movie] },
      true,
    );
    expect(split.errors).toBeUndefined();
    expect(split.data.splitPerson.moved).toBe(1);
    const newId = split.data.splitPerson.newPerson.id;
    expect(newId).not.toBe(keim.id);
    const counts = await gql('query($a: ID!, $b: ID!) { a: person(id: $a) { papers { totalCount } } b: person(id: $b) { papers { totalCount } coauthors { totalCount } } }', {
      a: keim.id,
      b: newId,
    });
    expect(counts.data.a.papers.totalCount).toBe(2);
    expect(counts.data.b.papers.totalCount).toBe(1);
    expect(counts.data.b.coauthors.totalCount).toBe(2);

    const merged = await gql('mutation($k: ID!, $m: ID!) { mergePeople(keepId: $k, mergeId: $m) { person { id } mergedId } }', { k: keim.id, m: newId }, true);
    expect(merged.errors).toBeUndefined();
    expect((await gql('query($id: ID!) { person(id: $id) { id papers { totalCount } } }', { id: newId })).data.person).toEqual({ id: keim.id, papers: { totalCount: 3 } });
  });

  it('a split off with a bad paper changes nothing; people with different ORCID iDs are never merged', async () => {
    const bad = await gql('mutation { splitPerson(personId: "person:paul-vicol", paperIds: ["paper:not-his"]) { moved } }', {}, true);
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const a = await gql('mutation { createPerson(input: {name: "Orcid One", orcid: "0000-0002-1825-0097"}) { id } }', {}, true);
    const b = await gql('mutation { createPerson(input: {name: "Orcid Two", orcid: "0000-0001-5109-3700"}) { id } }', {}, true);
    const refused = await gql('mutation($k: ID!, $m: ID!) { mergePeople(keepId: $k, mergeId: $m) { mergedId } }', { k: a.data.createPerson.id, m: b.data.createPerson.id }, true);
    expect(refused.errors[0].extensions.code).toBe('CONFLICT');
    expect((await gql('query($id: ID!) { person(id: $id) { name } }', { id: b.data.createPerson.id })).data.person).toEqual({ name: 'Orcid Two' });
  });

  it('possibleDuplicates lists the pairs left apart, with score and evidence', async () => {
    const writer = new GraphWriter(db.executor);
    // A bare "K. Swersky" with no shared context: plausible, not certain.
    await writer.importDocument({ ...emptyGraphDocument('test:lonely'), people: [{ id: 'person:k-swersky', name: 'K. Swersky' }] }, { resolveIdentities: true });
    const { data } = await gql('{ possibleDuplicates(first: 50) { a { id } b { id } score evidence source } }');
    const pair = data.possibleDuplicates.find((candidate: any) => [candidate.a.id, candidate.b.id].includes('person:k-swersky'));
    expect(pair).toMatchObject({ source: 'test:lonely' });
    expect([pair.a.id, pair.b.id].sort()).toEqual(['person:k-swersky', 'person:kevin-swersky']);
    expect(pair.score).toBeGreaterThan(0.5);
    expect(pair.evidence).toContain('compatible names: K. Swersky ~ Kevin Swersky (initials vs full given name)');
    // Left apart: two people until a curator decides.
    expect((await gql('{ person(id: "person:k-swersky") { id } }')).data.person).toEqual({ id: 'person:k-swersky' });
  });
});
