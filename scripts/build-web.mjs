/**
 * Bundles the browser code (web/ide: GraphiQL, web/explorer: the network explorer) into
 * dist/web/ with esbuild: minified, with source maps, no CDN. The API process serves
 * dist/web/*.html and dist/web/assets/ (src/web/mount-web.ts).
 *
 * Usage: node scripts/build-web.mjs [--dev]   (--dev: not minified, faster to read in DevTools)
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'web');
const dev = process.argv.includes('--dev');
const started = Date.now();

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'assets'), { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { ide: 'web/ide/main.tsx', explorer: 'web/explorer/main.ts' },
  outdir: path.join(out, 'assets'),
  bundle: true,
  minify: !dev,
  sourcemap: true,
  // Plain scripts (no modules): the pages load them with <script defer>, and every browser we test runs ES2020.
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  loader: { '.woff2': 'dataurl', '.png': 'dataurl', '.svg': 'dataurl' },
  tsconfig: 'web/tsconfig.json',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'linked',
});

// The HTML shells hold no data and no inline script (the pages run under a strict CSP).
for (const [source, target] of [
  ['web/explorer/index.html', 'explorer.html'],
  ['web/ide/index.html', 'ide.html'],
]) {
  fs.copyFileSync(path.join(root, source), path.join(out, target));
}

const sizes = Object.entries(result.metafile.outputs)
  .filter(([file]) => !file.endsWith('.map'))
  .map(([file, info]) => `${path.relative(root, file)} ${(info.bytes / 1024).toFixed(0)} KiB`);
console.error(`web assets built in ${Date.now() - started} ms:\n  ${sizes.join('\n  ')}`);
