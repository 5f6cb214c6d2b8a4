/**
 * `node dist/bench/api-cpu-profile.js [--dataset bio] [--requests 400] [--rounds 3] [--compare DIR] [--label NAME]`
 *
 * Where the API's CPU goes: collabgraph serves each benchmark operation `--requests` times a
 * round at concurrency 8 under `node --cpu-prof`, over a throw-away Neo4j holding the data set.
 * With `--compare DIR` (another checkout, built) its API runs beside this one, rounds
 * alternating between the two. Reports each server's CPU microseconds per request per
 * operation (median of the rounds, from /proc, not the clock) and each profile's top frames
 * and packages by self time. stdout is the JSON result; it is also written to
 * bench/results/api-cpu-<label>.json.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openBenchDatabase } from './bench-database';
import { ChildServer, spawnServer } from './contenders/spawn-server';
import { loadDataset } from './datasets';
import { timeImport } from './import-bench';
import { OPERATIONS, GraphQLRequest } from './operations/operations';
import { pickInputs } from './operations/pick-inputs';
import { saveResult } from './save-result';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Sends `request` `amount` times, `connections` at a time; resolves with the non-200 count. */
function send(url: string, request: GraphQLRequest, amount: number, connections: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let failed = 0;
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request), connections, pipelining: 1, amount, timeout: 120 },
      (error, result) => (error ? reject(error) : resolve(failed + result.errors + result.timeouts)),
    );
    instance.on('response', (_client, statusCode) => {
      if (statusCode !== 200) failed += 1;
    });
  });
}

/** Self time per frame and per package (node_modules/<name>, node:internal, or the project's own code). */
export function summariseProfile(profile: CpuProfile, top = 20) {
  const selfMicros = new Map<number, number>();
  for (let index = 0; index < profile.samples.length; index += 1) {
    selfMicros.set(profile.samples[index], (selfMicros.get(profile.samples[index]) ?? 0) + (profile.timeDeltas[index] ?? 0));
  }
  const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const node of profile.nodes) {
    const micros = selfMicros.get(node.id) ?? 0;
    if (!micros) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, '');
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ?? (where.startsWith('node:') ? 'node (core)' : where === '' ? `(${functionName || 'native'})` : 'collabgraph');
    const short = where.includes('node_modules/') ? where.slice(where.lastIndexOf('node_modules/') + 13) : path.relative(process.cwd(), where) || where;
    const frame = `${functionName || '(anonymous)'} ${short}${where ? `:${lineNumber + 1}` : ''}`;
    frames.set(frame, (frames.get(frame) ?? 0) + micros);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  }
  const ranked = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, percent: Math.round((micros / total) * 1000) / 10 }));
  return { sampledMs: Math.round(total / 1000), frames: ranked(frames), packages: ranked(packages) };
}

interface Contender {
  label: string;
  entry: string;
  profileDir: string;
  server?: ChildServer;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', default: 'bio' },
      requests: { type: 'string', default: '400' },
      rounds: { type: 'string', default: '3' },
      label: { type: 'string', default: 'latest' },
      /** Comma-separated operation names (default: all). */
      operations: { type: 'string' },
      /** Another checkout, built (e.g. a worktree of an older commit): its API is measured side by side, as "before". */
      compare: { type: 'string' },
      /** Keep this build's raw .cpuprofile here (open it in Chrome DevTools). */
      'profile-out': { type: 'string' },
    },
  });
  const requests = Number(values.requests);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(requests) || requests < 10) throw new Error('--requests must be an integer of at least 10');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');
  const log = (line: string) => console.error(line);
  const contenders: Contender[] = [];
  if (values.compare) {
    const entry = path.resolve(values.compare, 'dist', 'bench', 'contenders', 'serve.js');
    if (!fs.existsSync(entry)) throw new Error(`--compare: ${entry} does not exist (run npm ci and npm run build there)`);
    contenders.push({ label: 'before', entry, profileDir: fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-cpu-prof-')) });
  }
  contenders.push({
    label: values.compare ? 'after' : 'this build',
    entry: path.join(__dirname, 'contenders', 'serve.js'),
    profileDir: fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-cpu-prof-')),
  });
  const db = await openBenchDatabase(log);
  try {
    await db.clear();
    await timeImport(db, loadDataset(values.dataset!), log);
    const inputs = await pickInputs(db.driver, db.database);
    const env = { NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database, NODE_ENV: 'development' };
    for (const contender of contenders) {
      contender.server = await spawnServer('collabgraph', env, { entry: contender.entry, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${contender.profileDir}`] });
    }
    const operations: Array<{ name: string; cpuMicrosPerRequest: Record<string, number>; failed: number }> = [];
    try {
      const only = values.operations?.split(',');
      for (const operation of OPERATIONS.filter((candidate) => !only || only.includes(candidate.name))) {
        const request = operation.collabgraph(inputs);
        const samples = new Map<string, number[]>(contenders.map((contender) => [contender.label, []]));
        let failed = 0;
        for (const contender of contenders) await send(contender.server!.url, request, 50, 8); // warm-up: plans cached, JIT settled
        // Rounds alternate between the builds, so a change in the machine's load weighs on both alike.
        for (let round = 0; round < rounds; round += 1) {
          for (const contender of contenders) {
            const before = contender.server!.cpuSeconds();
            failed += await send(contender.server!.url, request, requests, 8);
            samples.get(contender.label)!.push(((contender.server!.cpuSeconds() - before) * 1e6) / requests);
          }
        }
        const cpuMicrosPerRequest = Object.fromEntries([...samples].map(([label, list]) => [label, Math.round(median(list))]));
        operations.push({ name: operation.name, cpuMicrosPerRequest, failed });
        log(
          `  ${operation.name.padEnd(12)} ${Object.entries(cpuMicrosPerRequest)
            .map(([label, micros]) => `${label} ${micros} µs`)
            .join(', ')} CPU/request${failed ? `, ${failed} failed` : ''}`,
        );
      }
    } finally {
      for (const contender of contenders) await contender.server?.stop();
    }
    const profiles: Record<string, ReturnType<typeof summariseProfile>> = {};
    for (const contender of contenders) {
      const file = fs.readdirSync(contender.profileDir).find((name) => name.endsWith('.cpuprofile'));
      if (!file) throw new Error(`no CPU profile written to ${contender.profileDir}`);
      if (values['profile-out'] && contender === contenders[contenders.length - 1]) fs.copyFileSync(path.join(contender.profileDir, file), values['profile-out']);
      profiles[contender.label] = summariseProfile(JSON.parse(fs.readFileSync(path.join(contender.profileDir, file), 'utf8')) as CpuProfile);
    }
    const result = {
      label: values.label,
      dataset: values.dataset,
      requestsPerRound: requests,
      rounds,
      concurrency: 8,
      at: new Date().toISOString(),
      loadAverage: os.loadavg()[0],
      operations,
      profiles,
    };
    const out = saveResult(`api-cpu-${values.label}`, result);
    log(`Results: ${out}`);
  } finally {
    for (const contender of contenders) fs.rmSync(contender.profileDir, { recursive: true, force: true });
    await db.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
