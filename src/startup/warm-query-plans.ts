import { EXPLORER_OPERATIONS } from '../web/explorer-operations';

export interface WarmUpResult {
  operations: number;
  /** Which of EXPLORER_OPERATIONS were sent (the id sample is not one of them). */
  sent: Array<keyof typeof EXPLORER_OPERATIONS>;
  failed: number;
  ms: number;
}

/**
 * Sends the explorer's operations once to the server's own POST /graphql, with ids taken from
 * the graph, so that Neo4j compiles their Cypher before the first visitor asks: a cold plan
 * costs 0.6-1 s per statement, a warm one answers in tens of milliseconds. Read-only, one
 * request at a time; an empty graph warms nothing. Failures are counted, never thrown.
 */
export async function warmQueryPlans(baseUrl: string): Promise<WarmUpResult> {
  const started = Date.now();
  let operations = 0;
  let failed = 0;
  const sent = new Set<keyof typeof EXPLORER_OPERATIONS>();
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    operations += 1;
    try {
      const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (!response.ok || body.errors?.length) failed += 1;
      return body.data;
    } catch {
      failed += 1;
      return undefined;
    }
  };
  const send = (name: keyof typeof EXPLORER_OPERATIONS, variables: Record<string, unknown>) => {
    sent.add(name);
    return post(EXPLORER_OPERATIONS[name], variables);
  };
  type Ids = { edges: Array<{ node: { id: string } }> };
  const sample = (await post('{ people(first: 2) { edges { node { id } } } topics(first: 1) { edges { node { id } } } papers(first: 1) { edges { node { id } } } }')) as
    { people: Ids; topics: Ids; papers: Ids } | undefined;
  const [person, other] = sample?.people.edges.map((edge) => edge.node.id) ?? [];
  const topic = sample?.topics.edges[0]?.node.id;
  const paper = sample?.papers.edges[0]?.node.id;
  await send('search', { query: 'warm', first: 8 });
  await send('topics', { after: null });
  if (person) {
    await send('network', { personId: person, depth: 2, minSharedPapers: 1, limit: 200 });
    await send('person', { id: person });
  }
  if (person && other) {
    // The person panel's shared papers (1 step), the path finder (6), and through hostings.
    await send('path', { fromId: person, toId: other, via: ['COAUTHOR'], maxLength: 1 });
    await send('path', { fromId: person, toId: other, via: ['COAUTHOR'], maxLength: 6 });
    await send('path', { fromId: person, toId: other, via: ['COAUTHOR', 'HOSTED'], maxLength: 6 });
  }
  if (topic) {
    await send('topicNetwork', { topicId: topic, minSharedPapers: 1, limit: 200 });
    await send('topic', { id: topic });
    await send('topicDescendants', { id: topic });
  }
  if (paper) await send('paper', { id: paper });
  return { operations, sent: [...sent], failed, ms: Date.now() - started };
}
