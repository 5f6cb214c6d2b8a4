import { EXPLORER_OPERATIONS } from '../web/explorer-operations';

/** The ids a warm-up operation is asked about, sampled from the graph. */
export interface WarmUpIds {
  person?: string;
  other?: string;
  topic?: string;
  paper?: string;
  venue?: string;
  institution?: string;
}

export interface WarmUpOperation {
  /** An explorer operation's name, or the name of one of API_WARM_UPS. */
  name: string;
  query: string;
  /** The variables, or undefined when the graph lacks what the operation needs (an empty graph). */
  variables(ids: WarmUpIds): Record<string, unknown> | undefined;
}

export interface WarmUpResult {
  operations: number;
  /** Which WARM_UP_OPERATIONS were sent (the id sample is not one of them). */
  sent: string[];
  failed: number;
  ms: number;
}

/** What the id sample asks: a few people (with their positions, for an institution), a topic, a paper with its venue. */
export const WARM_UP_SAMPLE = `query WarmUpSample {
  people(first: 20) { edges { node { id positions { institution { id } } } } }
  topics(first: 1) { edges { node { id } } }
  papers(first: 20) { edges { node { id venue { id } } } }
}`;

const when = (ready: boolean, variables: Record<string, unknown>) => (ready ? variables : undefined);

/**
 * The explorer's operations, with the variables the explorer sends: the person panel's shared
 * papers (a path of 1 step), the path finder (6), and through hostings.
 */
const EXPLORER_WARM_UPS: WarmUpOperation[] = [
  { name: 'search', query: EXPLORER_OPERATIONS.search, variables: () => ({ query: 'warm', first: 8 }) },
  { name: 'topics', query: EXPLORER_OPERATIONS.topics, variables: () => ({ after: null }) },
  { name: 'network', query: EXPLORER_OPERATIONS.network, variables: (ids) => when(!!ids.person, { personId: ids.person, depth: 2, minSharedPapers: 1, limit: 200 }) },
  { name: 'person', query: EXPLORER_OPERATIONS.person, variables: (ids) => when(!!ids.person, { id: ids.person }) },
  {
    name: 'path',
    query: EXPLORER_OPERATIONS.path,
    variables: (ids) => when(!!ids.person && !!ids.other, { fromId: ids.person, toId: ids.other, via: ['COAUTHOR'], maxLength: 1 }),
  },
  {
    name: 'path',
    query: EXPLORER_OPERATIONS.path,
    variables: (ids) => when(!!ids.person && !!ids.other, { fromId: ids.person, toId: ids.other, via: ['COAUTHOR'], maxLength: 6 }),
  },
  {
    name: 'path',
    query: EXPLORER_OPERATIONS.path,
    variables: (ids) => when(!!ids.person && !!ids.other, { fromId: ids.person, toId: ids.other, via: ['COAUTHOR', 'HOSTED'], maxLength: 6 }),
  },
  { name: 'topicNetwork', query: EXPLORER_OPERATIONS.topicNetwork, variables: (ids) => when(!!ids.topic, { topicId: ids.topic, minSharedPapers: 1, limit: 200 }) },
  { name: 'topic', query: EXPLORER_OPERATIONS.topic, variables: (ids) => when(!!ids.topic, { id: ids.topic }) },
  { name: 'topicDescendants', query: EXPLORER_OPERATIONS.topicDescendants, variables: (ids) => when(!!ids.topic, { id: ids.topic }) },
  { name: 'venue', query: EXPLORER_OPERATIONS.venue, variables: (ids) => when(!!ids.venue, { id: ids.venue }) },
  { name: 'institution', query: EXPLORER_OPERATIONS.institution, variables: (ids) => when(!!ids.institution, { id: ids.institution }) },
  { name: 'paper', query: EXPLORER_OPERATIONS.paper, variables: (ids) => when(!!ids.paper, { id: ids.paper }) },
];

/**
 * The rest of the public API: every Query field the explorer does not ask, and the variants
 * of those it does that compile to other Cypher (co-authors with their papers, a direct-only
 * topic network, the lists with a search or a filter, a person by each kind of key).
 */
