/**
 * `node dist/bench/projection-write-floor.js [--papers 100000]` (the bench's synthetic graph, its default seed)
 *
 * How much of the import's COAUTHOR refresh is the bare cost of writing the relationships. On one
 * synthetic graph, in one run, COAUTHOR is deleted and built again three ways, each from the same
 * empty start:
 *
 * - refresh: what an import runs after its writes (refreshCoauthors over every person, in
 *   batches of REFRESH_BATCH, REFRESH_CONCURRENCY in flight): reads each person's papers' authors
 *   and MERGEs the pairs not there yet;
 * - merge: the same pairs computed in this process from the document (no reads in Neo4j), MERGEd
 *   in batches, as a first-load path that builds each pair once would write them;
 * - create: the same, CREATEd (no check for an existing pair: only safe on a graph nobody else
 *   writes, such as an offline first load).
 *
 * Each build must leave the same COAUTHOR as the import did (count, sum of papers and years, every
 * pair once, from the smaller id); the result says so. The ratios merge/refresh and create/refresh
 * are what a first-load path that skips the reads could save at most: the part of the refresh
 * that is writing. stdout is the JSON result; it is also written to
 * bench/results/projection-write-floor-<papers>.json.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import type { GraphDocument } from '../src/graph/graph-document';
import type { Executor, Statement } from '../src/db/executor';
import { BULK_DEADLOCK_RETRY_MS, inFlight } from '../src/db/write/in-flight';
import { refreshCoauthors } from '../src/db/write/projections.cypher';
import { REFRESH_BATCH, REFRESH_CONCURRENCY } from '../src/db/write/refresh-projections';
import { writeGraphDocument } from '../src/db/write/write-graph-document';
import { openBenchDatabase } from './bench-database';
import { generateSyntheticGraph } from './generate-synthetic';
import { saveResult } from './save-result';

/** Pairs per transaction of the merge and create builds: of 2,000, 10,000 and 50,000 tried at 100k papers, 10,000 wrote fastest. */
export const PAIR_BATCH = 10_000;

/** The COAUTHOR a build left, summed: equal summaries mean the same pairs with the same counts (to a checksum). */
export interface CoauthorSummary {
  relationships: number;
  distinctPairs: number;
  papers: number;
  firstYears: number;
  lastYears: number;
  /** COAUTHOR not from the smaller id to the larger, or whose fromId/toId are not its ends' ids. */
  misdirected: number;
}

export interface WriteFloorResult {
  papers: number;
  people: number;
  pairs: number;
  seconds: { refresh: number; merge: number; create: number };
  /** Seconds of each build over the refresh's. */
  ratios: { merge: number; create: number };
  /** Whether each build left the COAUTHOR the import left. */
  identical: { refresh: boolean; merge: boolean; create: boolean };
  summary: CoauthorSummary;
}

/** The database the measurement writes: any graph in it is deleted first. */
export interface FloorDatabase {
  driver: Driver;
  executor: Executor;
  clear(): Promise<void>;
}

/** One group of pairs per smaller-id person: parallel lists, so a batch of 10,000 pairs is a small parameter. */
interface PairGroup {
  from: string;
  to: string[];
  papers: number[];
  firstYear: Array<number | null>;
  lastYear: Array<number | null>;
}

const summarize: Statement<Record<string, never>> = {
  name: 'summarizeCoauthors',
  cypher: `MATCH (a)-[c:COAUTHOR]->(b)
    RETURN count(c) AS relationships, count(DISTINCT [a.id, b.id]) AS distinctPairs, sum(c.papers) AS papers,
           sum(coalesce(c.firstYear, 0)) AS firstYears, sum(coalesce(c.lastYear, 0)) AS lastYears,
           count(CASE WHEN NOT (a.id < b.id AND c.fromId = a.id AND c.toId = b.id) THEN c END) AS misdirected`,
  params: {},
};

/** The pair groups' two writes: MERGE (the other end may be there) or CREATE (nobody else writes). */
const writePairs = (verb: 'MERGE' | 'CREATE', groups: PairGroup[]): Statement<{ groups: PairGroup[] }> => ({
  name: `${verb.toLowerCase()}CoauthorPairs`,
  cypher: `UNWIND $groups AS g
    MATCH (a:Person {id: g.from})
    UNWIND range(0, size(g.to) - 1) AS i
    MATCH (b:Person {id: g.to[i]})
    ${verb} (a)-[c:COAUTHOR]->(b)
    SET c.fromId = g.from, c.toId = g.to[i], c.papers = g.papers[i], c.firstYear = g.firstYear[i], c.lastYear = g.lastYear[i]
    RETURN count(*) AS written`,
  params: { groups },
});

/**
 * Every co-authorship of `document` (a canonical one: its ids are the graph's), grouped by the
 * smaller id, as refreshCoauthors defines it: shared papers, first and last year among those
 * that have one.
 */
