/**
 * The shape of `collaborationNetwork` (the public GraphQL contract, issue 4) as the exports
 * see it, plus the optional drawing attributes the explorer adds (position, colour, size).
 */
export interface NetworkNodeData {
  id: string;
  label: string;
  kind: string;
  /** Paper count. */
  weight: number;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface NetworkEdgeData {
  source: string;
  target: string;
  /** COAUTHOR (undirected) or HOSTED (host → intern). */
  kind: string;
  /** Shared papers, or number of hostings. */
  weight: number;
}

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
