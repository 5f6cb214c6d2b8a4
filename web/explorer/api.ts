/**
 * Every operation the explorer sends, all against the public contract of issue 4.
 * Nothing here knows about the database: these are the queries any client could send.
 */
import type { NetworkData } from '../../src/web/export/network-data';
import { EXPLORER_OPERATIONS } from '../../src/web/explorer-operations';
import { graphql, GraphQLRequestError } from '../shared/graphql-client';

export interface Ref {
  id: string;
  name: string;
}
export interface PaperSummary {
  id: string;
  title: string;
  year: number | null;
  venue: { name: string } | null;
}
export type SearchNode =
  | ({ __typename: 'Person' } & Ref)
  | ({ __typename: 'Topic' } & Ref)
  | ({ __typename: 'Venue' } & Ref)
  | ({ __typename: 'Institution' } & Ref)
  | { __typename: 'Paper'; id: string; title: string; year: number | null; authors: Array<{ person: Ref }> };
export interface SearchHit {
  score: number;
  node: SearchNode;
}

export const search = async (query: string, first: number, signal?: AbortSignal) =>
  (await graphql<{ search: SearchHit[] }>(EXPLORER_OPERATIONS.search, { query, first }, signal)).search;

export interface NetworkRequest {
  personId: string;
  depth: number;
  minSharedPapers: number;
  limit: number;
}

export const network = async (request: NetworkRequest, signal?: AbortSignal) =>
  (await graphql<{ collaborationNetwork: NetworkData }>(EXPLORER_OPERATIONS.network, { ...request }, signal)).collaborationNetwork;

export interface TopicNetworkRequest {
  topicId: string;
  minSharedPapers: number;
  limit: number;
}

/** A topic's co-authorship network (its most prolific people) and the topic's name, in one request. */
export const topicNetwork = async (request: TopicNetworkRequest, signal?: AbortSignal) => {
  const data = await graphql<{ topic: Ref | null; topicNetwork: NetworkData }>(EXPLORER_OPERATIONS.topicNetwork, { ...request }, signal);
  return { name: data.topic?.name ?? request.topicId, network: data.topicNetwork };
};

export interface PersonDetails extends Ref {
  aliases: string[];
  orcid: string | null;
  positions: Array<{ role: string | null; start: string | null; end: string | null; institution: Ref }>;
  hosts: Array<{ role: string; start: string | null; end: string | null; host: Ref; institution: Ref | null }>;
  hosted: Array<{ role: string; start: string | null; end: string | null; intern: Ref; institution: Ref | null }>;
  alsoWorkedWith: Array<{ start: string | null; end: string | null; person: Ref; institution: Ref | null }>;
  papers: { totalCount: number; edges: Array<{ node: PaperSummary }> };
  topics: Array<{ weight: number; topic: Ref }>;
  coauthors: { totalCount: number; edges: Array<{ sharedPaperCount: number; node: Ref }> };
}

export const person = async (id: string, signal?: AbortSignal) => (await graphql<{ person: PersonDetails | null }>(EXPLORER_OPERATIONS.person, { id }, signal)).person;

export interface PathStep {
  from: Ref;
  to: Ref;
  relation: 'COAUTHOR' | 'HOSTED';
  papers: PaperSummary[];
  hosting: { role: string; start: string | null; end: string | null; institution: Ref | null } | null;
}
export interface CollaborationPath {
  length: number;
  people: Ref[];
  steps: PathStep[];
}

export const path = async (fromId: string, toId: string, via: Array<'COAUTHOR' | 'HOSTED'>, maxLength: number, signal?: AbortSignal) =>
  (await graphql<{ collaborationPath: CollaborationPath | null }>(EXPLORER_OPERATIONS.path, { fromId, toId, via, maxLength }, signal)).collaborationPath;

export interface TopicDetails extends Ref {
  synonyms: string[];
  broader: Array<Ref & { broader: Ref[] }>;
  narrower: Array<Ref & { narrower: Ref[] }>;
  people: Ref[];
  papers: { totalCount: number; edges: Array<{ node: PaperSummary }> };
  related: Array<{ weight: number; topic: Ref }>;
}

export const topic = async (id: string, signal?: AbortSignal) => (await graphql<{ topic: TopicDetails | null }>(EXPLORER_OPERATIONS.topic, { id }, signal)).topic;

/** Every topic by name (for the filter), page by page, at most `max`. */
export async function allTopics(max = 1000, signal?: AbortSignal): Promise<Ref[]> {
  const result: Ref[] = [];
  let after: string | null = null;
  do {
    const page: { topics: { edges: Array<{ node: Ref }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await graphql(
      EXPLORER_OPERATIONS.topics,
      { after },
      signal,
    );
    result.push(...page.topics.edges.map((edge) => edge.node));
    after = page.topics.pageInfo.hasNextPage ? page.topics.pageInfo.endCursor : null;
  } while (after && result.length < max);
  return result;
}

interface TopicTree {
  id: string;
  narrower?: TopicTree[];
}

/** The topic and its narrower topics, three levels down: a paper on "Diffusion models" is on "Generative models". */
export async function topicWithDescendants(id: string, signal?: AbortSignal): Promise<Set<string>> {
  const { topic: root } = await graphql<{ topic: TopicTree | null }>(EXPLORER_OPERATIONS.topicDescendants, { id }, signal);
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
    const { venue } = await graphql<{ venue: { id: string; name: string; papers: { edges: Array<{ node: PaperSummary }> } } | null }>(EXPLORER_OPERATIONS.venue, { id }, signal);
    return venue && { kind, id: venue.id, name: venue.name, papers: venue.papers.edges.map((edge) => edge.node) };
  }
  const { institution } = await graphql<{ institution: { id: string; name: string; people: Ref[] } | null }>(EXPLORER_OPERATIONS.institution, { id }, signal);
  return institution && { kind, id: institution.id, name: institution.name, people: institution.people };
}

export interface PaperDetails extends PaperSummary {
  doi: string | null;
  authorCount: number;
  authors: Array<{ position: number; equalContribution: boolean; person: Ref }>;
  topics: Array<{ weight: number; topic: Ref }>;
}

export const paper = async (id: string, signal?: AbortSignal) => (await graphql<{ paper: PaperDetails | null }>(EXPLORER_OPERATIONS.paper, { id }, signal)).paper;
