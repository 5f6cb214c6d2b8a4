import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { applyMigrations } from '../../../src/db/migrations';
import { exportGraphDocument } from '../../../src/db/export-graph-document';
import { checkProjections } from '../../../src/db/graph-check';
import { formatNdjson } from '../../../src/importers/canonical/format-graph-document';
import { convertCora } from '../../../src/importers/cora/convert-cora';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

const root = findRootDir();
const coraDir = path.resolve(root, '..', 'shared', 'datasets', 'cora');

/** Runs `npm run import`'s entry point; `killAt` SIGKILLs it when its output matches. */
function runImport(file: string, killAt?: RegExp): Promise<{ code: number | null; signal: string | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'cli', 'import.js'), file, '--batch-size', '500', '--rejects', `${file}.rejects`], {
      env: { ...process.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (killAt && killAt.test(output)) child.kill('SIGKILL');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => resolve({ code, signal, output }));
  });
}

(fs.existsSync(coraDir) ? describe : describe.skip)('an import killed mid-run and run again', () => {
  let db: TestDatabase;
  let file: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await applyMigrations(db.executor);
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-kill-')), 'cora-part.ndjson');
    fs.writeFileSync(file, formatNdjson(convertCora(coraDir, { limitPapers: 1500 })));
  });
  afterAll(() => db.close());

  it('gives the same graph as one clean run', async () => {
    await db.clear();
    const clean = await runImport(file);
    expect(clean.code).toBe(0);
    const expected = await exportGraphDocument(db.executor);
    expect(expected.papers.length).toBe(1500);
    expect((await checkProjections(db.executor)).differences).toEqual({ COAUTHOR: [], PUBLISHES_ON: [], CO_OCCURS: [] });

    await db.clear();
    const killed = await runImport(file, /rows \((Paper|AUTHORED)\)/);
    expect(killed.signal).toBe('SIGKILL');
    const partial = await exportGraphDocument(db.executor);
    expect(partial).not.toEqual(expected);

    const rerun = await runImport(file);
    expect(rerun.code).toBe(0);
    expect(await exportGraphDocument(db.executor)).toEqual(expected);
    // The re-run completes the projections the killed run left behind (graph:check finds no difference).
    expect((await checkProjections(db.executor)).differences).toEqual({ COAUTHOR: [], PUBLISHES_ON: [], CO_OCCURS: [] });
  });
});
