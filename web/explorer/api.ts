/**
 * Every operation the explorer sends, all against the public contract of issue 4.
 * Nothing here knows about the database: these are the queries any client could send.
 */
import type { NetworkData } from '../../src/web/export/network-data';
import { EXPLORER_OPERATIONS } from '../../src/web/explorer-operations';
import type * as Ops from '../generated/graphql';
import { graphql, GraphQLRequestError } from '../shared/graphql-client';

// The response types are graphql-codegen's (web/generated/graphql.ts, `npm run codegen`), read from the
// server's schema and the operations themselves; the names below are the parts the panels use.
export type PersonDetails = NonNullable<Ops.ExplorerPersonQuery['person']>;
export type TopicDetails = NonNullable<Ops.ExplorerTopicQuery['topic']>;
export type PaperDetails = NonNullable<Ops.ExplorerPaperQuery['paper']>;
export type CollaborationPath = NonNullable<Ops.ExplorerPathQuery['collaborationPath']>;
export type PathStep = CollaborationPath['steps'][number];
export type PaperSummary = PersonDetails['papers']['edges'][number]['node'];
export type Ref = PersonDetails['positions'][number]['institution'];
export type SearchHit = Ops.ExplorerSearchQuery['search'][number];
export type SearchNode = SearchHit['node'];

/** Sends one of EXPLORER_OPERATIONS, typed by its generated result and variables (checked against what is sent). */
const run = <TData, TVariables extends Record<string, unknown>>(query: string, variables: TVariables, signal?: AbortSignal) => graphql<TData>(query, variables, signal);

export const search = async (query: string, first: number, signal?: AbortSignal) =>
  (await run<Ops.ExplorerSearchQuery, Ops.ExplorerSearchQueryVariables>(EXPLORER_OPERATIONS.search, { query, first }, signal)).search;

export interface NetworkRequest {
  personId: string;
  depth: number;
  minSharedPapers: number;
  limit: number;
}

export const network = async (request: NetworkRequest, signal?: AbortSignal): Promise<NetworkData> =>
  (await run<Ops.ExplorerNetworkQuery, Ops.ExplorerNetworkQueryVariables>(EXPLORER_OPERATIONS.network, { ...request }, signal)).collaborationNetwork;

export interface TopicNetworkRequest {
  topicId: string;
  minSharedPapers: number;
  limit: number;
}

/** A topic's co-authorship network (its most prolific people) and the topic's name, in one request. */
export const topicNetwork = async (request: TopicNetworkRequest, signal?: AbortSignal): Promise<{ name: string; network: NetworkData }> => {
  const data = await run<Ops.ExplorerTopicNetworkQuery, Ops.ExplorerTopicNetworkQueryVariables>(EXPLORER_OPERATIONS.topicNetwork, { ...request }, signal);
  return { name: data.topic?.name ?? request.topicId, network: data.topicNetwork };
};

export const person = async (id: string, signal?: AbortSignal) =>
  (await run<Ops.ExplorerPersonQuery, Ops.ExplorerPersonQueryVariables>(EXPLORER_OPERATIONS.person, { id }, signal)).person;

export const path = async (fromId: string, toId: string, via: Ops.Relation[], maxLength: number, signal?: AbortSignal) =>
  (await run<Ops.ExplorerPathQuery, Ops.ExplorerPathQueryVariables>(EXPLORER_OPERATIONS.path, { fromId, toId, via, maxLength }, signal)).collaborationPath;

export const topic = async (id: string, signal?: AbortSignal) =>
  (await run<Ops.ExplorerTopicQuery, Ops.ExplorerTopicQueryVariables>(EXPLORER_OPERATIONS.topic, { id }, signal)).topic;

/** Every topic by name (for the filter), page by page, at most `max`. */
export async function allTopics(max = 1000, signal?: AbortSignal): Promise<Ref[]> {
  const result: Ref[] = [];
  let after: string | null = null;
  do {
    const page: Ops.ExplorerTopicsQuery = await run<Ops.ExplorerTopicsQuery, Ops.ExplorerTopicsQueryVariables>(EXPLORER_OPERATIONS.topics, { after }, signal);
    result.push(...page.topics.edges.map((edge) => edge.node));
    after = page.topics.pageInfo.hasNextPage ? page.topics.pageInfo.endCursor : null;
  } while (after && result.length < max);
  return result;
}

/** A level of ExplorerTopicDescendants (the generated type nests three levels; the walk needs only ids). */
interface TopicTree {
  id: string;
  narrower?: TopicTree[];
}

