/**
 * Placement: a deterministic ring start (the centre, then one ring per hop) refined by
 * ForceAtlas2 in a Web Worker for a bounded time, so the page stays responsive while it runs
 * and the picture stops moving after a few seconds.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

/** Places nodes on concentric rings by hop distance from `centre` (BFS), so FA2 starts untangled. */
export function ringLayout(graph: Graph, centre: string): void {
  const hops = new Map<string, number>([[centre, 0]]);
  const queue = [centre];
  while (queue.length) {
    const node = queue.shift()!;
    graph.forEachNeighbor(node, (next) => {
      if (!hops.has(next)) {
        hops.set(next, hops.get(node)! + 1);
        queue.push(next);
      }
    });
  }
  const rings = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const hop = hops.get(node) ?? 4;
    const ring = rings.get(hop);
    if (ring) ring.push(node);
    else rings.set(hop, [node]);
  });
  for (const [hop, nodes] of rings) {
    nodes.forEach((node, index) => {
      // A small per-ring offset keeps rings from lining up radially.
      const angle = (2 * Math.PI * index) / nodes.length + hop * 0.7;
      const radius = hop * 100;
      graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), hop });
    });
  }
}

export interface RunningLayout {
  /** Resolves when the layout stopped (time budget spent or stop() called). */
  done: Promise<void>;
  stop(): void;
}

/** Time budget: longer for bigger graphs, never more than 6 s. */
export const layoutBudgetMs = (order: number): number => Math.min(6000, 1200 + order * 4);

export interface LayoutOptions {
  /** How long the layout runs; by default layoutBudgetMs(order). */
  budgetMs?: number;
  /**
   * 0: the layout moves the drawn graph at each of its steps (sigma redraws each time).
   * Otherwise it works on a copy, and the drawn graph takes the positions this often and at
   * the end (Infinity: only at the end): fewer redraws, for networks where each costs a lot.
   */
  syncEveryMs?: number;
}

/**
 * Runs ForceAtlas2 on `graph` (positions written to x/y as it goes: sigma redraws by itself).
 * Falls back to a bounded synchronous run when workers are unavailable.
 */
export function runLayout(graph: Graph, { budgetMs = layoutBudgetMs(graph.order), syncEveryMs = 0 }: LayoutOptions = {}): RunningLayout {
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    adjustSizes: false,
    edgeWeightInfluence: 0.5,
  };
  const worked = syncEveryMs > 0 ? graph.copy() : graph;
  const sync = () => {
    if (worked === graph) return;
    graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, x: worked.getNodeAttribute(node, 'x'), y: worked.getNodeAttribute(node, 'y') }), { attributes: ['x', 'y'] });
  };
  let supervisor: FA2Layout | undefined;
  try {
    supervisor = new FA2Layout(worked, { settings, getEdgeWeight: 'weight' });
  } catch {
    forceAtlas2.assign(graph, { iterations: graph.order > 1000 ? 50 : 150, settings, getEdgeWeight: 'weight' });
    return { done: Promise.resolve(), stop: () => undefined };
  }
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const syncTimer = syncEveryMs > 0 && Number.isFinite(syncEveryMs) ? setInterval(sync, syncEveryMs) : undefined;
  const stop = () => {
    clearTimeout(timer);
    clearInterval(syncTimer);
    if (supervisor) {
      supervisor.kill();
      supervisor = undefined;
      sync();
    }
    finish();
  };
  supervisor.start();
  const timer = setTimeout(stop, budgetMs);
  return { done, stop };
}
