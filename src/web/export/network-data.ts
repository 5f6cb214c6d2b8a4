import type { NetworkEdge } from '../../model/network-edge.type';
import type { NetworkNode } from '../../model/network-node.type';

/** Where the explorer drew a node; the exports carry it when given. */
export interface DrawingAttributes {
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

/** A node of `collaborationNetwork` (src/model), with the drawing attributes the explorer adds. */
export type NetworkNodeData = NetworkNode & DrawingAttributes;

/** An edge of `collaborationNetwork` (src/model): COAUTHOR (undirected) or HOSTED (host → intern). */
export type NetworkEdgeData = NetworkEdge;

/** A network as the API answers it, as the exports and the explorer see it. */
export interface NetworkData {
  nodes: NetworkNodeData[];
  edges: NetworkEdgeData[];
}

/** What the export describes: where the network came from (a person's network, or a topic's). */
export interface NetworkExportMeta {
  personId?: string;
  topicId?: string;
  /** Hops from the person (person networks only). */
  depth?: number;
  minSharedPapers: number;
  limit?: number;
  /** Filters applied on top of the API's answer (the explorer's year and topic filters). */
  filters?: Record<string, string | number | null>;
  exportedAt?: string;
}

/** A file name (without extension) for an export: network-<person>-d<depth> or network-topic-<topic>. */
export function exportBaseName(meta: NetworkExportMeta): string {
  const safe = (id: string) => id.replace(/[^A-Za-z0-9._-]+/g, '_');
  if (meta.topicId !== undefined) return `network-topic-${safe(meta.topicId)}`;
  return `network-${safe(meta.personId ?? 'unknown')}-d${meta.depth ?? 1}`;
}
