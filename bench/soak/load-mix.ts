/**
 * The operation mix of the soak test: reads (person, co-authors, network), paths, searches
 * and writes, picked at random with fixed weights from inputs found in the seeded graph.
 */
export interface LoadInputs {
  personIds: string[];
  searchTerms: string[];
}

export interface Operation {
  name: string;
  weight: number;
  /** The GraphQL request; `write` requests carry the API key. */
  build(inputs: LoadInputs, random: () => number, nextWriteName: () => string): { query: string; variables: Record<string, unknown>; write?: boolean };
}

const pick = <T>(items: T[], random: () => number): T => items[Math.floor(random() * items.length)];

export const OPERATIONS: Operation[] = [
  {
    name: 'person',
    weight: 15,
    build: (i, r) => ({
      query: 'query($id: ID) { person(id: $id) { id name aliases papers(first: 5) { totalCount edges { node { title year } } } } }',
      variables: { id: pick(i.personIds, r) },
    }),
  },
  {
    name: 'coauthors',
    weight: 20,
    build: (i, r) => ({
      query: 'query($id: ID!) { coauthors(personId: $id, first: 20) { totalCount edges { sharedPaperCount node { name } } } }',
      variables: { id: pick(i.personIds, r) },
    }),
  },
  {
    name: 'network',
    weight: 15,
    build: (i, r) => ({
      query: 'query($id: ID!) { collaborationNetwork(personId: $id, depth: 2, limit: 100) { nodes { id label } edges { source target weight } } }',
      variables: { id: pick(i.personIds, r) },
    }),
  },
  {
    name: 'path',
    weight: 10,
    build: (i, r) => ({
      query: 'query($a: ID!, $b: ID!) { collaborationPath(fromId: $a, toId: $b, maxLength: 4) { length people { name } } }',
      variables: { a: pick(i.personIds, r), b: pick(i.personIds, r) },
    }),
  },
  {
    name: 'search',
    weight: 15,
    build: (i, r) => ({ query: 'query($q: String!) { search(query: $q, first: 10) { score node { __typename } } }', variables: { q: pick(i.searchTerms, r) } }),
  },
  {
    name: 'peopleSearch',
    weight: 10,
    build: (i, r) => ({ query: 'query($q: String) { people(search: $q, first: 10) { edges { node { id name } } } }', variables: { q: pick(i.searchTerms, r) } }),
  },
  {
    name: 'papersSearch',
    weight: 5,
    build: (i, r) => ({ query: 'query($q: String) { papers(search: $q, first: 10) { edges { node { id title } } } }', variables: { q: pick(i.searchTerms, r) } }),
  },
  {
    name: 'createPerson',
    weight: 10,
    build: (_i, _r, nextWriteName) => ({
      query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name } }',
      variables: { input: { name: nextWriteName() } },
      write: true,
    }),
  },
];

/** Picks an operation by weight. */
export function chooseOperation(random: () => number): Operation {
  const total = OPERATIONS.reduce((sum, op) => sum + op.weight, 0);
  let ticket = random() * total;
  for (const op of OPERATIONS) {
    ticket -= op.weight;
    if (ticket < 0) return op;
  }
  return OPERATIONS[OPERATIONS.length - 1];
}

/** A small deterministic PRNG (mulberry32) so runs are comparable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
