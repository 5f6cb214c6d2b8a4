/**
 * How the explorer performs on big networks, measured in headless Chromium (Debian's
 * /usr/bin/chromium, WebGL via SwiftShader: no GPU). The data set is imported into Neo4j and
 * the API serves the page as `npm start` does; then, for each network drawn:
 * - time to first draw: page navigation → first sigma frame with the network (and its parts:
 *   the GraphQL answer, then parsing + graph building + first render);
 * - frames per second while the layout runs, while panning the view and while dragging a
 *   node for ~3 s with real (CDP) mouse events: requestAnimationFrame callbacks (is the page
 *   responsive?), sigma redraws, and overlay draws (the dragged node follows the pointer on a
 *   2D overlay, and a pan slides the drawn layers, so "frames shown" = sigma redraws + overlay
 *   draws + layer slides).
 *
 * Networks: on CoRA, the widest person network (depth 3: 432 people) and the largest topic
 * network (topicNetwork, 1,000 then 5,000 people); with --synthetic N (N papers from
 * bench/generate-synthetic.ts), a dense 1,000-person network at depth 2.
 *
 * Run: npm run -s build && node dist/bench/explorer-perf.js [--synthetic 20000]
 * Uses NEO4J_URI when set (its database is WIPED), else a throw-away local Neo4j.
 * Prints the figures and writes bench/results/explorer-perf.json.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findRootDir, loadConfig } from '../src/config';
import type { Executor } from '../src/db/executor';
import { convertCora } from '../src/importers/cora/convert-cora';
import { writeGraphDocument } from '../src/db/write/write-graph-document';
import { buildAppSchema } from '../src/schema';
import { createAppServer } from '../src/server';
import { warmQueryPlans } from '../src/startup/warm-query-plans';
import { CHROMIUM, CHROMIUM_ARGS, findEmptySpot } from '../tests/e2e/support/browser';
import { openBenchDatabase } from './bench-database';
import { generateSyntheticGraph } from './generate-synthetic';

const ROOT = findRootDir();
const CORA_DIR = path.resolve(ROOT, '..', 'shared', 'datasets', 'cora');
const DRAG_MS = 3000;

/** One network to open: what the page's URL asks for, and what it is. */
interface Target {
  label: string;
  hash: string;
  subject: Record<string, string | number>;
  /** The node to drag (its id), or null: the first node drawn. */
  dragNode: string | null;
}

async function main(argv: string[]): Promise<void> {
  // --synthetic N: the project's synthetic generator (N papers) instead of CoRA, for a dense network of 1,000+ people.
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
    const started = Date.now();
    const document = synthetic ? generateSyntheticGraph({ papers: synthetic }) : convertCora(CORA_DIR);
    await writeGraphDocument(db.executor, document);
    const importSeconds = (Date.now() - started) / 1000;
    log(`${datasetName} imported in ${importSeconds.toFixed(1)} s (${document.people.length} people, ${document.papers.length} papers)`);
    const targets = synthetic
      ? [await widestPerson(db.executor, log)]
      : [await widestPerson(db.executor, log), await largestTopic(db.executor, 1000, log), await largestTopic(db.executor, 5000, log)];

    // The API as `npm start` runs it, with a cost limit that admits limit: 5000 (1 + 5000 × 10 fields).
    const config = loadConfig({
      ...process.env,
      NEO4J_URI: db.uri,
      NEO4J_PASSWORD: db.password,
      NODE_ENV: 'test',
      SEED_ON_START: 'false',
      PORT: '0',
      GRAPHQL_MAX_COST: '60000',
      NEO4J_QUERY_TIMEOUT_MS: '60000',
    });
    const server = await createAppServer({ config, schema: await buildAppSchema(), executor: db.executor, serviceVersion: 'bench' });
    const url = await server.listen();
    stopServer = () => server.stop();
    // As npm start does: the explorer's Cypher compiled before the first page asks.
    const warmUp = await warmQueryPlans(url);
    log(`Query plans warmed: ${warmUp.operations} operations in ${(warmUp.ms / 1000).toFixed(1)} s (${warmUp.failed} failed)`);

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const environment = await describeEnvironment(browser, db.version);
      const file = path.join(ROOT, 'bench', 'results', 'explorer-perf.json');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // One entry per network: the CoRA runs and a synthetic run live side by side.
      const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
      for (const key of Object.keys(all)) if (key === datasetName || key.startsWith(`${datasetName} · `)) delete all[key];
      for (const target of targets) {
        const measured = await measureNetwork(browser, url, target, datasetName, log);
        const result = {
          measuredAt: new Date().toISOString(),
          dataset: { name: datasetName, people: document.people.length, papers: document.papers.length, importSeconds },
          queryPlansWarmedMs: warmUp.ms,
          network: target.subject,
          ...measured,
          environment,
        };
        all[`${datasetName} · ${target.label}`] = result;
        console.log(JSON.stringify({ [`${datasetName} · ${target.label}`]: result }, null, 2));
      }
      fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
    } finally {
      await browser.close();
    }
  } finally {
    await stopServer?.();
    await db.close();
  }
}

