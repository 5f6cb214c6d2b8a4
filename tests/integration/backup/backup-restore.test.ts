import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { exportGraphDocument } from '../../../src/db/export-graph-document';
import { graphCounts } from '../../support/graph-counts';
import { runMain, waitForOutput } from '../../support/run-main';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

const root = findRootDir();
const coraDir = path.resolve(root, '..', 'shared', 'datasets', 'cora');
const bioFile = path.join(root, 'seed', 'bio.txt');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a built CLI (`npm run X` runs the same file after building) against the test Neo4j. */
function runCli(script: string, args: string[]): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', script), ...args], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr, ms: Date.now() - started }));
  });
}

/** `npm run export` to stdout: exit 0, and stdout is data only (every line one JSON record). */
async function exportToStdout(): Promise<CliRun> {
  const run = await runCli('src/cli/export.js', []);
  expect(run.code).toBe(0);
  const lines = run.stdout.trimEnd().split('\n');
  expect(JSON.parse(lines[0])).toMatchObject({ kind: 'header', format: 'collabgraph/v1' });
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  return run;
}

async function importFiles(files: string[], format?: string): Promise<CliRun> {
  const rejects = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-rejects-')), 'rejects.ndjson');
  const run = await runCli('src/cli/import.js', [...files, ...(format ? ['--format', format] : []), '--rejects', rejects]);
  if (run.code !== 0) throw new Error(`import failed (${run.code}):\n${run.stderr}`);
  return run;
}

async function graphCheck(): Promise<{ code: number | null; ms: number; report: { clean: boolean; people: number; differences: Record<string, unknown[]> } }> {
  const run = await runCli('src/cli/graph-check.js', []);
  return { code: run.code, ms: run.ms, report: JSON.parse(run.stdout) };
}

