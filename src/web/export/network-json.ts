import type { NetworkData, NetworkExportMeta } from './network-data';

/** The JSON export: what the network came from, then nodes and edges as the API gave them (plus layout, when drawn). */
export function networkToJson(network: NetworkData, meta: NetworkExportMeta): string {
  return `${JSON.stringify({ ...meta, nodes: network.nodes, edges: network.edges }, null, 2)}\n`;
}
