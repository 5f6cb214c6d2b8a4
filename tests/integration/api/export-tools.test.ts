/**
 * Issue 14, item 5: the exports load in the tools they are for. Over the imported bio,
 * GET /export/network.graphml (the README's URL) is read back by NetworkX (python3) and by
 * graphology-graphml, GET /export/network.json loads in Cytoscape.js (headless); each has
 * every node and edge of the API's collaborationNetwork and records the arguments, limit
 * included. Before: NetworkX refused the file ("directed=true edge found in undirected graph").
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { findRootDir } from '../../../src/config';
import { readBioDocument } from '../../support/bio-document';
import type { NetworkJson } from '../../../src/web/export/network-json';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

const root = findRootDir();
const SUBJECT = 'person:paul-vicol';
const ARGS = { personId: SUBJECT, depth: 2, minSharedPapers: 1, limit: 30 };
let fx: FixtureApi;
let expected: { nodes: Array<{ id: string; label: string }>; edges: Array<{ source: string; target: string; kind: string }> };

beforeAll(async () => {
  fx = await startFixtureApi(readBioDocument());
  const { data, errors } = await fx.query(
    'query ($personId: ID!, $depth: Int, $minSharedPapers: Int, $limit: Int) { collaborationNetwork(personId: $personId, depth: $depth, minSharedPapers: $minSharedPapers, limit: $limit) { nodes { id label } edges { source target kind } } }',
    ARGS,
  );
  expect(errors).toBeUndefined();
  expected = data!.collaborationNetwork;
  // A network with both kinds of edge, so that the mixed case is the one read back.
  expect(new Set(expected.edges.map((edge) => edge.kind))).toEqual(new Set(['COAUTHOR', 'HOSTED']));
});
afterAll(async () => {
  await fx?.close();
});

const exportUrl = (format: 'graphml' | 'json') => `${fx.api.url}/export/network.${format}?${new URLSearchParams(Object.entries(ARGS).map(([k, v]) => [k, String(v)]))}`;

async function download(format: 'graphml' | 'json'): Promise<string> {
  const response = await fetch(exportUrl(format));
  expect(response.status).toBe(200);
  return response.text();
}

describe('GraphML export', () => {
  it('is read by NetworkX (python3): every node and edge, numbers as numbers, the arguments on the graph', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graphml-'));
    const file = path.join(dir, 'network.graphml');
    fs.writeFileSync(file, await download('graphml'));
    try {
      const seen = JSON.parse(execFileSync('python3', [path.join(root, 'tests', 'support', 'read-graphml-networkx.py'), file], { encoding: 'utf8' }));
      expect(seen).toMatchObject({
        directed: false,
        nodes: expected.nodes.length,
        edges: expected.edges.length,
        graph: { personId: SUBJECT, depth: 2, minSharedPapers: 1, limit: 30, exportedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
        labels: expected.nodes.map((node) => node.label).sort(),
        weights: ['float'],
        edgeKinds: ['COAUTHOR', 'HOSTED'],
      });
      expect(seen.degreeOfSubject).toBe(expected.edges.filter((edge) => edge.source === SUBJECT || edge.target === SUBJECT).length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is read by graphology-graphml: an undirected graph, HOSTED edges from host to intern', async () => {
    const graph = parseGraphml(Graph, await download('graphml'), { addMissingNodes: false });
    expect(graph.type).toBe('undirected');
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    expect(graph.getNodeAttribute(SUBJECT, 'label')).toBe('Paul Vicol');
    expect(graph.getAttributes()).toMatchObject({ personId: SUBJECT, depth: 2, limit: 30, minSharedPapers: 1 });
    const hosted = graph.filterEdges((_edge, attributes) => attributes.kind === 'HOSTED').map((edge) => [graph.source(edge), graph.target(edge)]);
    expect(hosted.sort()).toEqual(
      expected.edges
        .filter((edge) => edge.kind === 'HOSTED')
        .map((edge) => [edge.source, edge.target])
        .sort(),
    );
  });
});

describe('JSON export', () => {
  it("is Cytoscape.js's elements JSON: cytoscape() loads it as is, with the arguments as the graph's data", async () => {
    const json = JSON.parse(await download('json')) as NetworkJson;
    const cy = cytoscape({ headless: true, elements: json.elements, data: json.data } as cytoscape.CytoscapeOptions);
    expect(cy.nodes().length).toBe(expected.nodes.length);
    expect(cy.edges().length).toBe(expected.edges.length);
    expect(cy.getElementById(SUBJECT).data('label')).toBe('Paul Vicol');
    expect(
      cy
        .edges('[kind = "HOSTED"]')
        .map((edge) => [edge.source().id(), edge.target().id()])
        .sort(),
    ).toEqual(
      expected.edges
        .filter((edge) => edge.kind === 'HOSTED')
        .map((edge) => [edge.source, edge.target])
        .sort(),
    );
    expect(cy.data()).toMatchObject({ personId: SUBJECT, depth: 2, minSharedPapers: 1, limit: 30 });
    // And back: cy.json() of what was loaded has the same elements.
    expect((cy.json() as { elements: { nodes: unknown[] } }).elements.nodes).toHaveLength(expected.nodes.length);
  });
});