function total(counts: Record<string, number>, prefix: string): number {
  return Object.entries(counts)
    .filter(([kind]) => kind.startsWith(prefix))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** Printed for docs/RELIABILITY.md: the drill's measured figures. */
function report(line: string): void {
  process.stderr.write(`[backup-restore] ${line}\n`);
}

describe('backup and restore', () => {
  let db: TestDatabase;
  let workDir: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-backup-'));
  });
  afterAll(async () => {
    // Leave the shared test database with the full schema whatever happened above.
    await applyMigrations(db.executor);
    await db.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  (fs.existsSync(coraDir) ? it : it.skip)(
    'export of the bio and the whole of CoRA, a cleared database, import: the second export is byte for byte the first',
    async () => {
      await db.clear();
      const coraFile = path.join(workDir, 'cora.ndjson');
      const converted = await runCli('scripts/cora-to-ndjson.js', [coraFile]);
      expect(converted.code).toBe(0);
      report(`CoRA converted to canonical NDJSON in ${(converted.ms / 1000).toFixed(1)} s`);
      const loaded = await importFiles([bioFile, coraFile]);
      report(`bio + CoRA imported in ${(loaded.ms / 1000).toFixed(1)} s`);

      const first = await exportToStdout();
      const backup = path.join(workDir, 'backup.ndjson');
      fs.writeFileSync(backup, first.stdout);
      const before = await graphCounts(db);
      expect(before['(:Paper)']).toBeGreaterThan(11_767); // all of CoRA plus the bio's papers
      expect(before['[:COAUTHOR]']).toBeGreaterThan(0);
      report(
        `export: ${total(before, '(:')} nodes, ${total(before, '[:')} relationships, ${first.stdout.length} bytes in ${(first.ms / 1000).toFixed(1)} s; counts ${JSON.stringify(before)}`,
      );

      const clearing = Date.now();
      await db.clear();
      expect(await graphCounts(db)).toEqual({});
      report(`database cleared in ${((Date.now() - clearing) / 1000).toFixed(1)} s`);
      const restored = await importFiles([backup]);
      expect(restored.stdout).toContain('(canonical) imported in');
      report(`import of the export into the cleared database: ${(restored.ms / 1000).toFixed(1)} s`);

      expect(await graphCounts(db)).toEqual(before);
      const second = await exportToStdout();
      expect(second.stdout.length).toBe(first.stdout.length);
      expect(second.stdout === first.stdout).toBe(true);
      report(`second export: ${second.stdout.length} bytes in ${(second.ms / 1000).toFixed(1)} s, byte for byte the first`);

      const check = await graphCheck();
      report(`graph:check after the restore: exit ${check.code}, ${check.report.people} people, clean ${check.report.clean} in ${(check.ms / 1000).toFixed(1)} s`);
      expect(check.code).toBe(0);
      expect(check.report).toMatchObject({ clean: true, differences: { COAUTHOR: [], PUBLISHES_ON: [], CO_OCCURS: [] } });
    },
    900_000,
  );

  it('a new version started on a graph written by an old one migrates it, and graph:check reports clean', async () => {
    await db.clear();
    await applyMigrations(db.executor);
    await importFiles([bioFile]);
    const schema = async () => {
      const names = async (cypher: string) => (await db.driver.executeQuery(cypher, {}, { database: db.config.neo4j.database })).records.map((r) => String(r.get('name'))).sort();
      return { constraints: await names('SHOW CONSTRAINTS YIELD name'), indexes: await names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'") };
    };
    const currentSchema = await schema();
    expect(currentSchema.indexes).toEqual(expect.arrayContaining(['paper_title_key', 'person_block_text', 'personSearch']));
    const current = await graphCounts(db);
    const exported = await exportGraphDocument(db.executor);

    // Age the graph to what an old version wrote: none of the later schema, no collaboration
    // projections, none of the identity step's keys.
    const session = db.driver.session({ database: db.config.neo4j.database });
    try {
      for (const record of (await session.run('SHOW CONSTRAINTS YIELD name')).records) await session.run(`DROP CONSTRAINT \`${record.get('name')}\``);
      for (const record of (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records) await session.run(`DROP INDEX \`${record.get('name')}\``);
      await session.run('MATCH ()-[r:COAUTHOR|PUBLISHES_ON|CO_OCCURS]->() DELETE r');
      await session.run('MATCH (n:Person) REMOVE n.blockKeysVersion, n.blockText');
      await session.run('MATCH (n:Paper) REMOVE n.titleKey');
      await session.run('MATCH (n:Venue) REMOVE n.matchText');
    } finally {
      await session.close();
    }
    const missing = async () => {
      const [row] = await db.executor.read<{ people: unknown; papers: unknown; venues: unknown }>({
        name: 'missingKeys',
        cypher: `CALL () { MATCH (n:Person) WHERE n.blockKeysVersion IS NULL OR n.blockText IS NULL RETURN count(n) AS people }
                 CALL () { MATCH (n:Paper) WHERE n.title IS NOT NULL AND n.titleKey IS NULL RETURN count(n) AS papers }
                 CALL () { MATCH (n:Venue) WHERE n.matchText IS NULL RETURN count(n) AS venues }
                 RETURN people, papers, venues`,
        params: {},
      });
      const constraints = await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, { database: db.config.neo4j.database });
      return { people: Number(row.people), papers: Number(row.papers), venues: Number(row.venues), constraints: constraints.records.length };
    };
    const aged = await missing();
    expect(aged.people).toBe(current['(:Person)']);
    expect(aged.papers).toBeGreaterThan(0);
    expect(aged.constraints).toBe(0);
    expect((await graphCounts(db))['[:COAUTHOR]']).toBeUndefined();
    const stale = await graphCheck();
    expect(stale.code).toBe(2);
    expect(stale.report.clean).toBe(false);
    expect(stale.report.differences.COAUTHOR.length).toBeGreaterThan(0);

    // The new version starts on it (as `npm start` does), migrating before it is ready.
    const started = Date.now();
    const main = runMain({ NEO4J_URI: process.env.NEO4J_URI!, PORT: '0', LOG_LEVEL: 'info' });
    try {
      await waitForOutput(main, (output) => output.includes('collabgraph ready in'));
    } finally {
      main.child.kill('SIGTERM');
      await main.exited;
    }
    report(`start-up on the old graph, migrations included: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    expect(await missing()).toEqual({ people: 0, papers: 0, venues: 0, constraints: currentSchema.constraints.length });
    expect(await schema()).toEqual(currentSchema);
    expect(await graphCounts(db)).toEqual(current);
    expect(await exportGraphDocument(db.executor)).toEqual(exported);
    const check = await graphCheck();
    expect(check.code).toBe(0);
    expect(check.report).toMatchObject({ clean: true, people: current['(:Person)'], differences: { COAUTHOR: [], PUBLISHES_ON: [], CO_OCCURS: [] } });
  });
});
