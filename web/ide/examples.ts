/**
 * The IDE's saved example operations (one editor tab each). They follow the public contract
 * of issue 4 and use the bio's subject, so they answer on a freshly seeded graph.
 * Arguments are written inline so each tab reads on its own; the mutation's tab carries its
 * Authorization header, and the headers editor is the one shown (see main.tsx).
 */
export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

const SUBJECT = 'person:paul-vicol';

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: `# The subject's co-authors, most shared papers first, with the papers as evidence.
query Coauthors {
  coauthors(personId: "${SUBJECT}", first: 10) {
    totalCount
    edges {
      sharedPaperCount
      firstYear
      lastYear
      node { id name }
      papers { title year venue { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    query: `# Everyone within two hops (co-authorship or hosting), ready to draw.
query TwoHopNetwork {
  collaborationNetwork(personId: "${SUBJECT}", depth: 2, minSharedPapers: 1, limit: 200) {
    nodes { id label kind weight }
    edges { source target kind weight }
  }
}
`,
  },
  {
    query: `# A shortest chain of collaborations between two people, with the evidence of each step.
query CollaborationPath {
  collaborationPath(fromId: "person:kevin-clark", toId: "person:luke-metz", via: [COAUTHOR, HOSTED], maxLength: 4) {
    length
    people { name }
    steps {
      from { name }
      to { name }
      relation
      papers { title year }
      hosting { role institution { name } start }
    }
  }
}
`,
  },
  {
    query: `# A topic: where it sits in the hierarchy, who publishes on it, its papers, related topics.
query Topic {
  topic(name: "Machine learning") {
    id
    name
    broader { name }
    narrower { name }
    people(first: 10) { id name }
    papers(first: 10) { totalCount edges { node { title year venue { name } } } }
    related(first: 5) { weight topic { name } }
  }
}
`,
  },
  {
    query: `# Full-text search over people, papers, venues, institutions and topics.
query Search {
  search(query: "diffusion", first: 10) {
    score
    node {
      __typename
      ... on Person { id name }
      ... on Paper { id title year }
      ... on Topic { id name }
      ... on Venue { id name }
      ... on Institution { id name }
    }
  }
}
`,
  },
  {
    query: `# Writes need an API key (API_KEYS): see the Authorization header in the Headers tab below.
# Without it the answer is an UNAUTHENTICATED error.
mutation CreatePerson {
  createPerson(input: { name: "Ada Lovelace", aliases: ["A. Lovelace"] }) {
    id
    name
    aliases
  }
}
`,
    headers: `{
  "Authorization": "Bearer <your API key>"
}`,
  },
];
