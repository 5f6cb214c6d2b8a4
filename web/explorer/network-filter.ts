/**
 * Client-side year and topic filters. `collaborationNetwork` takes no year or topic arguments,
 * so the explorer fetches the papers of the people drawn (api.papersOfPeople) and recomputes
 * each co-authorship from the shared papers that pass the filter. See docs/explorer.md.
 */
import type { NetworkData } from '../../src/web/export/network-data';
import type { PaperFacts } from './api';

export interface PaperFilter {
  fromYear: number | null;
  toYear: number | null;
  /** The chosen topic and its narrower topics; null for any topic. */
  topicIds: Set<string> | null;
}

export const isFilterActive = (filter: PaperFilter): boolean => filter.fromYear !== null || filter.toYear !== null || filter.topicIds !== null;

/** A paper passes when its year is in range (papers with no year fail a year filter) and it carries one of the topics. */
export function paperPasses(paper: PaperFacts, filter: PaperFilter): boolean {
  if (filter.fromYear !== null || filter.toYear !== null) {
    if (paper.year === null) return false;
    if (filter.fromYear !== null && paper.year < filter.fromYear) return false;
    if (filter.toYear !== null && paper.year > filter.toYear) return false;
  }
  if (filter.topicIds && !paper.topicIds.some((id) => filter.topicIds!.has(id))) return false;
  return true;
}

/**
 * The network restricted to papers passing the filter:
 * - a COAUTHOR edge keeps the number of passing shared papers as weight, and goes when that
 *   falls under `minSharedPapers`;
 * - HOSTED edges stay (hostings are not papers: they have no topic, and the network does not
 *   carry their dates);
 * - node weight becomes the person's passing papers (at least the size of a 0-paper node);
 * - `keep: 'connected'` (a person's network): people no longer connected to the centre go;
 *   `keep: 'publishing'` (a topic's network): people with no passing paper go.
 */
export function filterNetwork(
  network: NetworkData,
  papersByPerson: Map<string, PaperFacts[]>,
  filter: PaperFilter,
  minSharedPapers: number,
  keep: 'connected' | 'publishing' = 'connected',
): NetworkData {
  const passing = new Map<string, Set<string>>();
  for (const node of network.nodes) {
    passing.set(node.id, new Set((papersByPerson.get(node.id) ?? []).filter((paper) => paperPasses(paper, filter)).map((paper) => paper.id)));
  }
  const edges = network.edges.flatMap((edge) => {
    if (edge.kind !== 'COAUTHOR') return [edge];
    const a = passing.get(edge.source);
    const b = passing.get(edge.target);
    if (!a || !b) return [];
    let shared = 0;
    for (const id of a) if (b.has(id)) shared += 1;
    return shared >= minSharedPapers ? [{ ...edge, weight: shared }] : [];
  });
  if (keep === 'publishing') {
    const kept = new Set(network.nodes.filter((node) => passing.get(node.id)!.size > 0).map((node) => node.id));
    return {
      nodes: network.nodes.filter((node) => kept.has(node.id)).map((node) => ({ ...node, weight: passing.get(node.id)!.size })),
      edges: edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
    };
  }
  const centre = network.nodes[0]?.id;
  const reachable = new Set<string>(centre ? [centre] : []);
  const adjacency = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const next = adjacency.get(from);
    if (next) next.push(to);
    else adjacency.set(from, [to]);
  };
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const queue = [...reachable];
  while (queue.length) {
    for (const next of adjacency.get(queue.shift()!) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  return {
    nodes: network.nodes.filter((node) => reachable.has(node.id)).map((node) => ({ ...node, weight: passing.get(node.id)?.size ?? 0 })),
    edges: edges.filter((edge) => reachable.has(edge.source) && reachable.has(edge.target)),
  };
}
