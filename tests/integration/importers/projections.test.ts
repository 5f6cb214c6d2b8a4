/**
 * The collaboration projections (COAUTHOR, PUBLISHES_ON, CO_OCCURS) are kept by every write path,
 * and graph:check (its library function and its CLI) reports every difference from the authorship
 * and topic edges: after an import, a second import that adds a BROADER link or tags papers,
 * mutations, merges, splits and deletes, the start-up build, and a graph tampered with.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { checkProjections } from '../../../src/db/graph-check';
import { GraphWriter } from '../../../src/db/write/graph-writer';
import { writeGraphDocument } from '../../../src/db/write/write-graph-document';
import { emptyGraphDocument } from '../../../src/graph/graph-document';
import { ALICE, BIB, BOB, CAROL, DAVE, DL, ERIN, GNN, GRACE, ML, P1, P2, P3, P4, P5, smallGraph } from '../../fixtures/graph/small-graph';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

const root = findRootDir();

let db: TestDatabase;
let writer: GraphWriter;

beforeAll(async () => {
  db = await connectTestDatabase();
  await db.clear();
  await applyMigrations(db.executor);
  const report = await writeGraphDocument(db.executor, smallGraph);
  expect(report.rejected).toEqual([]);
  writer = new GraphWriter(db.executor);
});
afterAll(() => db?.close());

async function expectClean() {
  const report = await checkProjections(db.executor);
  expect(report.differences).toEqual({ COAUTHOR: [], PUBLISHES_ON: [], CO_OCCURS: [] });
  expect(report.clean).toBe(true);
}

async function coauthor(a: string, b: string) {
  const rows = await db.executor.read<{ c: Record<string, unknown> }>({
    name: 'testCoauthor',
    cypher: 'MATCH (:Person {id: $a})-[c:COAUTHOR]-(:Person {id: $b}) RETURN c {.papers, .firstYear, .lastYear} AS c',
    params: { a, b },
  });
  return rows.map((row) => Object.fromEntries(Object.entries(row.c).map(([key, value]) => [key, value === null ? null : Number(value)])));
}

async function publishesOn(person: string) {
  const rows = await db.executor.read<{ topic: string; papers: unknown; papersWithNarrower: unknown }>({
    name: 'testPublishesOn',
    cypher: 'MATCH (:Person {id: $person})-[r:PUBLISHES_ON]->(t:Topic) RETURN t.id AS topic, r.papers AS papers, r.papersWithNarrower AS papersWithNarrower ORDER BY topic',
    params: { person },
  });
  return Object.fromEntries(rows.map((row) => [row.topic, [Number(row.papers), Number(row.papersWithNarrower)]]));
}

/** CO_OCCURS of `topic` as {other topic: papers}, either way. */
async function coOccurs(topic: string) {
  const rows = await db.executor.read<{ other: string; papers: unknown }>({
    name: 'testCoOccurs',
    cypher: 'MATCH (:Topic {id: $topic})-[c:CO_OCCURS]-(o:Topic) RETURN o.id AS other, c.papers AS papers ORDER BY other',
    params: { topic },
  });
  return Object.fromEntries(rows.map((row) => [row.other, Number(row.papers)]));
}

/** Runs `npm run graph:check`'s entry point. */
function runGraphCheck(...args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'cli', 'graph-check.js'), ...args], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.once('exit', (code) => resolve({ code, stdout }));
  });
}

