/**
 * Debian's Chromium driven by playwright-core, headless, with a guard: every request the
 * pages make is recorded, and anything not addressed to 127.0.0.1 is aborted and reported
 * (the pages must work offline: no CDN, no fonts, no telemetry).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findRootDir } from '../../../src/config';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL without a GPU: SwiftShader (software). sigma.js needs WebGL.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const SCREENSHOT_DIR = path.join(findRootDir(), 'test-results', 'screenshots');

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: the end-to-end tests need Debian's chromium package (apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface GuardedContext {
  context: BrowserContext;
  /** Every URL requested that did not go to 127.0.0.1 (should stay empty). */
  offHost: string[];
  /** Uncaught page errors and console errors, e.g. CSP violations. */
  pageErrors: string[];
  newPage(): Promise<Page>;
}

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  return LOCAL_SCHEMES.has(parsed.protocol) || ((parsed.protocol === 'http:' || parsed.protocol === 'ws:') && parsed.hostname === '127.0.0.1');
}

export async function guardedContext(browser: Browser): Promise<GuardedContext> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  const offHost: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    offHost.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocalUrl(url) && !offHost.includes(url)) offHost.push(url);
  });
  const newPage = async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of (400|404)/.test(message.text()))
        pageErrors.push(`console: ${message.text()}`);
    });
    return page;
  };
  return { context, offHost, pageErrors, newPage };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * A point of the explorer's drawing (relative to #graph, whose `box` is given) at least
 * `clearance` px from every node, so that a drag there pans instead of moving a node; null
 * when the drawing has none. Used by the browser tests and bench/explorer-perf.ts.
 */
export function findEmptySpot(page: Page, box: { width: number; height: number }, clearance = 30): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ width, height, clearance }) => {
      const { view } = (window as any).__collabgraph;
      const positions: Array<{ x: number; y: number }> = view.graph.mapNodes((node: string) => view.nodeViewportPosition(node));
      for (let y = 40; y < height - 40; y += 20) {
        for (let x = 40; x < width - 40; x += 20) if (positions.every((p) => Math.hypot(p.x - x, p.y - y) > clearance)) return { x, y };
      }
      return null;
    },
    { width: box.width, height: box.height, clearance },
  );
}
