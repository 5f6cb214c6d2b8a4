import type { NetworkData, NetworkExportMeta } from './network-data';

/** A node as Cytoscape.js takes it: its fields under `data`, the explorer's layout as `position`. */
interface CytoscapeNode {
  data: { id: string; label: string; kind: string; weight: number; size?: number; color?: string };
  position?: { x: number; y: number };
}

interface CytoscapeEdge {
  data: { id: string; source: string; target: string; kind: string; weight: number };
}

/** The JSON export: Cytoscape.js's JSON (what `cy.json()` gives and takes), with the arguments as the graph's `data`. */
export interface NetworkJson {
  format: string;
  data: NetworkExportMeta;
  elements: { nodes: CytoscapeNode[]; edges: CytoscapeEdge[] };
}

/**
 * The JSON export in Cytoscape.js's elements format (https://js.cytoscape.org/#notation/elements-json):
 * `cytoscape({ elements: json.elements })` or `cy.json(json)` loads it as is. The graph's
 * `data` records what the network came from (personId or topicId, depth, minSharedPapers,
 * limit, filters, exportedAt). Edges keep the API's direction: HOSTED goes host → intern.
 */
export function networkToJson(network: NetworkData, meta: NetworkExportMeta): string {
  const json: NetworkJson = {
    format: 'cytoscape.js elements JSON',
    data: meta,
    elements: {
      nodes: network.nodes.map(({ id, label, kind, weight, x, y, size, color }) => ({
        data: { id, label, kind, weight, ...(size !== undefined ? { size } : {}), ...(color !== undefined ? { color } : {}) },
        ...(x !== undefined && y !== undefined ? { position: { x, y } } : {}),
      })),
      edges: network.edges.map(({ source, target, kind, weight }, index) => ({ data: { id: `e${index}`, source, target, kind, weight } })),
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
