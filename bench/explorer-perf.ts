/**
 * How the explorer performs on a big network: CoRA imported into Neo4j, the person with the
 * largest depth-2 network drawn in headless Chromium (Debian's /usr/bin/chromium, WebGL via
 * SwiftShader), then measured:
 * - time to first draw: page navigation → first sigma frame with the network (and its parts:
 *   the GraphQL answer, then parsing + graph building + first render);
 * - frames per second while the layout runs, while panning the view and while dragging a node
 *   (requestAnimationFrame callbacks and sigma renders counted during a ~3 s scripted drag).
 *
 * Run: npm run -s build && node dist/bench/explorer-perf.js [--synthetic 20000]
 * CoRA's co-author graph is sparse (nobody reaches 1,000 people within 3 hops); --synthetic
 * uses bench/generate-synthetic.ts to measure a network of 1,000+ people too.
 * Uses NEO4J_URI when set (its database is WIPED), else a throw-away local Neo4j.
 * Prints the figures and writes bench/results/explorer-perf.json.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { findRootDir, loadConfig } from '../src/config';
import { convertCora } from '../src/importers/cora/convert-cora';
import { writeGraphDocument } from '../src/importers/write-graph-document';
import { buildAppSchema } from '../src/schema';
import { createAppServer } from '../src/server';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support/browser';
import { openBenchDatabase } from './bench-database';
import { generateSyntheticGraph } from './generate-synthetic';

const ROOT = findRootDir();
const CORA_DIR = path.resolve(ROOT, '..', 'shared', 'datasets', 'cora');
const DRAG_MS = 3000;

interface Candidate {
  id: string;
  name: string;
  reach2: number;
  reach3: number;
}

async function main(argv: string[]): Promise<void> {
  // --synthetic N: the project's synthetic generator (N papers) instead of CoRA, for a network of 1,000+ people.
  const syntheticFlag = argv.indexOf('--synthetic');
  const synthetic = syntheticFlag >= 0 ? Number(argv[syntheticFlag + 1]) : 0;
  if (syntheticFlag >= 0 && !(synthetic > 0)) throw new Error('--synthetic needs a paper count, e.g. --synthetic 20000');
  const datasetName = synthetic ? `synthetic-${synthetic}` : 'CoRA';
  const log = (line: string) => console.error(line);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'web', 'explorer.html'))) throw new Error('dist/web is missing: run npm run build first');
  const db = await openBenchDatabase(log);
  let stopServer: (() => Promise<void>) | undefined;
  try {
    await db.clear();
    let started = Date.now();
    const document = synthetic ? generateSyntheticGraph({ papers: synthetic }) : convertCora(CORA_DIR);
    await writeGraphDocument(db.executor, document);
    const importSeconds = (Date.now() - started) / 1000;
    log(`${datasetName} imported in ${importSeconds.toFixed(1)} s (${document.people.length} people, ${document.papers.length} papers)`);

    // Who has the largest network? (Cypher only to choose; the page uses the API.) Depth 2 when
    // someone reaches 1,000 people in 2 hops, else depth 3 (the API's maximum) for the widest reach.
    const [best] = (await db.executor.read<Candidate>({
      name: 'bench-pick',
      cypher: `MATCH (p:Person)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(c:Person) WHERE c <> p
               WITH p, count(DISTINCT c) AS degree ORDER BY degree DESC LIMIT 40
               CALL (p) {
                 MATCH (p)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(a:Person)
                 WITH collect(DISTINCT a) AS hop1
                 UNWIND hop1 AS a
                 MATCH (a)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(b:Person)
                 WITH collect(DISTINCT b) AS hop2
                 UNWIND hop2 AS b
                 MATCH (b)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(c:Person)
                 RETURN size(hop2) AS reach2, count(DISTINCT c) AS reach3
               }
               RETURN p.id AS id, p.name AS name, reach2, reach3
               ORDER BY CASE WHEN reach2 >= 1000 THEN 1000000 + reach2 ELSE reach3 END DESC LIMIT 1`,
      params: {},
    })) as Candidate[];
    const depth = Number(best.reach2) >= 1000 ? 2 : 3;
    log(`Largest network: ${best.name} (${best.id}), ${best.reach2} people within 2 co-author hops, ${best.reach3} within 3; drawing depth ${depth}`);

    // The API as `npm start` runs it, with a cost limit that admits limit: 1000 (1 + 1000 × 10 fields).
    const config = loadConfig({ ...process.env, NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, NODE_ENV: 'test', SEED_ON_START: 'false', PORT: '0', GRAPHQL_MAX_COST: '20000', NEO4J_QUERY_TIMEOUT_MS: '60000' });
    const server = await createAppServer({ config, schema: await buildAppSchema(), executor: db.executor, serviceVersion: 'bench' });
    const url = await server.listen();
    stopServer = () => server.stop();

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const offHost: string[] = [];
      page.on('request', (request) => {
        if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url())) offHost.push(request.url());
      });
      const renderer = await webglRenderer(page);

      // 1. Cold: navigate straight to the network.
      started = Date.now();
      await page.goto(`${url}/#person=${encodeURIComponent(best.id)}&depth=${depth}&min=1&limit=1000`);
      await page.waitForSelector('#graph[data-drawn="true"]', { timeout: 120_000 });
      const firstDraw = await page.evaluate(() => {
        const view = (window as any).__collabgraph.view;
        const api = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('/graphql'))
          .map((entry) => entry as PerformanceResourceTiming)
          .sort((a, b) => b.responseEnd - b.startTime - (a.responseEnd - a.startTime))[0];
        return {
          navigationToFirstDrawMs: view.firstDrawAt,
          networkRequestMs: api ? api.responseEnd - api.startTime : null,
          responseToFirstDrawMs: api ? view.firstDrawAt - api.responseEnd : null,
          nodes: view.graph.order,
          edges: view.graph.size,
        };
      });
      log(`First draw: ${firstDraw.navigationToFirstDrawMs.toFixed(0)} ms after navigation (${firstDraw.nodes} nodes, ${firstDraw.edges} edges)`);

      // 2. While ForceAtlas2 runs (in its worker), right after the first draw.
      const duringLayout = await countFrames(page, 2000, async () => {
        await page.waitForTimeout(2000);
      });
      await page.waitForSelector('#graph[data-layout="done"]', { timeout: 60_000 });

      // The environment's ceiling: frames with nothing moving.
      const idle = await countFrames(page, 2000, () => page.waitForTimeout(2000));

      // 3. Panning: a scripted drag on the stage for ~3 s.
      const box = (await page.locator('#graph').boundingBox())!;
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const emptySpot = await findEmptySpot(page, box);
      const pan = await countFrames(page, DRAG_MS, () => drag(page, emptySpot, DRAG_MS, 150));

      // 4. Dragging the centre node around for ~3 s.
      const nodePosition = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), best.id);
      const nodeStart = { x: box.x + nodePosition.x, y: box.y + nodePosition.y };
      const nodeDrag = await countFrames(page, DRAG_MS, () => drag(page, nodeStart, DRAG_MS, 120));
      void centre;

      const result = {
        measuredAt: new Date().toISOString(),
        dataset: { name: datasetName, people: document.people.length, papers: document.papers.length, importSeconds },
        person: { id: best.id, name: best.name, coauthorsWithinTwoHops: Number(best.reach2), coauthorsWithinThreeHops: Number(best.reach3) },
        request: { depth, minSharedPapers: 1, limit: 1000 },
        drawn: { nodes: firstDraw.nodes, edges: firstDraw.edges },
        timeToFirstDrawMs: {
          fromNavigation: round(firstDraw.navigationToFirstDrawMs),
          graphqlRequest: round(firstDraw.networkRequestMs),
          fromResponseToFirstFrame: round(firstDraw.responseToFirstDrawMs),
        },
        framesPerSecond: { idle, duringLayout, panning: pan, draggingNode: nodeDrag },
        environment: {
          chromium: browser.version(),
          webgl: renderer,
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model,
          node: process.version,
          neo4j: db.version,
          headless: true,
        },
        offHostRequests: offHost,
      };
      // One entry per dataset: a CoRA run and a synthetic run live side by side.
      const file = path.join(ROOT, 'bench', 'results', 'explorer-perf.json');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
      all[datasetName] = result;
      fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
      console.log(JSON.stringify(result, null, 2));
      fs.mkdirSync(path.join(ROOT, 'test-results', 'screenshots'), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, 'test-results', 'screenshots', `explorer-${datasetName}.png`) });
    } finally {
      await browser.close();
    }
  } finally {
    await stopServer?.();
    await db.close();
  }
}

const round = (value: number | null) => (value === null ? null : Math.round(value));

async function webglRenderer(page: Page): Promise<string> {
  await page.setContent('<canvas id="c"></canvas>');
  return page.evaluate(() => {
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return `${gl.getParameter(gl.VERSION)} / ${info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)}`;
  });
}

/** Counts requestAnimationFrame callbacks and sigma renders while `action` runs. */
async function countFrames(page: Page, _expectedMs: number, action: () => Promise<void>): Promise<{ rafFps: number; sigmaRendersPerSecond: number; longestFrameMs: number; seconds: number }> {
  await page.evaluate(() => {
    const w = window as any;
    const state = (w.__bench = { frames: 0, renders: 0, last: performance.now(), longest: 0, start: performance.now(), running: true });
    const tick = (now: number) => {
      if (!state.running) return;
      state.frames += 1;
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    w.__benchRender = () => (state.renders += 1);
    w.__collabgraph.view.sigma.on('afterRender', w.__benchRender);
  });
  await action();
  const stats = await page.evaluate(() => {
    const w = window as any;
    const state = w.__bench;
    state.running = false;
    w.__collabgraph.view.sigma.off('afterRender', w.__benchRender);
    const seconds = (performance.now() - state.start) / 1000;
    return { frames: state.frames, renders: state.renders, longest: state.longest, seconds };
  });
  return {
    rafFps: Math.round((stats.frames / stats.seconds) * 10) / 10,
    sigmaRendersPerSecond: Math.round((stats.renders / stats.seconds) * 10) / 10,
    longestFrameMs: Math.round(stats.longest),
    seconds: Math.round(stats.seconds * 100) / 100,
  };
}

/** Mouse down at `from`, circles of `radius` px for `durationMs`, mouse up: a hand dragging. */
async function drag(page: Page, from: { x: number; y: number }, durationMs: number, radius: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const started = Date.now();
  while (Date.now() - started < durationMs) {
    const t = (Date.now() - started) / 1000;
    await page.mouse.move(from.x + radius * Math.sin(t * 2), from.y + radius * (1 - Math.cos(t * 2)) * 0.5);
  }
  await page.mouse.up();
}

/** A point of the stage with no node under it (so the drag pans instead of moving a node). */
async function findEmptySpot(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(({ width, height }) => {
    const { view } = (window as any).__collabgraph;
    const positions: Array<{ x: number; y: number }> = view.graph.mapNodes((node: string) => view.nodeViewportPosition(node));
    for (let y = 40; y < height - 40; y += 20) {
      for (let x = 40; x < width - 40; x += 20) {
        if (positions.every((p) => Math.hypot(p.x - x, p.y - y) > 25)) return { x, y };
      }
    }
    return { x: 20, y: 20 };
  }, box);
  return { x: box.x + spot.x, y: box.y + spot.y };
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
