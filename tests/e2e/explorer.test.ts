/**
 * The explorer at / in Debian's Chromium, over the real API and a real Neo4j seeded with the
 * bio. Nothing is mocked; every request must stay on 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { findRootDir } from '../../src/config';
import { postGraphQL } from '../support/graphql-client';
import type { TestServer } from '../support/start-test-server';
import { findEmptySpot, screenshot } from './support/browser';
import { useBrowserHarness } from './support/browser-harness';

const SUBJECT = 'person:paul-vicol';

interface CoauthorEdge {
  sharedPaperCount: number;
  node: { id: string; name: string };
  papers: Array<{ id: string; title: string }>;
}

describe('the explorer in a real browser', () => {
  let api: TestServer;
  let page: Page;
  let coauthors: { totalCount: number; edges: CoauthorEdge[] };

  const harness = useBrowserHarness();
  beforeAll(() => {
    ({ api, page } = harness);
  });
  beforeAll(async () => {
    const { body } = await postGraphQL(
      harness.api.url,
      `{ coauthors(personId: "${SUBJECT}", first: 100) { totalCount edges { sharedPaperCount node { id name } papers { id title } } } }`,
    );
    coauthors = body.data!.coauthors;
  });

  it('searches the subject and draws one node per co-author', async () => {
    await page.goto(`${api.url}/`);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/Search for a person/);
    await page.fill('#search-input', 'Paul Vic');
    const suggestion = page.locator('#search-suggestions li[data-kind="Person"]', { hasText: 'Paul Vicol' });
    await suggestion.first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#status[data-state="ready"]');
    await page.waitForSelector('#graph[data-drawn="true"]');

    const drawn = await page.evaluate((centre) => {
      const { view } = (window as any).__collabgraph;
      const graph = view.graph;
      const neighbours = new Set<string>();
      graph.forEachEdge(centre, (_edge: string, attrs: any, source: string, target: string) => {
        if (attrs.kind === 'COAUTHOR') neighbours.add(source === centre ? target : source);
      });
      return { order: graph.order, coauthorNodes: neighbours.size };
    }, SUBJECT);
    expect(coauthors.totalCount).toBeGreaterThan(10);
    expect(drawn.coauthorNodes).toBe(coauthors.totalCount);
    expect(Number(await page.getAttribute('#status', 'data-coauthors'))).toBe(coauthors.totalCount);
    // Depth 1 = co-authors plus the people linked by hosting, and the subject.
    expect(drawn.order).toBeGreaterThanOrEqual(coauthors.totalCount + 1);
    await expect(page.locator('#people-items li').count()).resolves.toBe(drawn.order);

    await page.waitForSelector('#graph[data-layout="done"]', { timeout: 15_000 });
    const shot = await screenshot(page, 'explorer-network');
    // The README's picture is refreshed on request only: a test run leaves tracked files alone.
    if (process.env.UPDATE_README_SCREENSHOT === '1') {
      fs.mkdirSync(path.join(findRootDir(), 'docs', 'images'), { recursive: true });
      fs.copyFileSync(shot, path.join(findRootDir(), 'docs', 'images', 'explorer.png'));
    }
  });

  it("opens a co-author's panel by clicking the node, with their shared papers", async () => {
    const coauthor = coauthors.edges[0];
    const box = (await page.locator('#graph').boundingBox())!;
    const position = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), coauthor.node.id);
    expect(position).not.toBeNull();
    await page.mouse.click(box.x + position.x, box.y + position.y);
    const panel = page.locator('#panel[data-kind="person"][data-state="ready"]');
    await panel.waitFor();
    await expect(panel.locator('article').getAttribute('data-person-id')).resolves.toBe(coauthor.node.id);
    await expect(panel.locator('h2').textContent()).resolves.toBe(coauthor.node.name);

    const shared = panel.locator('section', { hasText: 'Shared papers with Paul Vicol' });
    await expect(shared.locator('h3').textContent()).resolves.toBe(`Shared papers with Paul Vicol (${coauthor.sharedPaperCount})`);
    const titles = await shared.locator('li.paper button').allTextContents();
    expect(titles.sort()).toEqual(coauthor.papers.map((paper) => paper.title).sort());
    await expect(panel.locator('section', { hasText: 'Positions' }).count()).resolves.toBe(1);
    await expect(panel.locator('section', { hasText: 'Top co-authors' }).locator('li').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'explorer-person-panel');

    // Escape closes the panel.
    await page.keyboard.press('Escape');
    await page.locator('#panel').waitFor({ state: 'hidden' });
  });

  it('re-centres on a co-author from the panel, keyboard only', async () => {
    await page.locator('#people-list summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('#people-items li', { hasText: 'Roger Grosse' }).locator('button').focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#panel[data-kind="person"][data-state="ready"]');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Show their network' }).click();
    await page.waitForFunction(() => (window as any).__collabgraph.current()?.subject.id === 'person:roger-grosse');
    await page.waitForSelector('#status[data-state="ready"]');
    expect(await page.locator('#status').textContent()).toMatch(/^Roger Grosse: \d+ people/);
    // Back to the subject through the URL, as a shared link would.
    await page.evaluate(() => (location.hash = 'person=person:paul-vicol&depth=1&min=1&limit=200'));
    await page.waitForFunction(() => (window as any).__collabgraph.current()?.subject.id === 'person:paul-vicol');
    await page.waitForSelector('#status[data-state="ready"]');
  });

  it('finds a path between two co-authors, highlights it and lists the papers of each step', async () => {
    const [from, to] = ['Kevin Clark', 'Zico Kolter'];
    const expected = await postGraphQL(
      api.url,
      '{ collaborationPath(fromId: "person:kevin-clark", toId: "person:zico-kolter") { length people { id } steps { papers { title } } } }',
    );
    const path = expected.body.data!.collaborationPath;
    expect(path.length).toBe(2);

    for (const [input, name] of [
      ['#path-from', from],
      ['#path-to', to],
    ] as const) {
      await page.fill(input, name);
      await page.locator(`${input}-list li[data-kind="Person"]`, { hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
      await expect(page.inputValue(input)).resolves.toBe(name);
    }
    await page.click('#find-path');
    const panel = page.locator('#panel[data-kind="path"][data-state="ready"]');
    await panel.waitFor();
    const steps = panel.locator('li.step');
    await expect(steps.count()).resolves.toBe(path.length);
    for (let index = 0; index < path.length; index += 1) {
      const titles = await steps.nth(index).locator('li.paper button').allTextContents();
      expect(titles.sort()).toEqual(path.steps[index].papers.map((paper: { title: string }) => paper.title).sort());
    }
    const highlighted = await page.evaluate(() => {
      const { view } = (window as any).__collabgraph;
      return view.graph.filterNodes((node: string) => view.sigma.getNodeDisplayData(node)?.highlighted === true);
    });
    expect(highlighted.sort()).toEqual(path.people.map((person: { id: string }) => person.id).sort());
    await screenshot(page, 'explorer-path');
    await page.click('#clear-path');
  });

  it('exports the view as GraphML that parses, with every node and edge', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    expect(download.suggestedFilename()).toBe('network-person_paul-vicol-d1.graphml');
    const xml = fs.readFileSync((await download.path())!, 'utf8');
    const parsed = await parseGraphml(page, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.nodes).toBe(Number(await page.getAttribute('#status', 'data-nodes')));
    expect(parsed.edges).toBe(Number(await page.getAttribute('#status', 'data-edges')));
    expect(parsed.labels).toContain('Paul Vicol');
    expect(parsed.hasPositions).toBe(true);

    // The same export over HTTP, for scripts.
    const response = await fetch(`${api.url}/export/network.graphml?personId=${SUBJECT}&depth=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    const overHttp = await parseGraphml(page, await response.text());
    expect(overHttp).toMatchObject({ error: null, nodes: parsed.nodes, edges: parsed.edges });

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = fs.readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const data = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(data.elements.nodes).toHaveLength(parsed.nodes);
    expect(data.elements.edges).toHaveLength(parsed.edges);
    expect(data.elements.nodes[0].position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    expect(data.data).toMatchObject({ personId: SUBJECT, limit: expect.any(Number) });
  });

  it('shows a topic: hierarchy, people, papers, related topics', async () => {
    await page.fill('#search-input', 'Machine learning');
    await page.locator('#search-suggestions li[data-kind="Topic"]').first().waitFor();
    await page.locator('#search-suggestions li[data-kind="Topic"]').first().dispatchEvent('mousedown');
    const panel = page.locator('#panel[data-kind="topic"][data-state="ready"]');
    await panel.waitFor();
    for (const heading of ['Hierarchy', 'People publishing on it', 'Papers', 'Related topics']) {
      await expect(panel.locator('h3', { hasText: heading }).count()).resolves.toBe(1);
    }
    await screenshot(page, 'explorer-topic');
    await page.keyboard.press('Escape');
  });

  it('filters by year in the browser and says when nothing is left', async () => {
    await page.fill('#year-from', '2023');
    await page.fill('#year-to', '2024');
    await page.click('#apply');
    await page.waitForSelector('#status:not([data-state="loading"])');
    expect(await page.getAttribute('#status', 'data-state')).toBe('ready');
    const filtered = Number(await page.getAttribute('#status', 'data-nodes'));
    const { body } = await postGraphQL(api.url, `{ person(id: "${SUBJECT}") { papers(first: 100) { edges { node { year authors { person { id } } } } } } }`);
    const recent = new Set<string>([SUBJECT]);
    for (const { node } of body.data!.person.papers.edges) {
      if (node.year >= 2023 && node.year <= 2024) node.authors.forEach((author: { person: { id: string } }) => recent.add(author.person.id));
    }
    // Co-authors on 2023-2024 papers, plus people linked by hosting (not filtered), all reachable.
    expect(filtered).toBeGreaterThanOrEqual(recent.size);
    expect(filtered).toBeLessThan(coauthors.totalCount + 1);

    await page.fill('#year-from', '1950');
    await page.fill('#year-to', '1951');
    await page.click('#apply');
    await page.waitForSelector('#status:not([data-state="loading"])');
    expect(await page.getAttribute('#status', 'data-state')).toBe('empty');
    expect(await page.locator('#status').textContent()).toMatch(/^Paul Vicol has no co-authorship/);
    await page.fill('#year-from', '');
    await page.fill('#year-to', '');
    await page.click('#apply');
    await page.waitForSelector('#status[data-state="ready"]');
  });

  it('drags a node on the overlay: no sigma redraw while it moves, one at the drop, and it stays where dropped', async () => {
    await page.waitForSelector('#graph[data-layout="done"]', { timeout: 15_000 });
    const box = (await page.locator('#graph').boundingBox())!;
    const target = coauthors.edges[1].node.id;
    const start = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), target);
    await page.mouse.move(box.x + start.x, box.y + start.y);
    await page.mouse.down();
    await page.evaluate(() => {
      const w = window as any;
      w.__dragRenders = 0;
      w.__dragOverlay = w.__collabgraph.view.overlay.draws;
      w.__collabgraph.view.sigma.on('afterRender', () => (w.__dragRenders += 1));
    });
    const drop = { x: start.x + 60, y: start.y + 40 };
    for (let step = 1; step <= 20; step += 1) {
      await page.mouse.move(box.x + start.x + (60 * step) / 20, box.y + start.y + (40 * step) / 20);
    }
    const during = await page.evaluate(() => {
      const w = window as any;
      return { renders: w.__dragRenders, overlayDraws: w.__collabgraph.view.overlay.draws - w.__dragOverlay, showing: w.__collabgraph.view.overlay.isShowing() };
    });
    // The cost that matters without a GPU: sigma's whole-scene redraws. None while dragging.
    expect(during.renders).toBe(0);
    expect(during.overlayDraws).toBeGreaterThan(0);
    expect(during.showing).toBe(true);
    await screenshot(page, 'explorer-drag');
    await page.mouse.up();
    await page.waitForFunction(() => (window as any).__dragRenders > 0 && !(window as any).__collabgraph.view.overlay.isShowing());
    const end = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), target);
    expect(Math.abs(end.x - drop.x)).toBeLessThan(2);
    expect(Math.abs(end.y - drop.y)).toBeLessThan(2);
    // A drag is not a click: no panel opened.
    await expect(page.locator('#panel').isVisible()).resolves.toBe(false);
  });

  it('pans by sliding the drawn layers: no sigma redraw while the pointer moves, one at the release, and everything moved with the pointer', async () => {
    const box = (await page.locator('#graph').boundingBox())!;
    const spot = await findEmptySpot(page, box);
    expect(spot).not.toBeNull();
    const centre = coauthors.edges[0].node.id;
    const before = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), centre);
    await page.mouse.move(box.x + spot!.x, box.y + spot!.y);
    await page.mouse.down();
    await page.evaluate(() => {
      const w = window as any;
      w.__panRenders = 0;
      w.__panFrames = w.__collabgraph.view.panFrames;
      w.__collabgraph.view.sigma.on('afterRender', () => (w.__panRenders += 1));
    });
    for (let step = 1; step <= 15; step += 1) await page.mouse.move(box.x + spot!.x - 4 * step, box.y + spot!.y + 2 * step);
    const during = await page.evaluate(() => ({ renders: (window as any).__panRenders, slides: (window as any).__collabgraph.view.panFrames - (window as any).__panFrames }));
    expect(during.renders).toBe(0);
    expect(during.slides).toBeGreaterThan(0);
    await page.mouse.up();
    await page.waitForFunction(() => (window as any).__panRenders > 0);
    const after = await page.evaluate((id) => (window as any).__collabgraph.nodeViewportPosition(id), centre);
    expect(Math.abs(after.x - before.x - -60)).toBeLessThan(2);
    expect(Math.abs(after.y - before.y - 30)).toBeLessThan(2);
    // The layers are back in place: what is drawn is where sigma says it is.
    expect(await page.evaluate(() => Object.values((window as any).__collabgraph.view.sigma.getCanvases()).every((canvas: any) => canvas.style.transform === ''))).toBe(true);
  });

  it('shows errors visibly: an unknown person', async () => {
    await page.evaluate(() => (location.hash = 'person=person:nobody-at-all'));
    await page.waitForSelector('#status[data-state="error"]');
    expect(await page.locator('#status').textContent()).toMatch(/no person with id/);
  });

  it("draws a topic's network from its panel, and exports it in the browser and over HTTP", async () => {
    const { body } = await postGraphQL(api.url, '{ topic(name: "machine learning") { id name } }');
    const topic = body.data!.topic as { id: string; name: string };
    const expected = (await postGraphQL(api.url, `{ topicNetwork(topicId: "${topic.id}") { nodes { id } edges { source } } }`)).body.data!.topicNetwork;
    expect(expected.nodes.length).toBeGreaterThan(5);

    await page.fill('#search-input', topic.name);
    const suggestion = page.locator(`#search-suggestions li[data-id="${topic.id}"]`);
    await suggestion.waitFor();
    await suggestion.dispatchEvent('mousedown');
    const panel = page.locator(`#panel[data-kind="topic"][data-state="ready"] article[data-topic-id="${topic.id}"]`);
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Draw their network' }).click();
    await page.waitForFunction((id) => (window as any).__collabgraph.current()?.subject.id === id, topic.id);
    await page.waitForSelector('#status[data-state="ready"]');
    await expect(page.locator('#status').textContent()).resolves.toMatch(
      new RegExp(`^${topic.name}: the ${expected.nodes.length} people with the most papers on it, and ${expected.edges.length} co-authorships? among them`),
    );
    expect(await page.evaluate(() => (window as any).__collabgraph.view.graph.order)).toBe(expected.nodes.length);
    expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('topic')).toBe(topic.id);
    await expect(page.locator('#depth').isDisabled()).resolves.toBe(true);
    await screenshot(page, 'explorer-topic-network');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    expect(download.suggestedFilename()).toBe(`network-topic-${topic.id.replace(/[^A-Za-z0-9._-]+/g, '_')}.graphml`);
    const parsed = await parseGraphml(page, fs.readFileSync((await download.path())!, 'utf8'));
    expect(parsed).toMatchObject({ error: null, nodes: expected.nodes.length, edges: expected.edges.length });
    const response = await fetch(`${api.url}/export/network.graphml?topicId=${encodeURIComponent(topic.id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(download.suggestedFilename());
    await expect(parseGraphml(page, await response.text())).resolves.toMatchObject({ error: null, nodes: expected.nodes.length, edges: expected.edges.length });
    // One of personId and topicId, never both.
    expect((await fetch(`${api.url}/export/network.json?topicId=${encodeURIComponent(topic.id)}&personId=${SUBJECT}`)).status).toBe(400);
  });
});

/** Parses with the browser's XML parser (a real one): counts and labels, or the parser's error. */
async function parseGraphml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    const ns = 'http://graphml.graphdrawing.org/xmlns';
    const labels = Array.from(doc.getElementsByTagNameNS(ns, 'data'))
      .filter((d) => d.getAttribute('key') === 'd_label')
      .map((d) => d.textContent);
    return {
      error: error ? error.textContent : null,
      nodes: doc.getElementsByTagNameNS(ns, 'node').length,
      edges: doc.getElementsByTagNameNS(ns, 'edge').length,
      labels,
      hasPositions: Array.from(doc.getElementsByTagNameNS(ns, 'key')).some((key) => key.getAttribute('attr.name') === 'x'),
    };
  }, xml);
}