/** The person with the largest co-author network: depth 2 when someone reaches 1,000 people in 2 hops, else depth 3 (the API's maximum). Cypher only to choose; the page uses the API. */
async function widestPerson(executor: Executor, log: (line: string) => void): Promise<Target> {
  const [best] = await executor.read<{ id: string; name: string; reach2: number; reach3: number }>({
    name: 'bench-pick-person',
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
  });
  const depth = Number(best.reach2) >= 1000 ? 2 : 3;
  log(`Widest person network: ${best.name} (${best.id}), ${best.reach2} people within 2 co-author hops, ${best.reach3} within 3; drawing depth ${depth}`);
  return {
    label: `person network (${best.name}, depth ${depth})`,
    hash: new URLSearchParams({ person: best.id, depth: String(depth), min: '1', limit: '1000' }).toString(),
    subject: { query: 'collaborationNetwork', personId: best.id, name: best.name, depth, limit: 1000 },
    dragNode: best.id,
  };
}

/** The topic whose network (with narrower topics) holds the most people; its `limit` most prolific drawn. */
async function largestTopic(executor: Executor, limit: number, log: (line: string) => void): Promise<Target> {
  const [best] = await executor.read<{ id: string; name: string; people: number }>({
    name: 'bench-pick-topic',
    cypher: `MATCH (t:Topic)
             CALL (t) { MATCH (t)<-[:BROADER*0..3]-(:Topic)<-[:HAS_TOPIC]-(:Paper)<-[:AUTHORED]-(p:Person) RETURN count(DISTINCT p) AS people }
             RETURN t.id AS id, t.name AS name, people ORDER BY people DESC LIMIT 1`,
    params: {},
  });
  log(`Largest topic network: ${best.name} (${best.id}), ${best.people} people publish on it; drawing the ${limit} with the most papers`);
  return {
    label: `topic network (${best.name}, ${limit} people)`,
    hash: new URLSearchParams({ topic: best.id, min: '1', limit: String(limit) }).toString(),
    subject: { query: 'topicNetwork', topicId: best.id, name: best.name, peopleOnTopic: Number(best.people), limit },
    dragNode: null,
  };
}

