/**
 * Issue 14, item 2: graphql-codegen against the running server. The CLI (`npm run codegen`'s
 * command) reads the schema by introspection over HTTP from the real API and types the
 * explorer's operations into a temporary file; it must equal the committed
 * web/generated/graphql.ts, so a schema or operation change without regenerating fails here.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findRootDir } from '../../../src/config';
import { GENERATED_TYPES } from '../../../scripts/codegen-config';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

const root = findRootDir();
let fx: FixtureApi;
let tmp: string;
beforeAll(async () => {
  fx = await startFixtureApi();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-codegen-'));
});
afterAll(async () => {
  await fx?.close();
});

test('graphql-codegen, reading the schema from the running server, reproduces the committed types', async () => {
  const out = path.join(tmp, 'graphql.ts');
  const cli = path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
  await promisify(execFile)(process.execPath, [cli, '--config', path.join(root, 'codegen.ts')], {
    cwd: root,
    env: { ...process.env, CODEGEN_SCHEMA_URL: `${fx.api.url}/graphql`, CODEGEN_OUT: out },
  });
  const generated = fs.readFileSync(out, 'utf8');
  // What it typed: every explorer operation, from the server's schema.
  expect(generated).toContain('export type ExplorerPersonQuery = {');
  expect(generated).toMatch(/export type Relation =[^;]*'COAUTHOR'[^;]*'HOSTED';/);
  const committed = fs.readFileSync(path.join(root, GENERATED_TYPES), 'utf8');
  if (generated !== committed) throw new Error(`${GENERATED_TYPES} is out of date: run \`npm run codegen\` against a running server (fresh output: ${out})`);
  fs.rmSync(tmp, { recursive: true, force: true });
});
