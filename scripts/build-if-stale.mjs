/**
 * Runs `npm run build` only when the build in dist/ is missing or older than one of its inputs,
 * so that `npm run seed|import|export|...` start their own work at once on a current build (a
 * full build is 10-45 s on 2 cores; this check reads a few hundred mtimes, ~50 ms).
 *
 * Stale = dist/.build-stamp is missing, or a file under src/, web/, bench/, scripts/ (or
 * package.json, package-lock.json, a tsconfig) was modified after the stamp. The stamp takes the
 * time the build *started*, so an edit made during a build makes the next call build again.
 * Everything the build prints goes to stderr: the command's stdout stays data only.
 *
 * The build is tsc (tsconfig.build.json) then scripts/build-web.mjs; `npm run build` is this
 * script with --force, so that every build leaves the stamp.
 *
 * Usage: node scripts/build-if-stale.mjs [--check | --force] [--root DIR]
 *   --check: only say (on stderr) whether the build is current; exit 0 current, 1 stale.
 *   --force: build whatever the stamp says.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, force: { type: 'boolean', default: false }, root: { type: 'string' } } });
const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const stampFile = path.join(root, 'dist', '.build-stamp');
const INPUT_DIRS = ['src', 'web', 'bench', 'scripts'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'web/tsconfig.json'];
/** Folders under the inputs that the build does not read (bench results, caches). */
const SKIP = new Set(['node_modules', 'results', '.cache']);

/** The first input modified after `since` (ms), or undefined when none is. */
function newerInput(since) {
  const stack = INPUT_DIRS.map((dir) => path.join(root, dir));
  for (const file of INPUT_FILES) {
    const full = path.join(root, file);
    if (fs.existsSync(full) && fs.statSync(full).mtimeMs > since) return full;
  }
  while (stack.length > 0) {
    const dir = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) stack.push(full);
      } else if (fs.statSync(full).mtimeMs > since) return full;
    }
  }
  return undefined;
}

const stamp = fs.existsSync(stampFile) ? fs.statSync(stampFile).mtimeMs : -Infinity;
const newer = stamp === -Infinity ? undefined : newerInput(stamp);
const reason = values.force
  ? 'asked for'
  : stamp === -Infinity
    ? 'no build yet (dist/.build-stamp missing)'
    : newer
      ? `${path.relative(root, newer)} changed since the last build`
      : undefined;

if (values.check) {
  console.error(reason ? `stale: ${reason}` : 'current');
  process.exit(reason ? 1 : 0);
}
if (reason) {
  const started = new Date();
  if (!values.force) console.error(`building (${reason})...`);
  const steps = [[path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], [path.join(root, 'scripts', 'build-web.mjs')]];
  for (const step of steps) {
    // The build's stdout (tsc prints its errors there) goes to our stderr.
    const result = spawnSync(process.execPath, step, { cwd: root, stdio: ['ignore', 2, 2] });
    if (result.status !== 0) {
      console.error(`collabgraph: the build failed (${path.basename(step[0])}, see above)`);
      process.exit(result.status ?? 1);
    }
  }
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, `built from the sources as of ${started.toISOString()}\n`);
  fs.utimesSync(stampFile, started, started);
}
