/**
 * Issue 14, item 6: the CLIs' stdout is data only and survives a pipe whatever its size, and
 * `npm run seed|import|export` reuse a current build (scripts/build-if-stale.mjs) instead of
 * rebuilding the project first (9.4 s before, for a dry run whose own work takes 0.5 s).
 * In the integration project because it needs dist/ built (npm test builds first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRootDir } from '../../../src/config';

const root = findRootDir();
const script = path.join(root, 'scripts', 'build-if-stale.mjs');

/** Runs a shell command line in the repo; answers stdout, stderr and wall time. */
function sh(command: string): { stdout: string; stderr: string; ms: number; status: number | null } {
  const started = process.hrtime.bigint();
  const result = spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'test' } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

beforeAll(() => {
  // Whatever state dist/ is in, a first call leaves it current (builds only when it is not).
  execFileSync(process.execPath, [script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
});

describe('npm run seed -- --dry-run', () => {
  it('on a current build starts its work within 2 s of the direct call, and prints only the JSON', () => {
    // Side by side: the command itself, then through npm with the staleness check; twice, keep the faster.
    const direct = [0, 1].map(() => sh('node dist/src/cli/seed.js --dry-run'));
    const viaNpm = [0, 1].map(() => sh('npm run -s seed -- --dry-run'));
    const overhead = Math.min(...viaNpm.map((run) => run.ms)) - Math.min(...direct.map((run) => run.ms));
    console.error(`seed --dry-run: direct ${Math.round(Math.min(...direct.map((r) => r.ms)))} ms, npm run ${Math.round(Math.min(...viaNpm.map((r) => r.ms)))} ms`);
    expect(overhead).toBeLessThan(2000);
    expect(viaNpm[1].status).toBe(0);
    expect(viaNpm[1].stdout).toBe(direct[1].stdout);
    expect(viaNpm[1].stderr).not.toMatch(/building|web assets/);
    const document = JSON.parse(viaNpm[1].stdout);
    expect(document.people.find((person: { id: string }) => person.id === 'person:paul-vicol')).toBeDefined();
  });

  it('survives a pipe to a slow reader: the whole document (over 64 KiB), valid JSON', () => {
    // The reader starts late, so the pipe's 64 KiB buffer fills and the writer has to wait for it.
    const piped = sh('npm run -s seed -- --dry-run | (sleep 1; cat)');
    expect(piped.status).toBe(0);
    expect(Buffer.byteLength(piped.stdout)).toBeGreaterThan(64 * 1024);
    expect(() => JSON.parse(piped.stdout)).not.toThrow();
  });
});

describe('npm run import -- --dry-run of a large file', () => {
  it('prints several MiB through a pipe, every document whole', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-output-'));
    const bib = path.join(dir, 'large.bib');
    const entries = Array.from(
      { length: 4000 },
      (_, i) =>
        `@article{e${i},\n  title = {Scalable Analysis of Collaboration Graphs, Part ${i}},\n  author = {Doe, Jane and Roe, Richard and Poe, Edgar ${i}},\n  journal = {Journal of Graphs},\n  year = {${2000 + (i % 24)}}\n}\n`,
    );
    fs.writeFileSync(bib, entries.join('\n'));
    try {
      const piped = sh(`npm run -s import -- --dry-run ${JSON.stringify(bib)} | (sleep 1; cat)`);
      expect(piped.status).toBe(0);
      expect(Buffer.byteLength(piped.stdout)).toBeGreaterThan(2 * 1024 * 1024);
      const document = JSON.parse(piped.stdout);
      expect(document.papers).toHaveLength(4000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scripts/build-if-stale.mjs', () => {
  /** A tiny project: one source, a stamp as old as `stampAge` ms (or none). */
  function project(stampAge: number | undefined): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-if-stale-'));
    fs.mkdirSync(path.join(dir, 'src', 'deep'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'dist'));
    const source = path.join(dir, 'src', 'deep', 'a.ts');
    fs.writeFileSync(source, 'export {};\n');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(source, old, old);
    if (stampAge !== undefined) {
      const stamp = path.join(dir, 'dist', '.build-stamp');
      fs.writeFileSync(stamp, '');
      const when = new Date(Date.now() - stampAge);
      fs.utimesSync(stamp, when, when);
    }
    return dir;
  }
  const check = (dir: string) => spawnSync(process.execPath, [script, '--check', '--root', dir], { encoding: 'utf8' });

  it('says current when no input is newer than the stamp, and names the file that is', () => {
    const dir = project(1000);
    try {
      expect(check(dir)).toMatchObject({ status: 0, stderr: 'current\n' });
      fs.writeFileSync(path.join(dir, 'src', 'deep', 'a.ts'), 'export const changed = 1;\n');
      expect(check(dir)).toMatchObject({ status: 1, stderr: expect.stringContaining(path.join('src', 'deep', 'a.ts')) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says stale when there is no stamp (never built)', () => {
    const dir = project(undefined);
    try {
      expect(check(dir)).toMatchObject({ status: 1, stderr: expect.stringContaining('no build yet') });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
