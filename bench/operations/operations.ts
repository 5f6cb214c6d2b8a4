/**
 * The six benchmark operations, each written three ways with the same inputs: the raw
 * Cypher floor, collabgraph's GraphQL and @neo4j/graphql's GraphQL. `size` reads how many
 * items each answer holds, so the report can show that the three return the same thing.
 */
import neo4j from 'neo4j-driver';
import { coauthorsOf, NETWORK_CYPHER, PATH_CYPHER, SUGGESTIONS_CYPHER, topicPeopleOf } from './shared-cypher';

export type OperationName = 'coauthors' | 'network' | 'path' | 'topicPeople' | 'suggestions' | 'search' | 'nestedPapers';

/** What the operations are asked about; picked once per data set (bench/operations/pick-inputs.ts). */
export interface BenchInputs {
  /** The person with the most authorships. */
  personId: string;
  /** A pair at co-authorship distance 3 when there is one (else the farthest found). */
  fromId: string;
  toId: string;
  pathLength: number | null;
  /** The topic with the most papers. */
  topicId: string;
  /** Free text, and the Lucene query collabgraph builds from it (given as is to the others). */
  searchText: string;
  lucene: string;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface CypherRequest {
  cypher: string;
  params: Record<string, unknown>;
}

export interface Operation {
  name: OperationName;
  title: string;
  raw(inputs: BenchInputs): CypherRequest;
  collabgraph(inputs: BenchInputs): GraphQLRequest;
  neo4jGraphql(inputs: BenchInputs): GraphQLRequest;
  /** Items in each contender's answer (rows of the raw answer come as plain objects). */
  size: {
    raw(rows: Array<Record<string, any>>): number;
    collabgraph(data: Record<string, any>): number;
    neo4jGraphql(data: Record<string, any>): number;
  };
}

/** Page sizes shared by every contender. */
export const COAUTHORS_FIRST = 20;
export const NETWORK_LIMIT = 100;
export const TOPIC_PEOPLE_FIRST = 10;
export const SEARCH_FIRST = 10;
export const SUGGESTIONS_FIRST = 10;
export const NESTED_FIRST = 50;

const int = (value: number) => neo4j.int(value);

const coauthors: Operation = {
  name: 'coauthors',
  title: 'co-authors (with counts)',
  raw: ({ personId }) => ({
    cypher: `MATCH (p:Person {id: $personId})${coauthorsOf('p')}
      RETURN o.id AS id, o.name AS name, shared AS sharedPaperCount`,
    params: { personId, first: int(COAUTHORS_FIRST) },
  }),
  collabgraph: ({ personId }) => ({
    query: `query Coauthors($personId: ID!, $first: Int!) {
      coauthors(personId: $personId, first: $first) { edges { sharedPaperCount node { id name } } }
    }`,
    variables: { personId, first: COAUTHORS_FIRST },
  }),
  neo4jGraphql: ({ personId }) => ({
    query: `query Coauthors($personId: ID!, $first: Int!) {
      people(where: { id: { eq: $personId } }) { coauthors(first: $first) { id name sharedPaperCount } }
    }`,
    variables: { personId, first: COAUTHORS_FIRST },
  }),
  size: {
    raw: (rows) => rows.length,
    collabgraph: (data) => data.coauthors.edges.length,
    neo4jGraphql: (data) => data.people[0]?.coauthors.length ?? 0,
  },
};

const network: Operation = {
  name: 'network',
  title: `2-hop network (limit ${NETWORK_LIMIT})`,
  raw: ({ personId }) => ({ cypher: NETWORK_CYPHER, params: { personId, limit: int(NETWORK_LIMIT) } }),
  collabgraph: ({ personId }) => ({
    query: `query Network($personId: ID!, $limit: Int!) {
      collaborationNetwork(personId: $personId, depth: 2, limit: $limit) { nodes { id label weight } edges { source target weight } }
    }`,
    variables: { personId, limit: NETWORK_LIMIT },
  }),
  neo4jGraphql: ({ personId }) => ({
    query: `query Network($personId: ID!, $limit: Int!) {
      collaborationNetwork(personId: $personId, limit: $limit) { nodes { id label weight } edges { source target weight } }
    }`,
    variables: { personId, limit: NETWORK_LIMIT },
  }),
  size: {
    raw: (rows) => rows[0]?.network.nodes.length ?? 0,
    collabgraph: (data) => data.collaborationNetwork.nodes.length,
    neo4jGraphql: (data) => data.collaborationNetwork?.nodes.length ?? 0,
  },
};

const path: Operation = {
  name: 'path',
  title: 'collaboration path',
  raw: ({ fromId, toId }) => ({ cypher: PATH_CYPHER, params: { fromId, toId } }),
  collabgraph: ({ fromId, toId }) => ({
    query: `query Path($fromId: ID!, $toId: ID!) {
      collaborationPath(fromId: $fromId, toId: $toId, maxLength: 6) { length people { id name } steps { from { id } to { id } papers { id title } } }
    }`,
    variables: { fromId, toId },
  }),
  neo4jGraphql: ({ fromId, toId }) => ({
    query: `query Path($fromId: ID!, $toId: ID!) {
      collaborationPath(fromId: $fromId, toId: $toId) { length people { id name } steps { from to papers { id title } } }
    }`,
    variables: { fromId, toId },
  }),
  size: {
    raw: (rows) => rows[0]?.path.length ?? 0,
    collabgraph: (data) => data.collaborationPath?.length ?? 0,
    neo4jGraphql: (data) => data.collaborationPath?.length ?? 0,
  },
};

const topicPeople: Operation = {
  name: 'topicPeople',
  title: "a topic's people",
  raw: ({ topicId }) => ({
    cypher: `MATCH (t:Topic {id: $topicId})
      RETURN t.name AS name, COLLECT {${topicPeopleOf('t')}
        RETURN {id: p.id, name: p.name}
      } AS people`,
    params: { topicId, first: int(TOPIC_PEOPLE_FIRST) },
  }),
  collabgraph: ({ topicId }) => ({
    query: `query TopicPeople($topicId: ID!, $first: Int!) { topic(id: $topicId) { name people(first: $first) { id name } } }`,
    variables: { topicId, first: TOPIC_PEOPLE_FIRST },
  }),
  neo4jGraphql: ({ topicId }) => ({
    query: `query TopicPeople($topicId: ID!, $first: Int!) { topics(where: { id: { eq: $topicId } }) { name people(first: $first) { id name } } }`,
    variables: { topicId, first: TOPIC_PEOPLE_FIRST },
  }),
  size: {
    raw: (rows) => rows[0]?.people.length ?? 0,
    collabgraph: (data) => data.topic?.people.length ?? 0,
    neo4jGraphql: (data) => data.topics[0]?.people.length ?? 0,
  },
};

const suggestions: Operation = {
  name: 'suggestions',
  title: `suggested collaborators (first ${SUGGESTIONS_FIRST})`,
  raw: ({ personId }) => ({ cypher: SUGGESTIONS_CYPHER, params: { personId, first: int(SUGGESTIONS_FIRST) } }),
  collabgraph: ({ personId }) => ({
    query: `query Suggestions($personId: ID!, $first: Int!) { suggestedCollaborators(personId: $personId, first: $first) { score person { id name } } }`,
    variables: { personId, first: SUGGESTIONS_FIRST },
  }),
  neo4jGraphql: ({ personId }) => ({
    query: `query Suggestions($personId: ID!, $first: Int!) { suggestedCollaborators(personId: $personId, first: $first) { id name score } }`,
    variables: { personId, first: SUGGESTIONS_FIRST },
  }),
  size: {
    raw: (rows) => rows.length,
    collabgraph: (data) => data.suggestedCollaborators.length,
    neo4jGraphql: (data) => data.suggestedCollaborators.length,
  },
};

/** The five full-text indexes and what each returns, for the raw floor's single statement. */
const FULLTEXT = [
  ['personSearch', 'Person', 'node.name'],
  ['paperSearch', 'Paper', 'node.title'],
  ['venueSearch', 'Venue', 'node.name'],
  ['institutionSearch', 'Institution', 'node.name'],
  ['topicSearch', 'Topic', 'node.name'],
] as const;

const search: Operation = {
  name: 'search',
  title: 'full-text search (all kinds)',
  raw: ({ lucene }) => ({
    cypher: `CALL () {
      ${FULLTEXT.map(
        ([index, kind, label]) => `CALL db.index.fulltext.queryNodes('${index}', $lucene, {limit: $first}) YIELD node, score
        RETURN '${kind}' AS kind, score, node.id AS id, ${label} AS label`,
      ).join('\n      UNION ALL\n      ')}
    }
    RETURN kind, score, id, label ORDER BY score DESC, kind, id LIMIT $first`,
    params: { lucene, first: int(SEARCH_FIRST) },
  }),
  collabgraph: ({ searchText }) => ({
    query: `query Search($text: String!, $first: Int!) {
      search(query: $text, first: $first) {
        score
        node {
          __typename
          ... on Person { id name }
          ... on Paper { id title }
          ... on Venue { id name }
          ... on Institution { id name }
          ... on Topic { id name }
        }
      }
    }`,
    variables: { text: searchText, first: SEARCH_FIRST },
  }),
  // The library has one query per @fulltext index; one request asks all five, the client merges.
  neo4jGraphql: ({ lucene }) => ({
    query: `query Search($phrase: String!, $first: Int!) {
      people: peopleByText(phrase: $phrase, first: $first) { edges { score node { id name } } }
      papers: papersByText(phrase: $phrase, first: $first) { edges { score node { id title } } }
      venues: venuesByText(phrase: $phrase, first: $first) { edges { score node { id name } } }
      institutions: institutionsByText(phrase: $phrase, first: $first) { edges { score node { id name } } }
      topics: topicsByText(phrase: $phrase, first: $first) { edges { score node { id name } } }
    }`,
    variables: { phrase: lucene, first: SEARCH_FIRST },
  }),
  size: {
    raw: (rows) => rows.length,
    collabgraph: (data) => data.search.length,
    // What the client shows: the best SEARCH_FIRST of the five lists.
    neo4jGraphql: (data) =>
      Math.min(
        SEARCH_FIRST,
        Object.values(data).reduce((sum: number, list: any) => sum + list.edges.length, 0),
      ),
  },
};

const nestedPapers: Operation = {
  name: 'nestedPapers',
  title: `nested read: papers(first: ${NESTED_FIRST}) + authors + topics`,
  // collabgraph's order of papers (newest first, then by title; papers without a year last,
  // by id), read from the indexes: the year index for dated papers, then the id constraint's
  // index only when they do not fill the page.
  raw: () => ({
    cypher: `CALL () {
        MATCH (x:Paper) WHERE x.year IS NOT NULL
        WITH x ORDER BY x.year DESC, x.title, x.id LIMIT $first
        RETURN collect(x) AS dated
      }
      CALL (dated) {
        UNWIND CASE WHEN size(dated) < $first THEN [true] ELSE [] END AS more
        CALL (more) {
          MATCH (x:Paper) WHERE x.id IS NOT NULL AND x.year IS NULL
          WITH x ORDER BY x.id LIMIT $first
          RETURN collect(x) AS found
        }
        RETURN collect(found) AS undated
      }
      UNWIND (dated + coalesce(undated[0], []))[0..$first] AS x
      RETURN x.id AS id, x.title AS title, x.year AS year,
        COLLECT {
          MATCH (p:Person)-[a:AUTHORED]->(x) WITH p, a ORDER BY a.position, p.name
          RETURN {position: a.position, id: p.id, name: p.name}
        } AS authors,
        COLLECT {
          MATCH (x)-[r:HAS_TOPIC]->(t:Topic) WITH r, t ORDER BY r.score DESC, t.name
          RETURN {weight: r.score, id: t.id, name: t.name}
        } AS topics`,
    params: { first: int(NESTED_FIRST) },
  }),
  collabgraph: () => ({
    query: `query Nested($first: Int!) {
      papers(first: $first) {
        edges { node { id title year authors { position person { id name } } topics { weight topic { id name } } } }
      }
    }`,
    variables: { first: NESTED_FIRST },
  }),
  neo4jGraphql: () => ({
    query: `query Nested($first: Int!) {
      papers(limit: $first, sort: [{ year: DESC }, { title: ASC }, { id: ASC }]) {
        id title year
        authorsConnection(sort: [{ edge: { position: ASC } }]) { edges { properties { position } node { id name } } }
        topicsConnection(sort: [{ edge: { score: DESC } }]) { edges { properties { score } node { id name } } }
      }
    }`,
    variables: { first: NESTED_FIRST },
  }),
  size: {
    raw: (rows) => rows.length,
    collabgraph: (data) => data.papers.edges.length,
    neo4jGraphql: (data) => data.papers.length,
  },
};

export const OPERATIONS: readonly Operation[] = [coauthors, network, path, topicPeople, suggestions, search, nestedPapers];