describe('collaboration projections', () => {
  it('an import writes one COAUTHOR per pair with shared papers and years, and PUBLISHES_ON rolled up three levels', async () => {
    await expectClean();
    expect(await coauthor(ALICE, BOB)).toEqual([{ papers: 3, firstYear: 2018, lastYear: 2021 }]);
    expect(await coauthor(BOB, ALICE)).toHaveLength(1);
    expect(await coauthor(ALICE, DAVE)).toEqual([]);
    // Alice: P1 (GNN, Bibliometrics), P2 (GNN), P3 (DL), P4 (GNN), P7 (Bibliometrics); DL and GNN are narrower than ML.
    expect(await publishesOn(ALICE)).toEqual({ [BIB]: [2, 2], [DL]: [1, 1], [GNN]: [3, 3], [ML]: [0, 4] });
    // P1 carries GNN and Bibliometrics, P6 DL and GNN.
    expect(await coOccurs(GNN)).toEqual({ [BIB]: 1, [DL]: 1 });
    expect(await coOccurs(ML)).toEqual({});
    // Importing the same document again changes nothing.
    await writeGraphDocument(db.executor, smallGraph);
    await expectClean();
  });

  it('a later import that links a topic to a new broader topic rolls the counts up to it', async () => {
    const document = {
      ...emptyGraphDocument('test:broader'),
      topics: [
        { id: 'topic:ai', name: 'Artificial Intelligence' },
        { id: ML, name: 'Machine Learning', synonyms: ['ML'], broader: ['topic:ai'] },
      ],
    };
    await writeGraphDocument(db.executor, document);
    await expectClean();
    expect((await publishesOn(ALICE))['topic:ai']).toEqual([0, 4]);
    expect((await publishesOn(DAVE))['topic:ai']).toEqual([0, 2]);
  });

  it('a later import that tags a paper with topics counts it in their co-occurrence', async () => {
    const document = {
      ...emptyGraphDocument('test:tagged'),
      papers: [
        {
          id: 'paper:three-topics',
          title: 'Three topics at once',
          authors: [],
          topics: [
            { topic: GNN, score: 0.9, source: 'vocabulary' },
            { topic: BIB, score: 0.8, source: 'vocabulary' },
            { topic: DL, score: 0.7, source: 'vocabulary' },
          ],
        },
      ],
    };
    expect((await writeGraphDocument(db.executor, document)).rejected).toEqual([]);
    expect(await coOccurs(GNN)).toEqual({ [BIB]: 2, [DL]: 2 });
    expect(await coOccurs(BIB)).toEqual({ [DL]: 1, [GNN]: 2 });
    await expectClean();
    await writer.deletePaper('paper:three-topics');
    expect(await coOccurs(GNN)).toEqual({ [BIB]: 1, [DL]: 1 });
    expect(await coOccurs(BIB)).toEqual({ [GNN]: 1 });
    await expectClean();
  });

  it('createPaper, addAuthorship, mergePeople, splitPerson and deletePaper keep them in their transaction', async () => {
    const paper = await writer.createPaper({
      title: 'Projections kept',
      year: 2025,
      authors: [
        { personId: DAVE, equalContribution: false },
        { personId: GRACE, equalContribution: false },
      ],
    });
    expect(await coauthor(DAVE, GRACE)).toEqual([{ papers: 1, firstYear: 2025, lastYear: 2025 }]);
    await expectClean();

    await writer.addAuthorship({ paperId: paper.id, personId: ALICE, equalContribution: false });
    expect(await coauthor(ALICE, DAVE)).toEqual([{ papers: 1, firstYear: 2025, lastYear: 2025 }]);
    await expectClean();

    // Erin shares P6 with Dave; folded into Carol, Carol shares P5 and P6 with Dave.
    await writer.mergePeople(CAROL, ERIN);
    expect(await coauthor(CAROL, DAVE)).toEqual([{ papers: 2, firstYear: 2021, lastYear: 2022 }]);
    expect(await coauthor(ERIN, DAVE)).toEqual([]);
    await expectClean();

    // Alice's GNN papers with Bob move to a namesake: Alice and Bob keep P2 only.
    const split = await writer.splitPerson({ personId: ALICE, paperIds: [P1, P4] });
    expect(await coauthor(ALICE, BOB)).toEqual([{ papers: 1, firstYear: 2019, lastYear: 2019 }]);
    expect(await coauthor(split.newPerson.id, BOB)).toEqual([{ papers: 2, firstYear: 2018, lastYear: 2021 }]);
    expect((await publishesOn(ALICE))[GNN]).toEqual([1, 1]);
    await expectClean();

    await writer.deletePaper(P2);
    expect(await coauthor(ALICE, BOB)).toEqual([]);
    await writer.deletePaper(P3);
    await writer.deletePaper(P5);
    expect((await publishesOn(CAROL))[DL]).toEqual([1, 1]); // P6, Erin's
    await expectClean();
  });

  it('graph:check lists a missing, a wrong and a stray projection (exit 2); --repair rebuilds them (exit 0)', async () => {
    await db.executor.write({
      name: 'tamper',
      cypher: `MATCH (:Person {id: $carol})-[c:COAUTHOR]-(:Person {id: $dave}) DELETE c
               WITH count(*) AS _ MATCH (:Person {id: $alice})-[r:PUBLISHES_ON]->(:Topic {id: $bib}) SET r.papers = 7
               WITH count(*) AS _ MATCH (h:Person {id: 'person:heidi-hansen'}), (t:Topic {id: $ml}) CREATE (h)-[:PUBLISHES_ON {papers: 1, papersWithNarrower: 1}]->(t)
               WITH count(*) AS _ MATCH (:Topic {id: $dl})-[c:CO_OCCURS]-(:Topic {id: $gnn}) SET c.papers = 5`,
      params: { carol: CAROL, dave: DAVE, alice: ALICE, bib: BIB, ml: ML, dl: DL, gnn: GNN },
    });
    const report = await checkProjections(db.executor);
    expect(report.clean).toBe(false);
    expect(report.differences.COAUTHOR).toEqual([{ a: CAROL, b: DAVE, expected: { papers: 1, firstYear: 2022, lastYear: 2022 }, stored: [] }]);
    expect(report.differences.PUBLISHES_ON).toEqual([
      { person: ALICE, topic: BIB, expected: { papers: 1, papersWithNarrower: 1 }, stored: [{ papers: 7, papersWithNarrower: 1, topicIdMatches: true }] },
      { person: 'person:heidi-hansen', topic: ML, expected: null, stored: [{ papers: 1, papersWithNarrower: 1, topicIdMatches: false }] },
    ]);
    expect(report.differences.CO_OCCURS).toEqual([{ a: DL, b: GNN, expected: { papers: 1 }, stored: [{ papers: 5, reversed: false }] }]);

    const dirty = await runGraphCheck();
    expect(dirty.code).toBe(2);
    expect(JSON.parse(dirty.stdout)).toEqual(JSON.parse(JSON.stringify(report)));
    const repaired = await runGraphCheck('--repair');
    expect(repaired.code).toBe(0);
    expect(JSON.parse(repaired.stdout)).toMatchObject({ clean: true });
    await expectClean();
  });

  it('the start-up migration builds them on a graph written before they existed', async () => {
    await db.executor.write({ name: 'dropProjections', cypher: 'MATCH ()-[r:COAUTHOR|PUBLISHES_ON|CO_OCCURS]->() DELETE r', params: {} });
    expect((await checkProjections(db.executor)).clean).toBe(false);
    await applyMigrations(db.executor);
    await expectClean();
    expect(await coauthor(CAROL, DAVE)).toHaveLength(1);
  });

  it("the start-up migration gives PUBLISHES_ON written before they carried topicId their topic's id", async () => {
    const [{ before }] = await db.executor.write<{ before: unknown }>({
      name: 'dropTopicIds',
      cypher: 'MATCH ()-[r:PUBLISHES_ON]->() REMOVE r.topicId RETURN count(r) AS before',
      params: {},
    });
    expect(Number(before)).toBeGreaterThan(0);
    const stale = await checkProjections(db.executor);
    expect(stale.differences.PUBLISHES_ON).toHaveLength(Number(before));
    expect(stale.differences.PUBLISHES_ON.every((row) => row.stored[0].topicIdMatches === false)).toBe(true);
    await applyMigrations(db.executor);
    await expectClean();
  });

  it("the start-up migration gives COAUTHOR written before they carried their ends' ids those ids, then creates the indexes that read them", async () => {
    const indexes = async () =>
      (
        await db.executor.read<{ name: string }>({
          name: 'testIndexes',
          cypher: "SHOW INDEXES YIELD name WHERE name STARTS WITH 'coauthor_' RETURN name ORDER BY name",
          params: {},
        })
      ).map((row) => row.name);
    expect(await indexes()).toEqual(['coauthor_from_strongest', 'coauthor_pair', 'coauthor_to_strongest']);
    // A graph as the version before wrote it: no endpoint ids, no indexes on them.
    for (const index of ['coauthor_from_strongest', 'coauthor_to_strongest', 'coauthor_pair'])
      await db.executor.write({ name: 'dropCoauthorIndex', cypher: `DROP INDEX ${index}`, params: {} });
    const [{ before }] = await db.executor.write<{ before: unknown }>({
      name: 'dropEndpointIds',
      cypher: 'MATCH ()-[c:COAUTHOR]->() REMOVE c.fromId, c.toId RETURN count(c) AS before',
      params: {},
    });
    expect(Number(before)).toBeGreaterThan(0);
    const stale = await checkProjections(db.executor);
    expect(stale.differences.COAUTHOR).toHaveLength(Number(before));
    expect(stale.differences.COAUTHOR.every((row) => row.stored.length === 1 && !row.stored[0].endpointIdsMatch)).toBe(true);

    await applyMigrations(db.executor);
    await expectClean();
    expect(await indexes()).toEqual(['coauthor_from_strongest', 'coauthor_pair', 'coauthor_to_strongest']);
    const [{ hits }] = await db.executor.read<{ hits: string[] }>({
      name: 'testCoauthorIndexUse',
      cypher: 'MATCH ()-[c:COAUTHOR]->(o) WHERE c.fromId = $carol AND c.papers >= 1 AND c.toId IS NOT NULL RETURN collect(o.id) AS hits',
      params: { carol: CAROL },
    });
    expect(hits).toContain(DAVE);
  });

  it('the start-up migration replaces the endpoint indexes on (fromId, papers) and (toId, papers) without walking the people again', async () => {
    const indexes = async () =>
      (
        await db.executor.read<{ name: string; properties: string[] }>({
          name: 'testIndexes',
          cypher: "SHOW INDEXES YIELD name, properties WHERE name STARTS WITH 'coauthor_' RETURN name, properties ORDER BY name",
          params: {},
        })
      ).map((row) => `${row.name} (${row.properties.join(', ')})`);
    // A graph as the version before left it: its two endpoint indexes, and every COAUTHOR with its ids.
    for (const index of ['coauthor_from_strongest', 'coauthor_to_strongest']) await db.executor.write({ name: 'dropCoauthorIndex', cypher: `DROP INDEX ${index}`, params: {} });
    await db.executor.write({ name: 'oldIndex', cypher: 'CREATE INDEX coauthor_from_papers FOR ()-[c:COAUTHOR]-() ON (c.fromId, c.papers)', params: {} });
    await db.executor.write({ name: 'oldIndex', cypher: 'CREATE INDEX coauthor_to_papers FOR ()-[c:COAUTHOR]-() ON (c.toId, c.papers)', params: {} });
    expect(await indexes()).toEqual(['coauthor_from_papers (fromId, papers)', 'coauthor_pair (fromId, toId)', 'coauthor_to_papers (toId, papers)']);
    // An id the walk would mend: left wrong shows that the walk did not run (graph:check --repair mends it below).
    await db.executor.write({
      name: 'tamperEndpointId',
      cypher: "MATCH (:Person {id: $carol})-[c:COAUTHOR]-(:Person {id: $dave}) SET c.toId = 'person:nobody'",
      params: { carol: CAROL, dave: DAVE },
    });
    const log: string[] = [];
    await applyMigrations(db.executor, (line) => log.push(line));
    expect(await indexes()).toEqual(['coauthor_from_strongest (fromId, papers, toId)', 'coauthor_pair (fromId, toId)', 'coauthor_to_strongest (toId, papers, fromId)']);
    expect(log).toEqual([
      expect.stringMatching(/^migration: indexes coauthor_from_strongest, coauthor_to_strongest, coauthor_pair replace coauthor_from_papers, coauthor_to_papers/),
    ]);
    expect((await checkProjections(db.executor)).differences.COAUTHOR).toHaveLength(1);
    expect((await runGraphCheck('--repair')).code).toBe(0);
    await expectClean();
  });

  it('graph:check --repair gives a COAUTHOR with a wrong end id the right ones', async () => {
    await db.executor.write({
      name: 'tamperEndpointId',
      cypher: "MATCH (:Person {id: $carol})-[c:COAUTHOR]-(:Person {id: $dave}) SET c.toId = 'person:nobody'",
      params: { carol: CAROL, dave: DAVE },
    });
    const report = await checkProjections(db.executor);
    expect(report.differences.COAUTHOR).toEqual([
      { a: CAROL, b: DAVE, expected: expect.anything(), stored: [expect.objectContaining({ reversed: false, endpointIdsMatch: false })] },
    ]);
    expect((await runGraphCheck('--repair')).code).toBe(0);
    await expectClean();
  });
});
