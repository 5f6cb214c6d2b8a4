import type { NetworkData, NetworkExportMeta } from './network-data';
import { XmlWriter } from './xml-writer';

type KeyDef = readonly [id: string, domain: 'node' | 'edge' | 'graph', name: string, type: 'string' | 'double' | 'int'];

/** Drawing attributes, written only when the network was laid out (the explorer's export). */
const LAYOUT_KEYS: readonly KeyDef[] = [
  ['d_x', 'node', 'x', 'double'],
  ['d_y', 'node', 'y', 'double'],
  ['d_size', 'node', 'size', 'double'],
  ['d_color', 'node', 'color', 'string'],
];

/**
 * Writes a network as GraphML (http://graphml.graphdrawing.org), read back in tests by NetworkX
 * (`networkx.read_graphml`) and graphology-graphml, and loaded by Gephi, Cytoscape, yEd and
 * igraph. The graph is undirected (co-authorship). A HOSTED edge goes from host (source) to
 * intern (target) with kind HOSTED, and has no directed="true" of its own: GraphML allows one,
 * but NetworkX refuses the whole file ("directed=true edge found in undirected graph") and
 * graphology makes the graph mixed. Keys are typed so tools import numbers as numbers; Gephi
 * picks up `label`, `weight`, `x`, `y`, `size` by name. The graph's own data records the
 * arguments the network was made with (personId or topicId, depth, minSharedPapers, limit,
 * filters) and when it was exported.
 */
export function networkToGraphml(network: NetworkData, meta: NetworkExportMeta): string {
  const xml = new XmlWriter();
  xml.open('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  const hasLayout = network.nodes.some((node) => node.x !== undefined && node.y !== undefined);
  const keys: KeyDef[] = [
    ['d_label', 'node', 'label', 'string'],
    ['d_kind', 'node', 'kind', 'string'],
    ['d_papers', 'node', 'weight', 'double'],
    ...(hasLayout ? LAYOUT_KEYS : []),
    ['e_kind', 'edge', 'kind', 'string'],
    ['e_weight', 'edge', 'weight', 'double'],
    ['g_person', 'graph', 'personId', 'string'],
    ['g_topic', 'graph', 'topicId', 'string'],
    ['g_depth', 'graph', 'depth', 'int'],
    ['g_min', 'graph', 'minSharedPapers', 'int'],
    ['g_limit', 'graph', 'limit', 'int'],
    ['g_filters', 'graph', 'filters', 'string'],
    ['g_exported', 'graph', 'exportedAt', 'string'],
  ];
  for (const [id, domain, name, type] of keys) xml.leaf('key', { id, for: domain, 'attr.name': name, 'attr.type': type });

  xml.open('graph', { id: 'collaboration-network', edgedefault: 'undirected' });
  if (meta.personId !== undefined) xml.leaf('data', { key: 'g_person' }, meta.personId);
  if (meta.topicId !== undefined) xml.leaf('data', { key: 'g_topic' }, meta.topicId);
  if (meta.depth !== undefined) xml.leaf('data', { key: 'g_depth' }, String(meta.depth));
  xml.leaf('data', { key: 'g_min' }, String(meta.minSharedPapers));
  if (meta.limit !== undefined) xml.leaf('data', { key: 'g_limit' }, String(meta.limit));
  if (meta.filters && Object.keys(meta.filters).length) xml.leaf('data', { key: 'g_filters' }, JSON.stringify(meta.filters));
  if (meta.exportedAt !== undefined) xml.leaf('data', { key: 'g_exported' }, meta.exportedAt);

  for (const node of network.nodes) {
    xml.open('node', { id: node.id });
    xml.leaf('data', { key: 'd_label' }, node.label);
    xml.leaf('data', { key: 'd_kind' }, node.kind);
    xml.leaf('data', { key: 'd_papers' }, String(node.weight));
    if (hasLayout) {
      if (node.x !== undefined) xml.leaf('data', { key: 'd_x' }, String(node.x));
      if (node.y !== undefined) xml.leaf('data', { key: 'd_y' }, String(node.y));
      if (node.size !== undefined) xml.leaf('data', { key: 'd_size' }, String(node.size));
      if (node.color !== undefined) xml.leaf('data', { key: 'd_color' }, node.color);
    }
    xml.close();
  }
  network.edges.forEach((edge, index) => {
    xml.open('edge', { id: `e${index}`, source: edge.source, target: edge.target });
    xml.leaf('data', { key: 'e_kind' }, edge.kind);
    xml.leaf('data', { key: 'e_weight' }, String(edge.weight));
    xml.close();
  });
  xml.close().close();
  return xml.toString();
}
