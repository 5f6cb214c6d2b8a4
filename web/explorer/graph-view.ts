/**
 * The network drawing: a graphology graph rendered by sigma.js (WebGL), with hover and path
 * highlighting, node dragging and a PNG snapshot. Knows nothing about GraphQL.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { NetworkData, NetworkNodeData } from '../../src/web/export/network-data';
import { COLORS, edgeSize, LABEL_SIZE_THRESHOLD, nodeSize } from './graph-style';
import { ringLayout, runLayout, RunningLayout } from './layout';

export interface GraphViewEvents {
  onNodeClick(id: string): void;
  onStageClick(): void;
}

type NodeAttrs = { label: string; x: number; y: number; size: number; color: string; papers: number; kind: string; hop?: number; zIndex?: number; forceLabel?: boolean; highlighted?: boolean; hidden?: boolean };
type EdgeAttrs = { kind: string; weight: number; size: number; color: string; type: string; zIndex?: number; hidden?: boolean };

export class GraphView {
  readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'mixed', allowSelfLoops: false });
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private centre: string | null = null;
  private hovered: string | null = null;
  private selected: string | null = null;
  private hoverNeighbours = new Set<string>();
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private layout: RunningLayout | undefined;
  private dragged: string | null = null;
  private dragMoved = false;
  /** performance.now() of the first frame drawn after the last setNetwork. */
  firstDrawAt: number | null = null;
  layoutRunning = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: GraphViewEvents,
  ) {
    this.sigma = new Sigma(this.graph, container, {
      renderEdgeLabels: false,
      enableEdgeEvents: false,
      zIndex: true,
      defaultEdgeType: 'line',
      labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD,
      labelDensity: 0.35,
      labelGridCellSize: 90,
      labelFont: 'system-ui, sans-serif',
      labelSize: 12,
      minCameraRatio: 0.02,
      maxCameraRatio: 10,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('afterRender', () => {
      if (this.firstDrawAt === null && this.graph.order > 0) {
        this.firstDrawAt = performance.now();
        container.dataset.drawn = 'true';
      }
    });
    this.bindPointer();
  }

  /** Replaces the drawing with `network` (the first node is the centre) and starts the layout. */
  setNetwork(network: NetworkData, centre: string): Promise<void> {
    this.layout?.stop();
    this.graph.clear();
    this.centre = centre;
    this.hovered = this.selected = null;
    this.hoverNeighbours.clear();
    this.clearPath();
    for (const node of network.nodes) this.addNode(node);
    for (const edge of network.edges) this.addEdge(edge.source, edge.target, edge.kind, edge.weight);
    if (this.graph.hasNode(centre)) ringLayout(this.graph, centre);
    this.colourByHop();
    this.sigma.setSetting('labelRenderedSizeThreshold', labelThreshold(this.graph));
    // Dense networks: tens of thousands of overlapping edges are what costs a frame (fill
    // rate, worst with software WebGL). While the view moves they are hidden, then redrawn.
    this.sigma.setSetting('hideEdgesOnMove', this.graph.size > DENSE_EDGES);
    this.firstDrawAt = null;
    this.container.dataset.drawn = 'false';
    this.container.dataset.layout = 'running';
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.sigma.refresh();
    this.layoutRunning = true;
    this.layout = runLayout(this.graph);
    return this.layout.done.then(() => {
      this.layoutRunning = false;
      this.container.dataset.layout = 'done';
    });
  }

  /** Stops the layout now (e.g. before the user drags, or to measure a still picture). */
  stopLayout(): void {
    this.layout?.stop();
  }

  /** Highlights a path (people in order); adds people and links missing from the drawing, near their neighbour. */
  showPath(people: Array<{ id: string; name: string }>, relations: string[]): void {
    this.clearPath();
    people.forEach((person, index) => {
      if (!this.graph.hasNode(person.id)) {
        const anchor = people[index - 1]?.id;
        const base = anchor && this.graph.hasNode(anchor) ? this.graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
        this.addNode({ id: person.id, label: person.name, kind: 'Person', weight: 1 }, base.x + 30, base.y + 30);
      }
      this.pathNodes.add(person.id);
      if (index > 0) {
        const from = people[index - 1].id;
        const kind = relations[index - 1] ?? 'COAUTHOR';
        const existing = this.graph.edges(from, person.id).concat(this.graph.edges(person.id, from));
        const key = existing.find((edge) => this.graph.getEdgeAttribute(edge, 'kind') === kind) ?? existing[0] ?? this.addEdge(from, person.id, kind, 1);
        this.pathEdges.add(key);
      }
    });
    this.sigma.refresh();
  }

  clearPath(): void {
    this.pathNodes.clear();
    this.pathEdges.clear();
    this.sigma?.refresh({ skipIndexation: true });
  }

  /** Marks the node whose panel is open (its neighbourhood stays bright). */
  select(id: string | null): void {
    this.selected = id;
    this.sigma.refresh({ skipIndexation: true });
  }

  hasNode(id: string): boolean {
    return this.graph.hasNode(id);
  }

  /** The drawing as data (positions, sizes and colours included), for the GraphML/JSON exports. */
  toNetworkData(): NetworkData {
    const nodes = this.graph.mapNodes((id, attrs) => ({
      id,
      label: attrs.label,
      kind: attrs.kind,
      weight: attrs.papers,
      x: round(attrs.x),
      y: round(attrs.y),
      size: round(attrs.size),
      color: attrs.color,
    }));
    const edges = this.graph.mapEdges((_key, attrs, source, target) => ({ source, target, kind: attrs.kind, weight: attrs.weight }));
    // The centre first, as in the API's answer.
    nodes.sort((a, b) => Number(b.id === this.centre) - Number(a.id === this.centre));
    return { nodes, edges };
  }

  /** Where a node is on screen (CSS pixels, relative to the container): for tests and the benchmark. */
  nodeViewportPosition(id: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(id)) return null;
    const { x, y } = this.graph.getNodeAttributes(id);
    return this.sigma.graphToViewport({ x, y });
  }

  /**
   * The current view as a PNG: sigma draws on stacked canvases (WebGL edges and nodes, 2D
   * labels); they are rendered synchronously, then composed in DOM order on a white canvas.
   * (The WebGL buffers are only valid right after a render: hence refresh() first.)
   */
  async toPng(): Promise<Blob> {
    this.sigma.refresh();
    const canvases = Object.entries(this.sigma.getCanvases()).filter(([layer]) => layer !== 'mouse').map(([, canvas]) => canvas);
    canvases.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const { width, height } = canvases[0];
    const output = document.createElement('canvas');
    output.width = width;
    output.height = height;
    const context = output.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    for (const canvas of canvases) context.drawImage(canvas, 0, 0, width, height);
    return new Promise((resolve, reject) => output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  }

  destroy(): void {
    this.layout?.stop();
    this.sigma.kill();
  }

  private addNode(node: NetworkNodeData, x = 0, y = 0): void {
    if (this.graph.hasNode(node.id)) return;
    this.graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      papers: node.weight,
      size: nodeSize(node.weight),
      color: COLORS.hop[1],
      x,
      y,
    });
  }

  private addEdge(source: string, target: string, kind: string, weight: number): string {
    const key = `${kind}:${source}->${target}`;
    if (this.graph.hasEdge(key) || !this.graph.hasNode(source) || !this.graph.hasNode(target) || source === target) return key;
    const attrs: EdgeAttrs = {
      kind,
      weight,
      size: edgeSize(weight),
      color: kind === 'HOSTED' ? COLORS.hosted : COLORS.coauthor,
      type: kind === 'HOSTED' ? 'arrow' : 'line',
    };
    if (kind === 'HOSTED') this.graph.addDirectedEdgeWithKey(key, source, target, attrs);
    else this.graph.addUndirectedEdgeWithKey(key, source, target, attrs);
    return key;
  }

  private colourByHop(): void {
    this.graph.forEachNode((node, attrs) => {
      const hop = node === this.centre ? 0 : Math.min(attrs.hop ?? 4, COLORS.hop.length - 1);
      this.graph.mergeNodeAttributes(node, {
        color: COLORS.hop[hop],
        zIndex: node === this.centre ? 3 : 0,
        forceLabel: node === this.centre,
      });
    });
  }

  private focus(): string | null {
    return this.hovered ?? this.selected;
  }

  private reduceNode(node: string, data: NodeAttrs): Partial<NodeAttrs> {
    if (this.pathNodes.size) {
      return this.pathNodes.has(node)
        ? { ...data, color: COLORS.path, forceLabel: true, zIndex: 5, highlighted: true }
        : { ...data, color: COLORS.faded, label: '', zIndex: 0 };
    }
    const focus = this.focus();
    if (focus && this.graph.hasNode(focus)) {
      if (node === focus) return { ...data, forceLabel: true, highlighted: true, zIndex: 5 };
      const neighbours = focus === this.hovered ? this.hoverNeighbours : new Set(this.graph.neighbors(focus));
      if (!neighbours.has(node)) return { ...data, color: COLORS.faded, label: '', zIndex: 0 };
      return { ...data, zIndex: 2 };
    }
    return data;
  }

  private reduceEdge(edge: string, data: EdgeAttrs): Partial<EdgeAttrs> {
    if (this.pathEdges.size || this.pathNodes.size) {
      return this.pathEdges.has(edge) ? { ...data, color: COLORS.path, size: Math.max(3, data.size), zIndex: 5 } : { ...data, color: COLORS.fadedEdge, zIndex: 0 };
    }
    if (this.dragged && this.graph.size > DENSE_EDGES) {
      // Same reason as hideEdgesOnMove: while a node is dragged in a dense network, only its own edges are drawn.
      const [source, target] = this.graph.extremities(edge);
      return source === this.dragged || target === this.dragged ? data : { ...data, hidden: true };
    }
    const focus = this.focus();
    if (focus && this.graph.hasNode(focus)) {
      const [source, target] = this.graph.extremities(edge);
      return source === focus || target === focus ? { ...data, zIndex: 2 } : { ...data, color: COLORS.fadedEdge, zIndex: 0 };
    }
    return data;
  }

  private bindPointer(): void {
    const sigma = this.sigma;
    sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.hoverNeighbours = new Set(this.graph.neighbors(node));
      this.container.style.cursor = 'pointer';
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      this.hovered = null;
      this.hoverNeighbours.clear();
      this.container.style.cursor = '';
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('clickNode', ({ node }) => {
      if (!this.dragMoved) this.events.onNodeClick(node);
    });
    sigma.on('clickStage', () => this.events.onStageClick());
    // Dragging a node: stop the layout so it does not fight the hand, move the node with the pointer.
    sigma.on('downNode', ({ node }) => {
      this.dragged = node;
      this.dragMoved = false;
      this.stopLayout();
      if (this.graph.size > DENSE_EDGES) sigma.refresh({ skipIndexation: true });
    });
    sigma.on('moveBody', ({ event, preventSigmaDefault }) => {
      if (!this.dragged) return;
      const position = sigma.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.dragged, { x: position.x, y: position.y });
      this.dragMoved = true;
      preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const endDrag = () => {
      const wasDragging = this.dragged !== null;
      this.dragged = null;
      if (wasDragging && this.graph.size > DENSE_EDGES) sigma.refresh({ skipIndexation: true });
      // A click event follows mouseup: let it see dragMoved, then reset.
      setTimeout(() => (this.dragMoved = false), 0);
    };
    sigma.on('upNode', endDrag);
    sigma.on('upStage', endDrag);
  }
}

/** Above this many edges the drawing hides edges while it moves (see setNetwork). */
const DENSE_EDGES = 5000;

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Labels only for the biggest nodes at the default zoom (about the top 5%, at least 25), so
 * names do not drown the picture; zooming in enlarges nodes past the threshold and reveals
 * more, hovering shows any. Small networks get every label (sigma's grid still avoids overlaps).
 */
function labelThreshold(graph: Graph<NodeAttrs, EdgeAttrs>): number {
  const sizes = graph.mapNodes((_node, attrs) => attrs.size).sort((a, b) => b - a);
  const keep = Math.max(25, Math.ceil(sizes.length * 0.05));
  if (sizes.length <= keep) return 0;
  return Math.max(LABEL_SIZE_THRESHOLD / 3, sizes[keep - 1]);
}