/** The topic and its narrower topics, three levels down: a paper on "Diffusion models" is on "Generative models". */
export async function topicWithDescendants(id: string, signal?: AbortSignal): Promise<Set<string>> {
  const { topic: root }: { topic: TopicTree | null } = await run<Ops.ExplorerTopicDescendantsQuery, Ops.ExplorerTopicDescendantsQueryVariables>(
    EXPLORER_OPERATIONS.topicDescendants,
    { id },
    signal,
  );
  const ids = new Set<string>([id]);
  const walk = (node: TopicTree) => {
    ids.add(node.id);
    node.narrower?.forEach(walk);
  };
  if (root) walk(root);
  return ids;
}

export interface PaperFacts {
  id: string;
  year: number | null;
  topicIds: string[];
}

/**
 * The papers of many people (ids, years, topics), for the client-side year/topic filters:
 * `collaborationNetwork` has no such arguments. Aliased person lookups, `batch` people per
 * request, a person's further pages fetched until exhausted. The API prices a query by its
 * page sizes (GRAPHQL_MAX_COST, 5000 by default): 20 people × 20 papers fits; when a server
 * is stricter (QUERY_TOO_COMPLEX), the batch is halved and the request retried.
 */
export async function papersOfPeople(
  ids: string[],
  options: { batch?: number; pageSize?: number; concurrency?: number; signal?: AbortSignal; onProgress?: (done: number) => void } = {},
): Promise<Map<string, PaperFacts[]>> {
  let batch = options.batch ?? 20;
  const pageSize = options.pageSize ?? 20;
  const result = new Map<string, PaperFacts[]>();
  // Built per call (aliases per person), so codegen cannot type it: the one hand-written response type.
  type Page = {
    edges: Array<{ node: { id: string; year: number | null; topics: Array<{ topic: { id: string } }> } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  const pending: Array<{ id: string; after: string | null }> = ids.map((id) => ({ id, after: null }));
  let done = 0;
  const fetchChunk = async (chunk: Array<{ id: string; after: string | null }>) => {
    const variables: Record<string, unknown> = {};
    const fields = chunk.map((item, index) => {
      variables[`id${index}`] = item.id;
      variables[`after${index}`] = item.after;
      return `p${index}: person(id: $id${index}) { papers(first: ${pageSize}, after: $after${index}) { edges { node { id year topics { topic { id } } } } pageInfo { hasNextPage endCursor } } }`;
    });
    const declarations = chunk.map((_, index) => `$id${index}: ID!, $after${index}: String`).join(', ');
    return graphql<Record<string, { papers: Page } | null>>(`query ExplorerPapersOfPeople(${declarations}) { ${fields.join('\n')} }`, variables, options.signal);
  };
  const worker = async () => {
    while (pending.length) {
      const chunk = pending.splice(0, batch);
      let data: Record<string, { papers: Page } | null>;
      try {
        data = await fetchChunk(chunk);
      } catch (error) {
        if ((error as GraphQLRequestError).code === 'QUERY_TOO_COMPLEX' && chunk.length > 1) {
          batch = Math.max(1, Math.floor(chunk.length / 2));
          pending.unshift(...chunk);
          continue;
        }
        throw error;
      }
      chunk.forEach((item, index) => {
        const page = data[`p${index}`]?.papers;
        const list = result.get(item.id) ?? [];
        for (const { node } of page?.edges ?? []) list.push({ id: node.id, year: node.year, topicIds: node.topics.map((t) => t.topic.id) });
        result.set(item.id, list);
        if (page?.pageInfo.hasNextPage) pending.push({ id: item.id, after: page.pageInfo.endCursor });
        else options.onProgress?.(++done);
      });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 3 }, worker));
  return result;
}

export interface PlaceDetails {
  kind: 'Venue' | 'Institution';
  id: string;
  name: string;
  papers?: PaperSummary[];
  people?: Ref[];
}

/** A venue with its papers, or an institution with its people (search hits of those kinds). */
export async function place(kind: 'Venue' | 'Institution', id: string, signal?: AbortSignal): Promise<PlaceDetails | null> {
  if (kind === 'Venue') {
    const { venue } = await run<Ops.ExplorerVenueQuery, Ops.ExplorerVenueQueryVariables>(EXPLORER_OPERATIONS.venue, { id }, signal);
    return venue && { kind, id: venue.id, name: venue.name, papers: venue.papers.edges.map((edge) => edge.node) };
  }
  const { institution } = await run<Ops.ExplorerInstitutionQuery, Ops.ExplorerInstitutionQueryVariables>(EXPLORER_OPERATIONS.institution, { id }, signal);
  return institution && { kind, id: institution.id, name: institution.name, people: institution.people };
}

export const paper = async (id: string, signal?: AbortSignal) =>
  (await run<Ops.ExplorerPaperQuery, Ops.ExplorerPaperQueryVariables>(EXPLORER_OPERATIONS.paper, { id }, signal)).paper;
