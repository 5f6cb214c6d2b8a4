import type { PaperFacts } from '../../../web/explorer/api';
import { filterNetwork, PaperFilter } from '../../../web/explorer/network-filter';
import type { NetworkData } from '../../../src/web/export/network-data';

// A–B share p1 (2019) and p2 (2022); B–C share p3 (2019); D is hosted by A and has no paper.
const network: NetworkData = {
  nodes: [
    { id: 'A', label: 'A', kind: 'Person', weight: 3 },
    { id: 'B', label: 'B', kind: 'Person', weight: 3 },
    { id: 'C', label: 'C', kind: 'Person', weight: 1 },
    { id: 'D', label: 'D', kind: 'Person', weight: 0 },
  ],
  edges: [
    { source: 'A', target: 'B', kind: 'COAUTHOR', weight: 2 },
    { source: 'B', target: 'C', kind: 'COAUTHOR', weight: 1 },
    { source: 'A', target: 'D', kind: 'HOSTED', weight: 1 },
  ],
};
const paper = (id: string, year: number, topicIds: string[] = []): PaperFacts => ({ id, year, topicIds });
const papers = new Map<string, PaperFacts[]>([
  ['A', [paper('p1', 2019), paper('p2', 2022), paper('p4', 2022)]],
  ['B', [paper('p1', 2019), paper('p2', 2022), paper('p3', 2019)]],
  ['C', [paper('p3', 2019)]],
  ['D', []],
]);
const from2020: PaperFilter = { fromYear: 2020, toYear: null, topicIds: null };

describe('filterNetwork', () => {
  it("keeps a person's network connected to its centre: C goes with its only link, D stays through the hosting", () => {
    const filtered = filterNetwork(network, papers, from2020, 1);
    expect(filtered.nodes.map((node) => [node.id, node.weight])).toEqual([
      ['A', 2],
      ['B', 1],
      ['D', 0],
    ]);
    expect(filtered.edges).toEqual([
      { source: 'A', target: 'B', kind: 'COAUTHOR', weight: 1 },
      { source: 'A', target: 'D', kind: 'HOSTED', weight: 1 },
    ]);
  });

  it("keeps a topic's people who still have a passing paper, connected or not", () => {
    const topicNetwork: NetworkData = { nodes: network.nodes.slice(0, 3), edges: network.edges.slice(0, 2) };
    const only2019: PaperFilter = { fromYear: null, toYear: 2019, topicIds: null };
    const filtered = filterNetwork(topicNetwork, papers, only2019, 1, 'publishing');
    expect(filtered.nodes.map((node) => [node.id, node.weight])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 1],
    ]);
    expect(filtered.edges.map((edge) => [edge.source, edge.target, edge.weight])).toEqual([
      ['A', 'B', 1],
      ['B', 'C', 1],
    ]);
    const after2020 = filterNetwork(topicNetwork, papers, from2020, 2, 'publishing');
    // C has nothing after 2020; A–B share one paper then, under minSharedPapers 2.
    expect(after2020.nodes.map((node) => node.id)).toEqual(['A', 'B']);
    expect(after2020.edges).toEqual([]);
  });
});
