/**
 * `npm run bench [-- --quick] [--sizes 10k,100k,1m] [--datasets bio,cora,10k] [--duration S] [--warmup S] [--measure-only NAME]`
 *
 * `--measure-only NAME` measures the graph already in NEO4J_URI's database (imported by hand, e.g.
 * `npm run bench:generate -- --papers 1m --import`) as data set NAME: no naive baseline, nothing
 * cleared or imported. It needs NEO4J_URI.
 *
 * One run, one Neo4j (a throw-away local one unless NEO4J_URI is set), three contenders:
 * raw Cypher through the driver (the floor), collabgraph over HTTP and @neo4j/graphql over
 * HTTP. For each data set: import (timed), pick inputs, measure costs (round trips, PROFILE
 * db hits), then latency and throughput. Writes bench/results/<timestamp>.json and
 * latest.json and prints the side-by-side tables.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { openBenchDatabase } from './bench-database';
import { spawnServer } from './contenders/spawn-server';
import { measureCosts } from './cost/measure-costs';
import { loadDataset } from './datasets';
import { formatResults } from './format-report';
import { generateSyntheticGraph } from './generate-synthetic';
import { ImportTiming, timeImport, timeNaiveImport } from './import-bench';
import { measureLatency } from './measure-latency';
import { OPERATIONS } from './operations/operations';
import { pickInputs } from './operations/pick-inputs';
import type { BenchResults, DatasetResult } from './results';

interface RunOptions {
  datasets: string[];
  warmupSeconds: number;
  durationSeconds: number;
  naiveSlicePapers: number;
  /** The naive baseline stops after this long (its rows/s is what is compared). */
  naiveMaxSeconds: number;
  /** Measure the graph in NEO4J_URI as this data set, without clearing or importing anything. */
  measureOnly?: string;
}

/** --quick: bio, CoRA and 10k with short runs (under ten minutes on 2 cores). */
export function parseArgs(argv: string[]): RunOptions {
  const flag = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const sizes = (flag('sizes') ?? (quick ? '10k' : '10k,100k')).split(',').filter(Boolean);
  const measureOnly = flag('measure-only');
  const datasets = measureOnly ? [measureOnly] : (flag('datasets')?.split(',').filter(Boolean) ?? ['bio', 'cora', ...sizes]);
  const number = (name: string, fallback: number) => {
    const value = Number(flag(name) ?? fallback);
    if (!(value > 0)) throw new Error(`--${name} must be a positive number`);
    return value;
  };
  return {
    datasets,
    warmupSeconds: number('warmup', quick ? 1 : 3),
    durationSeconds: number('duration', quick ? 2 : 10),
    naiveSlicePapers: number('naive-papers', quick ? 500 : 2000),
    naiveMaxSeconds: number('naive-seconds', quick ? 20 : 60),
    measureOnly,
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(line);
  if (options.measureOnly && !process.env.NEO4J_URI) throw new Error('--measure-only measures the graph at NEO4J_URI: set it');
  const started = Date.now();
  const db = await openBenchDatabase(log);
  const results: BenchResults = {
    startedAt: new Date(started).toISOString(),
    totalSeconds: 0,
    machine: machine(db.version),
    loadAverage: { start: os.loadavg()[0], end: NaN },
    options,
    importBaseline: null,
    startupMemoryMiB: { collabgraph: NaN, neo4jGraphql: NaN },
    datasets: [],
  };
  const env = { NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database, NODE_ENV: 'development' };
  try {
    if (!options.measureOnly) {
      log(`Import baseline on a ${options.naiveSlicePapers}-paper synthetic slice...`);
      const slice = generateSyntheticGraph({ papers: options.naiveSlicePapers });
      await db.clear();
      const naive = await timeNaiveImport(db, slice, options.naiveMaxSeconds);
      await db.clear();
      const importer = await timeImport(db, [slice], log);
      results.importBaseline = { slicePapers: options.naiveSlicePapers, naive, importer, speedup: importer.rowsPerSecond / naive.rowsPerSecond };
      log(`  naive ${naive.rowsPerSecond} rows/s, importer ${importer.rowsPerSecond} rows/s`);
    }

    const servers = { collabgraph: await spawnServer('collabgraph', env), neo4jGraphql: await spawnServer('neo4j-graphql', env) };
    results.startupMemoryMiB = { collabgraph: Math.round(servers.collabgraph.rssMiB()), neo4jGraphql: Math.round(servers.neo4jGraphql.rssMiB()) };
    try {
      for (const name of options.datasets) {
        let imported: ImportTiming = { rows: 0, seconds: 0, rowsPerSecond: 0 };
        if (options.measureOnly) log(`Data set ${name}: the graph at NEO4J_URI as it is`);
        else {
          log(`Data set ${name}: importing...`);
          await db.clear();
          imported = await timeImport(db, loadDataset(name), log);
          log(`  ${imported.rows} rows in ${imported.seconds} s (${imported.rowsPerSecond} rows/s)`);
        }
        const inputs = await pickInputs(db.driver, db.database);
        log(`  inputs: ${JSON.stringify(inputs)}`);
        const costs = await measureCosts(db.driver, db.database, OPERATIONS, inputs);
        for (const cost of costs) {
          for (const contender of ['collabgraph', 'neo4jGraphql'] as const) {
            if (!cost[contender].ok) log(`  ${cost.name} n/a for ${contender}: ${cost[contender].error}`);
          }
        }
        const measured = await measureLatency(db.driver, db.database, servers, OPERATIONS, inputs, costs, options, log);
        const dataset: DatasetResult = { name, graph: await graphSize(db), import: imported, inputs, costs, ...measured };
        results.datasets.push(dataset);
      }
    } finally {
      await servers.collabgraph.stop();
      await servers.neo4jGraphql.stop();
    }
  } finally {
    await db.close();
  }
  results.totalSeconds = Math.round((Date.now() - started) / 1000);
  results.loadAverage.end = os.loadavg()[0];
  const file = writeResults(results);
  console.log(formatResults(results));
  console.log(`\nResults: ${file}`);
}

async function graphSize(db: Awaited<ReturnType<typeof openBenchDatabase>>): Promise<DatasetResult['graph']> {
  const { records } = await db.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database: db.database },
  );
  return { nodes: Number(records[0].get('nodes')), relationships: Number(records[0].get('relationships')) };
}

function machine(neo4j: string): BenchResults['machine'] {
  // `java -version` writes to stderr.
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = /version "([^"]+)"/.exec(`${probe.stderr ?? ''}${probe.stdout ?? ''}`)?.[1] ?? 'unknown';
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    java,
    neo4j,
    os: `${os.type()} ${os.release()}`,
  };
}

function writeResults(results: BenchResults): string {
  const dir = path.join(loadConfig().rootDir, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  const text = JSON.stringify(results, null, 2) + '\n';
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(dir, 'latest.json'), text);
  return file;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