export const API_WARM_UPS: WarmUpOperation[] = [
  { name: 'system', query: 'query WarmSystem { system { database neo4jVersion neo4jEdition } }', variables: () => ({}) },
  {
    name: 'lists',
    query: `query WarmLists($search: String!) {
      people(first: 10) { totalCount edges { node { id } } }
      found: people(first: 10, search: $search) { totalCount edges { node { id } } }
      papers(first: 10) { totalCount edges { node { id } } }
      matching: papers(first: 10, search: $search) { totalCount edges { node { id } } }
      topics(first: 10, search: $search) { totalCount edges { node { id } } }
      possibleDuplicates(first: 10) { score }
    }`,
    variables: () => ({ search: 'warm' }),
  },
  {
    name: 'filteredPapers',
    query: `query WarmFilteredPapers($topicId: ID, $venueId: ID) {
      byTopic: papers(first: 10, topicId: $topicId) { totalCount edges { node { id } } }
      byVenue: papers(first: 10, venueId: $venueId) { totalCount edges { node { id } } }
      byYear: papers(first: 10, year: 2020) { totalCount edges { node { id } } }
    }`,
    variables: (ids) => ({ topicId: ids.topic ?? 'topic:none', venueId: ids.venue ?? 'venue:none' }),
  },
  {
    name: 'personBy',
    // Keys nobody has: the statements are the same whatever the key (and a namesake's name would be BAD_USER_INPUT).
    query: `query WarmPersonBy {
      byName: person(name: "Warm Up") { id }
      byOrcid: person(orcid: "0000-0002-1825-0097") { id }
      byDblp: person(dblp: "k/WarmUp") { id }
      byOpenalex: person(openalex: "A0000000000") { id }
    }`,
    variables: () => ({}),
  },
  {
    name: 'coauthors',
    query: `query WarmCoauthors($id: ID!) {
      coauthors(personId: $id, first: 20) { totalCount edges { sharedPaperCount firstYear lastYear papers { id } node { id name } } }
      strong: coauthors(personId: $id, first: 20, minSharedPapers: 2) { totalCount edges { sharedPaperCount node { id name } } }
    }`,
    variables: (ids) => when(!!ids.person, { id: ids.person }),
  },
  {
    name: 'collaborationNetwork',
    // Each depth is a statement of its own (one breadth-first step per level): 1 is the default, the explorer asks 2.
    query: `query WarmNetwork($id: ID!) {
      collaborationNetwork(personId: $id) { nodes { id } edges { source target } }
      depth3: collaborationNetwork(personId: $id, depth: 3) { nodes { id } edges { source target } }
    }`,
    variables: (ids) => when(!!ids.person, { id: ids.person }),
  },
  {
    name: 'suggestedCollaborators',
    query: 'query WarmSuggestions($id: ID!) { suggestedCollaborators(personId: $id, first: 10) { score reasons person { id } } }',
    variables: (ids) => when(!!ids.person, { id: ids.person }),
  },
  {
    name: 'topicBy',
    query: `query WarmTopicBy($id: ID!) {
      byName: topic(name: "Warm Up") { id }
      topic(id: $id) { id broader { id } narrower { id } }
      topicNetwork(topicId: $id, includeNarrower: false) { nodes { id } edges { source target } }
    }`,
    variables: (ids) => when(!!ids.topic, { id: ids.topic }),
  },
  {
    name: 'venueAndInstitutionLists',
    query: `query WarmVenueAndInstitutionLists($search: String!) {
      venues(first: 10) { totalCount edges { node { id } } }
      foundVenues: venues(first: 10, search: $search) { totalCount edges { node { id } } }
      institutions(first: 10) { totalCount edges { node { id } } }
      foundInstitutions: institutions(first: 10, search: $search) { totalCount edges { node { id } } }
    }`,
    variables: () => ({ search: 'warm' }),
  },
  {
    // node and nodes read every kind in one statement: one id of each kind the sample found warms all branches.
    name: 'nodeById',
    query: `query WarmNodeById($id: ID!, $ids: [ID!]!) {
      node(id: $id) { id }
      nodes(ids: $ids) { id }
    }`,
    variables: (ids) => when(!!ids.person, { id: ids.person, ids: [ids.person, ids.paper, ids.topic, ids.venue, ids.institution].filter((id): id is string => !!id) }),
  },
];

/** Everything warmQueryPlans sends, in order (after the id sample). */
export const WARM_UP_OPERATIONS: readonly WarmUpOperation[] = [...EXPLORER_WARM_UPS, ...API_WARM_UPS];

type Ids = { edges: Array<{ node: { id: string; venue?: { id: string } | null; positions?: Array<{ institution: { id: string } | null }> } }> };

/**
 * Sends every public Query operation once (WARM_UP_OPERATIONS: the explorer's and the rest of
 * the API's) to the server's own POST /graphql, with ids taken from the graph, so that Neo4j
 * compiles their Cypher before the first visitor asks: a cold plan costs 0.6-1 s per statement,
 * a warm one answers in tens of milliseconds. Read-only, one request at a time; on an empty
 * graph only what needs no id is sent. Failures are counted, never thrown.
 */
export async function warmQueryPlans(baseUrl: string): Promise<WarmUpResult> {
  const started = Date.now();
  let operations = 0;
  let failed = 0;
  const sent = new Set<string>();
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
  const sample = (await post(WARM_UP_SAMPLE)) as { people: Ids; topics: Ids; papers: Ids } | undefined;
  const people = sample?.people.edges.map((edge) => edge.node) ?? [];
  const ids: WarmUpIds = {
    person: people[0]?.id,
    other: people[1]?.id,
    topic: sample?.topics.edges[0]?.node.id,
    paper: sample?.papers.edges[0]?.node.id,
    venue: sample?.papers.edges.map((edge) => edge.node.venue?.id).find(Boolean),
    institution: people
      .flatMap((person) => person.positions ?? [])
      .map((position) => position.institution?.id)
      .find(Boolean),
  };
  for (const operation of WARM_UP_OPERATIONS) {
    const variables = operation.variables(ids);
    if (!variables) continue;
    sent.add(operation.name);
    await post(operation.query, variables);
  }
  return { operations, sent: [...sent], failed, ms: Date.now() - started };
}