export function coauthorPairs(document: GraphDocument): PairGroup[] {
  const papersOf = new Map<string, GraphDocument['papers']>();
  for (const paper of document.papers) {
    for (const person of new Set(paper.authors.map((author) => author.person))) {
      const papers = papersOf.get(person) ?? [];
      papers.push(paper);
      papersOf.set(person, papers);
    }
  }
  const groups: PairGroup[] = [];
  for (const from of [...papersOf.keys()].sort()) {
    const pairs = new Map<string, { papers: number; firstYear: number | null; lastYear: number | null }>();
    for (const paper of papersOf.get(from)!) {
      for (const to of new Set(paper.authors.map((author) => author.person))) {
        if (to <= from) continue;
        const pair = pairs.get(to) ?? { papers: 0, firstYear: null, lastYear: null };
        pair.papers += 1;
        if (paper.year !== undefined) {
          pair.firstYear = pair.firstYear === null ? paper.year : Math.min(pair.firstYear, paper.year);
          pair.lastYear = pair.lastYear === null ? paper.year : Math.max(pair.lastYear, paper.year);
        }
        pairs.set(to, pair);
      }
    }
    if (pairs.size === 0) continue;
    const values = [...pairs.values()];
    groups.push({
      from,
      to: [...pairs.keys()],
      papers: values.map((pair) => pair.papers),
      firstYear: values.map((pair) => pair.firstYear),
      lastYear: values.map((pair) => pair.lastYear),
    });
  }
  return groups;
}

/** Groups cut into transactions of about PAIR_BATCH pairs (a group is never split). */
function pairBatches(groups: PairGroup[]): PairGroup[][] {
  const batches: PairGroup[][] = [];
  let batch: PairGroup[] = [];
  let size = 0;
  for (const group of groups) {
    batch.push(group);
    size += group.to.length;
    if (size >= PAIR_BATCH) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) batches.push(batch);
  return batches;
}

async function readSummary(executor: Executor): Promise<CoauthorSummary> {
  const [row] = await executor.read<Record<keyof CoauthorSummary, unknown>>(summarize);
  return {
    relationships: Number(row.relationships),
    distinctPairs: Number(row.distinctPairs),
    papers: Number(row.papers),
    firstYears: Number(row.firstYears),
    lastYears: Number(row.lastYears),
    misdirected: Number(row.misdirected),
  };
}

async function deleteCoauthors(db: FloorDatabase): Promise<void> {
  // An auto-commit session: CALL { } IN TRANSACTIONS cannot run inside a managed transaction.
  const session = db.driver.session({ database: db.executor.database });
  try {
    await session.run('MATCH ()-[c:COAUTHOR]->() CALL (c) { DELETE c } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

/** Seconds `build` takes to write COAUTHOR from none; whether it left `expected`. */
async function timeBuild(db: FloorDatabase, expected: CoauthorSummary, build: () => Promise<void>): Promise<{ seconds: number; identical: boolean }> {
  await deleteCoauthors(db);
  const started = performance.now();
  await build();
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  const summary = await readSummary(db.executor);
  return { seconds, identical: JSON.stringify(summary) === JSON.stringify(expected) };
}

/** Imports `document` into `db` (deleting what was there), then times the three builds of its COAUTHOR. */
export async function measureProjectionWriteFloor(db: FloorDatabase, document: GraphDocument, log: (line: string) => void): Promise<WriteFloorResult> {
  await db.clear();
  log(`importing ${document.papers.length} papers...`);
  await writeGraphDocument(db.executor, document);
  const summary = await readSummary(db.executor);
  const groups = coauthorPairs(document);
  const people = [...new Set(document.papers.flatMap((paper) => paper.authors.map((author) => author.person)))].sort();
  const bulk = db.executor.withDeadlockRetry(BULK_DEADLOCK_RETRY_MS);

  log(`refresh: ${summary.relationships} COAUTHOR from ${people.length} people...`);
  const personBatches: string[][] = [];
  for (let offset = 0; offset < people.length; offset += REFRESH_BATCH) personBatches.push(people.slice(offset, offset + REFRESH_BATCH));
  const refresh = await timeBuild(db, summary, () =>
    inFlight(personBatches, REFRESH_CONCURRENCY, async (batch) => {
      await bulk.writeTransaction('refreshProjections', (run) => run(refreshCoauthors(batch)));
    }),
  );
  const batches = pairBatches(groups);
  const pairsOnce = (verb: 'MERGE' | 'CREATE') => {
    log(`${verb.toLowerCase()}: the same pairs, computed here...`);
    return timeBuild(db, summary, () =>
      inFlight(batches, REFRESH_CONCURRENCY, async (batch) => {
        await bulk.write(writePairs(verb, batch));
      }),
    );
  };
  const merge = await pairsOnce('MERGE');
  const create = await pairsOnce('CREATE');
  const ratio = (seconds: number) => Math.round((seconds / refresh.seconds) * 100) / 100;
  return {
    papers: document.papers.length,
    people: people.length,
    pairs: groups.reduce((sum, group) => sum + group.to.length, 0),
    seconds: { refresh: refresh.seconds, merge: merge.seconds, create: create.seconds },
    ratios: { merge: ratio(merge.seconds), create: ratio(create.seconds) },
    identical: { refresh: refresh.identical, merge: merge.identical, create: create.identical },
    summary,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: 'string', default: '100000' } } });
  const papers = Number(values.papers);
  if (!Number.isInteger(papers) || papers < 1) throw new Error(`--papers must be a positive integer, got ${values.papers}`);
  const log = (line: string) => console.error(line);
  const db = await openBenchDatabase(log);
  try {
    const result = await measureProjectionWriteFloor(db, generateSyntheticGraph({ papers }), log);
    const output = { at: new Date().toISOString(), machine: { cpus: os.cpus().length, neo4j: db.version }, loadAverage: os.loadavg()[0], ...result };
    const file = saveResult(`projection-write-floor-${papers}`, output);
    log(`written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
