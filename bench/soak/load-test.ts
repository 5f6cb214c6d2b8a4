/**
 * Soak test (issue 7): `npm run load -- --duration 120 --clients 50`.
 *
 * Bounded in time (--duration ≤ 480 s) and clients (≤ 200), loopback only. Starts a throw-away
 * local Neo4j (or uses NEO4J_URI, then without the kill phase), runs the built API as a child
 * (`node dist/src/main.js`, seeding the bio), drives a mix of reads, paths, searches and
 * writes, keeps a ledger of acknowledged writes, and then checks every one exists exactly
 * once: right after the run, and again after SIGKILLing Neo4j and restarting it.
 * Writes bench/results/load-<timestamp>.json and prints a summary.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { findRootDir, loadConfig } from '../../src/config';
import { LocalNeo4j } from '../../src/neo4j-local/local-neo4j';
import { startApiChild } from './api-child';
import { killAndRestart, RestartReport } from './kill-restart';
import { findStablePort } from './stable-port';
import { runClients } from './run-clients';
import { verifyLedger } from './write-ledger';

const PASSWORD = 'collabgraph-load';

interface Options {
  duration: number;
  clients: number;
  seed: number;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string, fallback: number, max: number) => {
    const index = argv.indexOf(`--${name}`);
    if (index < 0) return fallback;
    const parsed = Number(argv[index + 1]);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) throw new Error(`--${name} must be an integer from 1 to ${max}`);
    return parsed;
  };
  return { duration: value('duration', 120, 480), clients: value('clients', 50, 200), seed: value('seed', 7, 2 ** 31) };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const root = findRootDir();
  const log = (line: string) => console.log(`[load] ${line}`);
  const external = process.env.NEO4J_URI;
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = external;
  const password = external ? (process.env.NEO4J_PASSWORD ?? '') : PASSWORD;
  if (!uri) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-load-'));
    local = new LocalNeo4j({
      rootDir: root,
      dataDir,
      cacheDir: loadConfig({}).localNeo4j.dataDir,
      port: await findStablePort(),
      password,
      heap: '1g',
      pageCache: '256m',
      startTimeoutMs: 180_000,
    });
    const started = await local.start({ stopWithParent: true });
    uri = started.uri;
    log(`throw-away Neo4j at ${uri} ready in ${(started.startMs / 1000).toFixed(1)} s`);
  }
  const apiKey = `load-${Date.now()}`;
  const api = await startApiChild(root, {
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    API_KEYS: apiKey,
    SEED_ON_START: 'true',
    NODE_ENV: 'production',
    RATE_LIMIT_EXPENSIVE_PER_MINUTE: '0',
  }); // 50 clients share one address: measure capacity, not the limit
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    log(`API (pid ${api.pid}) at ${api.baseUrl}; running ${options.clients} clients for ${options.duration} s`);
    const run = await runClients({ baseUrl: api.baseUrl, apiKey, clients: options.clients, durationMs: options.duration * 1000, seed: options.seed, sampleRss: api.rssBytes });
    const afterRun = await verifyLedger(driver, 'neo4j', run.ledger);
    log(`${run.report.totals.requests} requests, ${run.report.totals.errors} errors, ${run.report.totals.rps} req/s`);
    log(`ledger after the run: ${afterRun.acknowledged} acknowledged, ${afterRun.missing.length} missing, ${afterRun.duplicated.length} duplicated`);

    let afterRestart: Awaited<ReturnType<typeof verifyLedger>> | 'skipped (NEO4J_URI set)' = 'skipped (NEO4J_URI set)';
    let restart: RestartReport | { error: string } | undefined;
    if (local) {
      try {
        restart = await killAndRestart(local, api, log);
        afterRestart = await verifyLedger(driver, 'neo4j', run.ledger);
        log(`ledger after kill and restart: ${afterRestart.missing.length} missing, ${afterRestart.duplicated.length} duplicated`);
      } catch (error) {
        restart = { error: String(error) };
        log(`the kill-and-restart phase failed: ${String(error)}`);
      }
    }

    const result = {
      at: new Date().toISOString(),
      options,
      node: process.version,
      neo4j: external ? 'NEO4J_URI' : 'throw-away local 5.26',
      ...run.report,
      restart,
      ledger: { afterRun: summariseCheck(afterRun), afterRestart: typeof afterRestart === 'string' ? afterRestart : summariseCheck(afterRestart) },
    };
    const file = path.join(root, 'bench', 'results', `load-${result.at.replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    printSummary(result, file);
    const lost = afterRun.missing.length + afterRun.duplicated.length + (typeof afterRestart === 'string' ? 0 : afterRestart.missing.length + afterRestart.duplicated.length);
    process.exitCode = lost > 0 || run.report.totals.errors > 0 || (restart && 'error' in restart) ? 1 : 0;
  } finally {
    await driver.close();
    await api.stop();
    if (local) await local.stop(20_000);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function summariseCheck(check: Awaited<ReturnType<typeof verifyLedger>>) {
  return { acknowledged: check.acknowledged, missing: check.missing.length, duplicated: check.duplicated.length, examples: [...check.missing, ...check.duplicated].slice(0, 5) };
}

function printSummary(
  result: {
    operations: Record<string, { requests: number; errors: number; p50: number; p95: number; p99: number }>;
    totals: Record<string, number>;
    rss: Record<string, number>;
    ledger: unknown;
    restart?: unknown;
  },
  file: string,
): void {
  console.log('\noperation        requests  errors     p50     p95     p99   (ms)');
  for (const [name, s] of Object.entries(result.operations)) {
    console.log(
      `${name.padEnd(16)} ${String(s.requests).padStart(8)} ${String(s.errors).padStart(7)} ${s.p50.toFixed(1).padStart(7)} ${s.p95.toFixed(1).padStart(7)} ${s.p99.toFixed(1).padStart(7)}`,
    );
  }
  console.log(`\ntotals: ${JSON.stringify(result.totals)}`);
  console.log(`API RSS (MB): ${JSON.stringify(result.rss)}`);
  console.log(`restart: ${JSON.stringify(result.restart)}`);
  console.log(`ledger: ${JSON.stringify(result.ledger)}`);
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error('[load] failed:', error);
  process.exit(1);
});
