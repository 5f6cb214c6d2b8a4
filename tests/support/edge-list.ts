/** A network's edges as sorted "source KIND target weight" lines: compared as a set, whatever order the API returns. */
export const edgeList = (edges: ReadonlyArray<{ source: string; target: string; kind: string; weight: number }>): string[] =>
  edges.map((edge) => `${edge.source} ${edge.kind} ${edge.target} ${edge.weight}`).sort();
