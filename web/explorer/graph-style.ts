/** How the network looks: sizes from the data, a few distinct colours, and why. */

/** Node radius from the paper count: square root, so a 100-paper author is not 100× a 1-paper one. */
export const nodeSize = (papers: number): number => Math.min(24, 3 + 2 * Math.sqrt(Math.max(0, papers)));

/** Edge thickness from shared papers (or hostings): logarithmic, thin by default so dense graphs stay readable. */
export const edgeSize = (weight: number): number => Math.min(8, 0.6 + 1.4 * Math.log2(1 + Math.max(0, weight)));

export const COLORS = {
  centre: '#c0392b',
  hop: ['#c0392b', '#2c6fbb', '#5fa2dd', '#9cc5ea', '#b9d4ee'],
  coauthor: '#b8bfc9',
  /** The links of a node being dragged or hovered (drawn by the overlay): darker, so they stand out. */
  liveEdge: '#6b7787',
  /** Hosting edges: a warm colour and an arrow (host → intern) so they never read as co-authorship. */
  hosted: '#e67e22',
  path: '#8e44ad',
  faded: '#e6e8eb',
  fadedEdge: '#f0f1f3',
} as const;

/** Nodes at least this big on screen get a label; smaller ones only on hover (sigma also thins labels by density). */
export const LABEL_SIZE_THRESHOLD = 9;