/** Opens one network in a fresh page and measures it. */
async function measureNetwork(browser: Browser, url: string, target: Target, datasetName: string, log: (line: string) => void) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    const offHost: string[] = [];
    page.on('request', (request) => {
      if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url())) offHost.push(request.url());
    });

    // 1. Cold: navigate straight to the network.
    await page.goto(`${url}/#${target.hash}`);
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
        big: view.isBig(),
      };
    });
    log(`${target.label}: first draw ${firstDraw.navigationToFirstDrawMs.toFixed(0)} ms after navigation (${firstDraw.nodes} nodes, ${firstDraw.edges} edges)`);

    // 2. While ForceAtlas2 runs (in its worker), right after the first draw.
    const duringLayout = await countFrames(page, () => page.waitForTimeout(2000));
    await page.waitForSelector('#graph[data-layout="done"]', { timeout: 60_000 });
    await page.waitForTimeout(500);

    // The environment's ceiling: frames with nothing moving.
    const idle = await countFrames(page, () => page.waitForTimeout(2000));

    // 3. Panning: a scripted drag on the stage for ~3 s; 4. dragging a node around for ~3 s (the
    // centre of a person network, the most prolific person of a topic's). Each twice, side by
    // side: the explorer's interactions, then sigma's stock ones (a redraw per mouse move).
    const box = (await page.locator('#graph').boundingBox())!;
    // A point of the stage with no node under it (so the drag pans instead of moving a node).
    const spot = (await findEmptySpot(page, box, 25)) ?? { x: 20, y: 20 };
    const emptySpot = { x: box.x + spot.x, y: box.y + spot.y };
    const dragNode = target.dragNode ?? (await page.evaluate(() => (window as any).__collabgraph.view.graph.nodes()[0] as string));
    const nodePosition = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), dragNode);
    const interactions = async (stock: boolean) => {
      await page.evaluate((on) => ((window as any).__collabgraph.view.stockInteractions = on), stock);
      const panning = await countFrames(page, () => drag(page, emptySpot, DRAG_MS, 150));
      await page.waitForTimeout(1000);
      // The pan moved the picture: drag the node where it is now.
      const at = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), dragNode);
      const draggingNode = await countFrames(page, () => drag(page, { x: box.x + at.x, y: box.y + at.y }, DRAG_MS, 120));
      await page.waitForTimeout(1000);
      return { panning, draggingNode };
    };
    const explorer = await interactions(false);
    const dropped = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), dragNode);
    const stock = await interactions(true);
    const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10) / 10 : null);
    const shot = path.join(ROOT, 'test-results', 'screenshots', `explorer-perf-${datasetName}-${target.subject.query}-${target.subject.limit}.png`);
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    return {
      drawn: { nodes: firstDraw.nodes, edges: firstDraw.edges, bigNetworkMode: firstDraw.big },
      timeToFirstDrawMs: {
        fromNavigation: round(firstDraw.navigationToFirstDrawMs),
        graphqlRequest: round(firstDraw.networkRequestMs),
        fromResponseToFirstFrame: round(firstDraw.responseToFirstDrawMs),
      },
      framesPerSecond: { idle, duringLayout, panning: explorer.panning, draggingNode: explorer.draggingNode },
      /** The same gestures with sigma's stock interactions, measured right after, in the same page. */
      stockSigmaFramesPerSecond: { panning: stock.panning, draggingNode: stock.draggingNode },
      framesShownRatioExplorerToStock: {
        panning: ratio(explorer.panning.framesShownPerSecond, stock.panning.framesShownPerSecond),
        draggingNode: ratio(explorer.draggingNode.framesShownPerSecond, stock.draggingNode.framesShownPerSecond),
      },
      drag: { node: dragNode, droppedPx: { x: Math.round(dropped.x), y: Math.round(dropped.y) }, startedPx: { x: Math.round(nodePosition.x), y: Math.round(nodePosition.y) } },
      offHostRequests: offHost,
    };
  } finally {
    await page.close();
  }
}

async function describeEnvironment(browser: Browser, neo4j: string) {
  const page = await browser.newPage();
  try {
    return {
      chromium: browser.version(),
      webgl: await webglRenderer(page),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      node: process.version,
      neo4j,
      headless: true,
    };
  } finally {
    await page.close();
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

/**
 * Counts, while `action` runs: requestAnimationFrame callbacks, sigma redraws, overlay draws
 * and mouse moves delivered to the page (the input rate bounds what a drag can show).
 */
async function countFrames(page: Page, action: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as any;
    const view = w.__collabgraph.view;
    const state = (w.__bench = {
      frames: 0,
      renders: 0,
      moves: 0,
      overlayAtStart: view.overlay.draws,
      panAtStart: view.panFrames,
      last: performance.now(),
      longest: 0,
      start: performance.now(),
      running: true,
    });
    const tick = (now: number) => {
      if (!state.running) return;
      state.frames += 1;
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    w.__benchRender = () => (state.renders += 1);
    w.__benchMove = () => (state.moves += 1);
    view.sigma.on('afterRender', w.__benchRender);
    window.addEventListener('mousemove', w.__benchMove, true);
  });
  await action();
  const stats = await page.evaluate(() => {
    const w = window as any;
    const state = w.__bench;
    state.running = false;
    w.__collabgraph.view.sigma.off('afterRender', w.__benchRender);
    window.removeEventListener('mousemove', w.__benchMove, true);
    const seconds = (performance.now() - state.start) / 1000;
    const view = w.__collabgraph.view;
    return {
      frames: state.frames,
      renders: state.renders,
      overlay: view.overlay.draws - state.overlayAtStart + view.panFrames - state.panAtStart,
      moves: state.moves,
      longest: state.longest,
      seconds,
    };
  });
  const perSecond = (count: number) => Math.round((count / stats.seconds) * 10) / 10;
  return {
    rafFps: perSecond(stats.frames),
    sigmaRendersPerSecond: perSecond(stats.renders),
    /** Overlay draws (a dragged node) and layer slides (a pan): frames shown without a sigma redraw. */
    overlayDrawsPerSecond: perSecond(stats.overlay),
    /** What the user sees change: sigma redraws plus overlay draws and slides. */
    framesShownPerSecond: perSecond(stats.renders + stats.overlay),
    mouseMovesPerSecond: perSecond(stats.moves),
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

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
