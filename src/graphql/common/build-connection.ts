import type { Page, PageRequest } from '../../db/page';
import { encodeCursor } from './cursor';

/** The data a connection type resolves from: its edges, page info and a lazy count. */
export interface ConnectionData<TEdge> {
  edges: Array<TEdge & { cursor: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  countTotal: () => Promise<number>;
}

/**
 * Turns a repository page into a Relay connection. Cursors encode each item's offset in the
 * ordered list, so `after: endCursor` continues exactly where the page stopped.
 */
export function buildConnection<TItem, TEdge extends object>(
  page: Page<TItem>,
  request: PageRequest,
  toEdge: (item: TItem) => TEdge,
  countTotal: () => Promise<number>,
): ConnectionData<TEdge> {
  const edges = page.items.map((item, index) => ({ ...toEdge(item), cursor: encodeCursor(request.offset + index) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal,
  };
}

/** The usual edge: the item itself is the node. */
export const nodeEdge = <T>(node: T) => ({ node });

/** An empty connection (first page, nothing in it, count 0). */
export function emptyConnection<TEdge extends object>(): ConnectionData<TEdge> {
  return buildConnection<TEdge, TEdge>(
    { items: [], hasNextPage: false },
    { offset: 0, limit: 0 },
    (item) => item,
    async () => 0,
  );
}
