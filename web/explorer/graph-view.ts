/**
 * The network drawing: a graphology graph rendered by sigma.js (WebGL), with hover and path
 * highlighting, node dragging and a PNG snapshot. Knows nothing about GraphQL.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { graphExtent } from 'sigma/utils';
import type { NetworkData, NetworkEdgeData, NetworkNodeData } from '../../src/web/export/network-data';
import { COLORS, edgeSize, LABEL_SIZE_THRESHOLD, nodeSize } from './graph-style';
import { InteractionLayer, OverlayLink, OverlayScene } from './interaction-layer';
import { ringLayout, runLayout, RunningLayout } from './layout';

export interface GraphViewEvents {
  onNodeClick(id: string): void;
  onStageClick(): void;
}

type NodeAttrs = {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  papers: number;
  kind: string;
  hop?: number;
  zIndex?: number;
  forceLabel?: boolean;
  highlighted?: boolean;
  hidden?: boolean;
};
type EdgeAttrs = { kind: NetworkEdgeData['kind']; weight: number; size: number; color: string; type: string; zIndex?: number; hidden?: boolean };

export class GraphView {
  readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'mixed', allowSelfLoops: false });
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private centre: string | null = null;
  private hovered: string | null = null;
  private selected: string | null = null;
  private hoverNeighbours = new Set<string>();
  /** On big networks the hovered node is drawn by the overlay instead (see isBig). */
  private overlayHover: string | null = null;
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private layout: RunningLayout | undefined;
  private dragged: string | null = null;
  /** Where the dragged node is (graph coordinates); written to the graph only at the drop. */
  private dragPosition: { x: number; y: number } | null = null;
  private dragMoved = false;
  private hoverChangedDuringDrag = false;
  /** Draws the dragged node, and the hovered one on big networks, without a sigma redraw. */
  readonly overlay: InteractionLayer;
  /** A pan in progress: where the pointer went down and how far it moved (viewport pixels). */
  private pan: { from: { x: number; y: number }; by: { x: number; y: number } } | null = null;
  private panFrame: number | null = null;
  /** How many times a pan moved the drawn picture (the benchmark counts them as frames shown). */
  panFrames = 0;
  private unslideOnRender = false;
  /**
   * sigma's stock interactions instead: a dragged node written to the graph at every move, and
   * sigma's own panning (a whole-scene redraw per move). Off; bench/explorer-perf.ts turns it on
   * to measure the baseline side by side.
   */
  stockInteractions = false;
  private linkCache: { key: string; links: OverlayLink[] } | null = null;
  /** performance.now() when the first frame drawn after the last setNetwork was on screen. */
  firstDrawAt: number | null = null;
  private firstDrawPending = false;
  /** Counts setNetwork calls: a callback of an older network must not act on a newer one. */
  private generation = 0;

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
      if (this.firstDrawAt === null && this.graph.order > 0 && !this.firstDrawPending) {
        // The render call only queues the WebGL work: the picture is on screen once the next
        // frames run (without a GPU, a dense network's first frame takes seconds).
        this.firstDrawPending = true;
        const generation = this.generation;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            this.firstDrawPending = false;
            if (generation !== this.generation || this.firstDrawAt !== null) return;
            this.firstDrawAt = performance.now();
            container.dataset.drawn = 'true';
          }),
        );
      }
      // A dropped node is now drawn by sigma at its new place: the overlay's copy can go.
      if (!this.dragged && !this.overlayHover) this.overlay.clear();
      if (this.unslideOnRender) {
        this.unslideOnRender = false;
        this.slideLayers(0, 0);
      }
    });
    this.overlay = new InteractionLayer(container);
    // Positions moved (the layout, a drop): the overlay's link ends are stale.
    const forgetLinks = () => (this.linkCache = null);
    this.graph.on('eachNodeAttributesUpdated', forgetLinks);
    this.graph.on('nodeAttributesUpdated', forgetLinks);
    this.graph.on('cleared', forgetLinks);
    this.bindPointer();
  }

  /**
   * Replaces the drawing with `network` (the first node is the centre) and starts the layout.
   * `byHop`: colour people by their distance from the centre (a person's network); else one
   * colour, the centre apart (a topic's network, where the centre is only the most prolific).
   */
  setNetwork(network: NetworkData, centre: string, { byHop = true }: { byHop?: boolean } = {}): Promise<void> {
    this.layout?.stop();
    this.overlay.clear();
    this.dragged = this.overlayHover = null;
    this.graph.clear();
    this.centre = centre;
    this.hovered = this.selected = null;
    this.hoverNeighbours.clear();
    this.clearPath();
    for (const node of network.nodes) this.addNode(node);
    for (const edge of network.edges) this.addEdge(edge.source, edge.target, edge.kind, edge.weight);
    if (this.graph.hasNode(centre)) ringLayout(this.graph, centre);
    this.colourByHop(byHop);
    this.sigma.setSetting('labelRenderedSizeThreshold', labelThreshold(this.graph));
    // Dense networks: tens of thousands of overlapping edges are what costs a frame (fill
    // rate, worst with software WebGL). While the view moves they are hidden, then redrawn.
    this.sigma.setSetting('hideEdgesOnMove', this.graph.size > DENSE_EDGES);
    this.sigma.setCustomBBox(null);
    this.firstDrawAt = null;
    this.firstDrawPending = false;
    this.generation += 1;
    this.container.dataset.drawn = 'false';
    this.container.dataset.layout = 'running';
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.sigma.refresh();
    // Big networks: the layout works on a copy and the drawing catches up twice a second, since
    // each redraw costs a lot without a GPU; dense ones (a redraw can take a second there) only
    // at the end, so the page stays responsive meanwhile; small ones move at every step.
    const syncEveryMs = this.graph.size > DENSE_EDGES ? Infinity : this.isBig() ? 500 : 0;
    this.container.dataset.layoutHidden = String(!Number.isFinite(syncEveryMs));
    const layout = (this.layout = runLayout(this.graph, { syncEveryMs }));
    return layout.done.then(() => {
      // A layout stopped because a newer network replaced it must not touch the newer one.
      if (this.layout !== layout) return;
      // Freeze the frame: a node dragged past the edge must not rescale the whole picture.
      this.sigma.setCustomBBox(graphExtent(this.graph));
      this.container.dataset.layout = 'done';
    });
  }

  /** Stops the layout now (e.g. before the user drags, or to measure a still picture). */
  stopLayout(): void {
    this.layout?.stop();
  }

  /** Highlights a path (people in order); adds people and links missing from the drawing, near their neighbour. */
  showPath(people: Array<{ id: string; name: string }>, relations: Array<NetworkEdgeData['kind']>): void {
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
    const canvases = Object.entries(this.sigma.getCanvases())
      .filter(([layer]) => layer !== 'mouse')
      .map(([, canvas]) => canvas);
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
    this.overlay.canvas.remove();
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

  private addEdge(source: string, target: string, kind: NetworkEdgeData['kind'], weight: number): string {
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

  private colourByHop(byHop: boolean): void {
    this.graph.forEachNode((node, attrs) => {
      const hop = node === this.centre ? 0 : byHop ? Math.min(attrs.hop ?? 4, COLORS.hop.length - 1) : 1;
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
      return this.pathNodes.has(node) ? { ...data, color: COLORS.path, forceLabel: true, zIndex: 5, highlighted: true } : { ...data, color: COLORS.faded, label: '', zIndex: 0 };
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
    const focus = this.focus();
    if (focus && this.graph.hasNode(focus)) {
      const [source, target] = this.graph.extremities(edge);
      return source === focus || target === focus ? { ...data, zIndex: 2 } : { ...data, color: COLORS.fadedEdge, zIndex: 0 };
    }
    return data;
  }

  /**
   * Big networks (by node or edge count) keep every pointer interaction off sigma: hover and
   * drag are drawn by the overlay, and sigma redraws only when something really changes.
   */
  isBig(): boolean {
    return this.graph.order > BIG_NODES || this.graph.size > BIG_EDGES;
  }

  /** The node at `position` (graph coordinates) with its links, in viewport pixels, for the overlay. */
  private overlayScene(node: string, position: { x: number; y: number }, ghost: boolean): OverlayScene {
    const attrs = this.graph.getNodeAttributes(node);
    const at = this.sigma.graphToViewport(position);
    const radius = this.sigma.scaleSize(attrs.size);
    const drawn = { x: at.x, y: at.y, radius, color: attrs.color, label: attrs.label };
    const links = this.linksOnScreen(node);
    if (!ghost) return { node: drawn, links };
    const from = this.sigma.graphToViewport({ x: attrs.x, y: attrs.y });
    return { node: drawn, links, ghost: { ...drawn, x: from.x, y: from.y } };
  }

  /**
   * Where a node's links end on screen. The far ends do not move while one node is dragged,
   * so the list is kept until the node or the camera changes (a hub has thousands).
   */
  private linksOnScreen(node: string): OverlayLink[] {
    const camera = this.sigma.getCamera().getState();
    const key = `${node} ${camera.x} ${camera.y} ${camera.ratio} ${camera.angle}`;
    if (this.linkCache?.key === key) return this.linkCache.links;
    const links = this.graph.mapEdges(node, (_edge, edge, source, target) => {
      const other = this.graph.getNodeAttributes(source === node ? target : source);
      return {
        to: this.sigma.graphToViewport({ x: other.x, y: other.y }),
        width: Math.max(1, this.sigma.scaleSize(edge.size)),
        color: edge.kind === 'HOSTED' ? COLORS.hosted : COLORS.liveEdge,
      };
    });
    this.linkCache = { key, links };
    return links;
  }

  private bindPointer(): void {
    const sigma = this.sigma;
    sigma.on('enterNode', ({ node }) => {
      this.container.style.cursor = 'pointer';
      // No hover while dragging or panning: the picture under the pointer has moved, sigma's picking has not.
      if (this.dragged || this.pan) return;
      if (this.isBig()) {
        this.overlayHover = node;
        this.overlay.show(this.overlayScene(node, this.graph.getNodeAttributes(node), false));
        return;
      }
      this.hovered = node;
      this.hoverNeighbours = new Set(this.graph.neighbors(node));
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      this.container.style.cursor = '';
      if (this.overlayHover) {
        this.overlayHover = null;
        if (!this.dragged) this.overlay.clear();
        return;
      }
      if (!this.hovered) return;
      this.hovered = null;
      this.hoverNeighbours.clear();
      // While dragging, the pointer leaves the node's old place at once: no redraw for that, the drop makes one.
      if (this.dragged) this.hoverChangedDuringDrag = true;
      else sigma.refresh({ skipIndexation: true });
    });
    sigma.on('clickNode', ({ node }) => {
      if (!this.dragMoved) this.events.onNodeClick(node);
    });
    sigma.on('clickStage', () => this.events.onStageClick());
    // Dragging a node: the layout stops so it does not fight the hand; the node follows the
    // pointer on the overlay, and is written to the graph (one sigma redraw) at the drop.
    sigma.on('downNode', ({ node }) => {
      this.dragged = node;
      this.dragMoved = false;
      this.stopLayout();
      const { x, y } = this.graph.getNodeAttributes(node);
      this.dragPosition = { x, y };
    });
    // Panning: sigma would redraw the whole scene at every move; instead the drawn layers slide
    // (a CSS transform, no redraw) and the camera moves once, at the release.
    sigma.on('downStage', ({ event }) => {
      if (!this.stockInteractions) this.pan = { from: { x: event.x, y: event.y }, by: { x: 0, y: 0 } };
    });
    sigma.on('moveBody', ({ event, preventSigmaDefault }) => {
      if (this.dragged) {
        this.dragPosition = sigma.viewportToGraph(event);
        this.dragMoved = true;
        if (this.stockInteractions) this.graph.mergeNodeAttributes(this.dragged, this.dragPosition);
        else this.overlay.show(this.overlayScene(this.dragged, this.dragPosition, true));
      } else if (this.pan && sigma.getMouseCaptor().isMouseDown) {
        this.pan.by = { x: event.x - this.pan.from.x, y: event.y - this.pan.from.y };
        this.panFrame ??= requestAnimationFrame(() => {
          this.panFrame = null;
          if (this.pan) this.slideLayers(this.pan.by.x, this.pan.by.y);
        });
      } else {
        return;
      }
      preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const endDrag = () => {
      const dragged = this.dragged;
      this.dragged = null;
      if (dragged && this.dragMoved && this.dragPosition && this.graph.hasNode(dragged)) {
        // sigma redraws by itself; its afterRender clears the overlay, so the node never blinks.
        this.graph.mergeNodeAttributes(dragged, this.dragPosition);
      } else if (!this.overlayHover) {
        this.overlay.clear();
      }
      if (this.hoverChangedDuringDrag) {
        // The hover dimming lives in every node's reduced data: a full refresh (one redraw, replacing the one above).
        this.hoverChangedDuringDrag = false;
        sigma.refresh();
      }
      this.dragPosition = null;
      // A click event follows mouseup: let it see dragMoved, then reset.
      setTimeout(() => (this.dragMoved = false), 0);
    };
    const endPan = () => {
      const pan = this.pan;
      this.pan = null;
      if (this.panFrame !== null) cancelAnimationFrame(this.panFrame);
      this.panFrame = null;
      if (!pan || (pan.by.x === 0 && pan.by.y === 0)) return;
      // The camera move the pan stands for (as sigma's own mouse handling computes it); the
      // layers are put back by the redraw it schedules (afterRender), in the same frame: no jump.
      const camera = sigma.getCamera();
      const from = sigma.viewportToFramedGraph(pan.from);
      const to = sigma.viewportToFramedGraph({ x: pan.from.x + pan.by.x, y: pan.from.y + pan.by.y });
      this.unslideOnRender = true;
      camera.setState({ x: camera.x + from.x - to.x, y: camera.y + from.y - to.y });
    };
    // The captor's mouseup fires wherever the button is released (even outside the drawing).
    sigma.getMouseCaptor().on('mouseup', () => {
      endDrag();
      endPan();
    });
  }

  /** Moves every drawn layer by (dx, dy) CSS pixels without redrawing; (0, 0) puts them back. */
  private slideLayers(dx: number, dy: number): void {
    const transform = dx === 0 && dy === 0 ? '' : `translate(${dx}px, ${dy}px)`;
    for (const [layer, canvas] of Object.entries(this.sigma.getCanvases())) if (layer !== 'mouse') canvas.style.transform = transform;
    if (transform) this.panFrames += 1;
  }
}

/** Networks above this many people or links are "big": see isBig. */
const BIG_NODES = 500;
const BIG_EDGES = 3000;

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
