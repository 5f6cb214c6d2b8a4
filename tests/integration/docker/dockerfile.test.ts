/**
 * Issue 15, item 6. There is no Docker engine here, so this rebuilds the image's contents the
 * way `docker build` would: each stage is a folder standing for the container's root, holding
 * only what the Dockerfile's COPY lines put there (from the build context, minus
 * .dockerignore, or from an earlier stage); its RUN lines run in order in the WORKDIR with its
 * ENV. The final stage is then started with its CMD against the test Neo4j: /readyz answers,
 * the HEALTHCHECK command passes, and it runs as a non-root USER.
 */
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { findFreePort } from '../../../src/neo4j-local/local-neo4j';

interface Stage {
  name?: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  healthcheck?: string[];
  cmd?: string[];
}

const ROOT = findRootDir();

/** Instructions with their continuation lines joined, comments dropped. */
function instructions(text: string): Array<[string, string]> {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return [keyword.toUpperCase(), rest.join(' ')];
    });
}

/** .dockerignore as docker reads it for these plain entries: a path and everything under it. */
function ignored(): (source: string) => boolean {
  const patterns = fs
    .readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (source) => {
    const relative = path.relative(ROOT, source);
    return patterns.some((pattern) => relative === pattern || relative.startsWith(`${pattern}/`));
  };
}

function build(dockerfile: string, into: string): Stage {
  const stages: Stage[] = [];
  let stage!: Stage;
  const inStage = (target: string, s: Stage) => path.join(s.root, path.isAbsolute(target) ? target : path.join(s.workdir, target));
  const isIgnored = ignored();
  for (const [keyword, args] of instructions(dockerfile)) {
    switch (keyword) {
      case 'FROM': {
        const name = /\bAS\s+(\S+)/i.exec(args)?.[1];
        stage = { name, root: path.join(into, `stage-${stages.length}`), workdir: '/', env: {} };
        fs.mkdirSync(stage.root, { recursive: true });
        stages.push(stage);
        break;
      }
      case 'WORKDIR':
        stage.workdir = args;
        fs.mkdirSync(inStage('.', stage), { recursive: true });
        break;
      case 'ENV': {
        const [key, value] = args.split('=');
        stage.env[key] = value;
        break;
      }
      case 'COPY': {
        const parts = args.split(/\s+/);
        const from = parts[0].startsWith('--from=') ? stages.find((s) => s.name === parts.shift()!.slice('--from='.length)) : undefined;
        const destination = parts.pop()!;
        for (const source of parts) {
          const origin = from ? inStage(source, from) : path.join(ROOT, source);
          const target = destination.endsWith('/') ? path.join(inStage(destination, stage), path.basename(source)) : inStage(destination, stage);
          fs.cpSync(origin, target, { recursive: true, verbatimSymlinks: true, filter: (file) => Boolean(from) || !isIgnored(file) });
        }
        break;
      }
      case 'RUN':
        execSync(args, { cwd: inStage('.', stage), env: { ...process.env, ...stage.env }, stdio: ['ignore', 'ignore', 'pipe'] });
        break;
      case 'USER':
        stage.user = args;
        break;
      case 'HEALTHCHECK':
        stage.healthcheck = JSON.parse(args.slice(args.indexOf('CMD ') + 4));
        break;
      case 'CMD':
        stage.cmd = JSON.parse(args);
        break;
    }
  }
  return stage;
}

describe('the Docker image (rebuilt without Docker from exactly what the Dockerfile copies)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-image-'));
  let image: Stage;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds what npm start builds: the API and the web pages, from the COPYed files only', () => {
    image = build(fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'), dir);
    const app = path.join(image.root, image.workdir);
    expect(fs.existsSync(path.join(app, 'dist/src/main.js'))).toBe(true);
    expect(fs.existsSync(path.join(app, 'dist/web/ide.html'))).toBe(true);
    expect(fs.existsSync(path.join(app, 'dist/web/explorer.html'))).toBe(true);
    expect(fs.existsSync(path.join(app, 'seed/bio.txt'))).toBe(true);
    // The runtime stage holds the build's output, not the sources or the dev tools.
    expect(fs.existsSync(path.join(app, 'src'))).toBe(false);
    expect(fs.existsSync(path.join(app, 'node_modules/typescript'))).toBe(false);
    expect(image.user).toBe('node');
    expect(image.cmd).toEqual(['node', 'dist/src/main.js']);
  }, 600_000);

  it('starts with its CMD against Neo4j; /readyz and the HEALTHCHECK pass', async () => {
    const port = await findFreePort();
    const app = path.join(image.root, image.workdir);
    const env = {
      PATH: process.env.PATH!,
      ...image.env,
      NEO4J_URI: process.env.NEO4J_URI!,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!,
      PORT: String(port),
      SEED_ON_START: 'false',
    };
    const run = (command: string[]) => spawn(command[0] === 'node' ? process.execPath : command[0], command.slice(1), { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const main = run(image.cmd!);
    let output = '';
    main.stdout!.on('data', (chunk) => (output += chunk));
    main.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => main.once('exit', resolve));
    try {
      const deadline = Date.now() + 90_000;
      let ready = 0;
      while (ready !== 200) {
        if (Date.now() > deadline || main.exitCode !== null) throw new Error(`the image did not become ready:\n${output}`);
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (response) => response.status,
          () => 0,
        );
        if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const health = run(image.healthcheck!);
      expect(await new Promise((resolve) => health.once('exit', resolve))).toBe(0);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ system { version } }' }),
      });
      expect(answer.status).toBe(200);
      expect(output).toContain('collabgraph ready');
    } finally {
      main.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});
