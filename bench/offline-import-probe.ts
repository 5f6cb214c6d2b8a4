/**
 * `node dist/bench/offline-import-probe.js [--papers 100000] [--heap 2g] [--page-cache 2g]`
 *
 * A probe, not an importer: how long a first load through Neo4j's offline importer
 * (`neo4j-admin database import full`, run from the local Neo4j's Maven classpath) takes, against
 * the online importer's 36 minutes at 1M papers. It writes the bench's synthetic graph as the
 * offline importer's CSV files (Person, Paper, Venue and Topic with their ids, names, titles and
 * years; AUTHORED, PUBLISHED_IN, HAS_TOPIC, CITES and BROADER; COAUTHOR computed here by
 * coauthorPairs), imports them into a new store in a temporary folder, starts the local Neo4j on
 * it and creates every constraint and index the API needs, waiting until they are online; then
 * checks the counts and deletes the folder.
 *
 * Left out, and needed by a real first-load path: PUBLISHES_ON and CO_OCCURS, the properties the
 * upserts set (sources, createdBy/createdAt, the identity step's keys, aliases), and a proof that
 * it builds the online importer's graph. stdout is the JSON result; it is also written to
 * bench/results/offline-import-probe-<papers>.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { findRootDir, loadConfig } from '../src/config';
import { AWAIT_INDEXES, COAUTHOR_ENDPOINT_INDEXES, SCHEMA_STATEMENTS } from '../src/db/cypher/schema.cypher';
import { findJava } from '../src/neo4j-local/find-java';
import { findFreePort, LocalNeo4j } from '../src/neo4j-local/local-neo4j';
import { resolveClasspath } from '../src/neo4j-local/resolve-classpath';
import { generateSyntheticGraph } from './generate-synthetic';
import { coauthorPairs } from './projection-write-floor';
import { saveResult } from './save-result';

const PASSWORD = 'collabgraph-probe';

type Cell = string | number | boolean | undefined | null;

const quote = (cell: Cell) => (cell === undefined || cell === null ? '' : typeof cell === 'string' ? `"${cell.replace(/"/g, '""')}"` : String(cell));

/** Writes `rows` under `header` to `file`, 10,000 lines a write; returns how many rows. */
function writeCsv(file: string, header: string, rows: Iterable<Cell[]>): number {
  const fd = fs.openSync(file, 'w');
  let count = 0;
  try {
    fs.writeSync(fd, `${header}\n`);
    let lines: string[] = [];
    for (const row of rows) {
      lines.push(row.map(quote).join(','));
      count += 1;
      if (lines.length === 10_000) {
        fs.writeSync(fd, `${lines.join('\n')}\n`);
        lines = [];
      }
    }
    if (lines.length) fs.writeSync(fd, `${lines.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return count;
}

/** The rows `each` gives for every item, one item at a time (the 1M graph's twelve million COAUTHOR rows never sit in one array). */
function* rowsOf<T>(items: readonly T[], each: (item: T) => Cell[][]): Generator<Cell[]> {
  for (const item of items) yield* each(item);
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { papers: { type: 'string', default: '100000' }, heap: { type: 'string', default: '2g' }, 'page-cache': { type: 'string', default: '2g' } },
  });
  const papers = Number(values.papers);
  if (!Number.isInteger(papers) || papers < 1) throw new Error(`--papers must be a positive integer, got ${values.papers}`);
  const log = (line: string) => console.error(line);
  const config = loadConfig({ ...process.env, NEO4J_PASSWORD: PASSWORD });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-offline-probe-'));
  const csvDir = path.join(dataDir, 'csv');
  const home = path.join(dataDir, 'home');
  fs.mkdirSync(csvDir);
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  const local = new LocalNeo4j({
    rootDir: findRootDir(),
    dataDir,
    cacheDir: config.localNeo4j.dataDir,
    port: await findFreePort(),
    password: PASSWORD,
    heap: values.heap,
    pageCache: values['page-cache'],
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
    log,
  });
  try {
    log(`writing the CSV files of ${papers} papers to ${csvDir}...`);
    let started = performance.now();
    const document = generateSyntheticGraph({ papers });
    const csv = (name: string, header: string, rows: Iterable<Cell[]>) => ({ name, rows: writeCsv(path.join(csvDir, `${name}.csv`), header, rows) });
    const files = [
      {
        kind: 'nodes',
        label: 'Person',
        ...csv(
          'people',
          'id:ID(Person),name',
          document.people.map((person) => [person.id, person.name]),
        ),
      },
      {
        kind: 'nodes',
        label: 'Paper',
        ...csv(
          'papers',
          'id:ID(Paper),title,year:int',
          document.papers.map((paper) => [paper.id, paper.title, paper.year]),
        ),
      },
      {
        kind: 'nodes',
        label: 'Venue',
        ...csv(
          'venues',
          'id:ID(Venue),name',
          document.venues.map((venue) => [venue.id, venue.name]),
        ),
      },
      {
        kind: 'nodes',
        label: 'Topic',
        ...csv(
          'topics',
          'id:ID(Topic),name',
          document.topics.map((topic) => [topic.id, topic.name]),
        ),
      },
      {
        kind: 'relationships',
        label: 'AUTHORED',
        ...csv(
          'authored',
          ':START_ID(Person),:END_ID(Paper),position:int,equalContribution:boolean,rawName',
          rowsOf(document.papers, (paper) => paper.authors.map((author) => [author.person, paper.id, author.position, author.equalContribution, author.rawName])),
        ),
      },
      {
        kind: 'relationships',
        label: 'PUBLISHED_IN',
        ...csv(
          'published-in',
          ':START_ID(Paper),:END_ID(Venue),year:int',
          document.papers.filter((paper) => paper.venue).map((paper) => [paper.id, paper.venue, paper.year]),
        ),
      },
      {
        kind: 'relationships',
        label: 'HAS_TOPIC',
        ...csv(
          'has-topic',
          ':START_ID(Paper),:END_ID(Topic),score:double,source',
          rowsOf(document.papers, (paper) => (paper.topics ?? []).map((topic) => [paper.id, topic.topic, topic.score, topic.source])),
        ),
      },
      {
        kind: 'relationships',
        label: 'CITES',
        ...csv(
          'cites',
          ':START_ID(Paper),:END_ID(Paper)',
          rowsOf(document.papers, (paper) => (paper.cites ?? []).map((cited) => [paper.id, cited])),
        ),
      },
      {
        kind: 'relationships',
        label: 'BROADER',
        ...csv(
          'broader',
          ':START_ID(Topic),:END_ID(Topic)',
          rowsOf(document.topics, (topic) => (topic.broader ?? []).map((broader) => [topic.id, broader])),
        ),
      },
      {
        kind: 'relationships',
        label: 'COAUTHOR',
        ...csv(
          'coauthor',
          ':START_ID(Person),:END_ID(Person),fromId,toId,papers:int,firstYear:int,lastYear:int',
          rowsOf(coauthorPairs(document), (group) => group.to.map((to, i) => [group.from, to, group.from, to, group.papers[i], group.firstYear[i], group.lastYear[i]])),
        ),
      },
    ];
    const csvSeconds = seconds(started);

    log('neo4j-admin database import full...');
    const { classpath } = resolveClasspath(path.join(findRootDir(), 'neo4j-local'), config.localNeo4j.dataDir, log);
    started = performance.now();
    const admin = spawnSync(
      findJava().executable,
      [
        `-Xmx${values.heap}`,
        '-cp',
        classpath,
        'org.neo4j.cli.AdminTool',
        'database',
        'import',
        'full',
        'neo4j',
        '--overwrite-destination',
        '--id-type=string',
        // Its report of bad entries goes to the temporary folder, not to the working directory (import.report by default).
        `--report-file=${path.join(dataDir, 'import.report')}`,
        `--threads=${os.cpus().length}`,
        ...files.map((file) => `--${file.kind}=${file.label}=${path.join(csvDir, `${file.name}.csv`)}`),
      ],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (admin.status !== 0) throw new Error(`neo4j-admin import failed (${admin.status}): ${admin.stderr || admin.stdout}`);
    const importSeconds = seconds(started);
    fs.rmSync(csvDir, { recursive: true, force: true });

    log('starting Neo4j on the imported store...');
    started = performance.now();
    const server = await local.start({ stopWithParent: true });
    const startSeconds = seconds(started);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', PASSWORD));
    try {
      log('creating every constraint and index...');
      started = performance.now();
      for (const cypher of [...SCHEMA_STATEMENTS, ...Object.values(COAUTHOR_ENDPOINT_INDEXES)]) await driver.executeQuery(cypher);
      await driver.executeQuery(AWAIT_INDEXES.cypher);
      const schemaSeconds = seconds(started);
      const { records } = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
      const expected = {
        nodes: files.filter((file) => file.kind === 'nodes').reduce((sum, file) => sum + file.rows, 0),
        relationships: files.filter((file) => file.kind === 'relationships').reduce((sum, file) => sum + file.rows, 0),
      };
      const found = { nodes: Number(records[0].get('nodes')), relationships: Number(records[0].get('relationships')) };
      const total = csvSeconds + importSeconds + startSeconds + schemaSeconds;
      const output = {
        at: new Date().toISOString(),
        machine: { cpus: os.cpus().length, heap: values.heap, pageCache: values['page-cache'] },
        papers,
        rows: Object.fromEntries(files.map((file) => [file.label, file.rows])),
        seconds: { csv: csvSeconds, import: importSeconds, start: startSeconds, schema: schemaSeconds, total: Math.round(total * 10) / 10 },
        counts: { expected, found, equal: JSON.stringify(expected) === JSON.stringify(found) },
      };
      const file = saveResult(`offline-import-probe-${papers}`, output);
      log(`written to ${path.relative(process.cwd(), file)}`);
      if (!output.counts.equal) process.exitCode = 1;
    } finally {
      await driver.close();
    }
  } finally {
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
