/**
 * The GraphQL operations the explorer sends (web/explorer/api.ts), all against the public
 * contract. Shared with the server, which runs them once at start-up (warmQueryPlans) so that
 * Neo4j has compiled their Cypher before the first visitor asks.
 */
/** What every network drawing reads (the explorer and the exports): one selection, written once. */
export const NETWORK_FIELDS = /* GraphQL */ `
  fragment NetworkFields on Network {
    nodes {
      id
      label
      kind
      weight
    }
    edges {
      source
      target
      kind
      weight
    }
  }
`;

export const EXPLORER_OPERATIONS = {
  search: /* GraphQL */ `
    query ExplorerSearch($query: String!, $first: Int) {
      search(query: $query, first: $first) {
        score
        node {
          __typename
          ... on Person {
            id
            name
          }
          ... on Topic {
            id
            name
          }
          ... on Venue {
            id
            name
          }
          ... on Institution {
            id
            name
          }
          ... on Paper {
            id
            title
            year
            authors {
              person {
                id
                name
              }
            }
          }
        }
      }
    }
  `,
  network: /* GraphQL */ `
    query ExplorerNetwork($personId: ID!, $depth: Int, $minSharedPapers: Int, $limit: Int) {
      collaborationNetwork(personId: $personId, depth: $depth, minSharedPapers: $minSharedPapers, limit: $limit) {
        ...NetworkFields
      }
    }
    ${NETWORK_FIELDS}
  `,
  topicNetwork: /* GraphQL */ `
    query ExplorerTopicNetwork($topicId: ID!, $minSharedPapers: Int, $limit: Int) {
      topic(id: $topicId) {
        id
        name
      }
      topicNetwork(topicId: $topicId, minSharedPapers: $minSharedPapers, limit: $limit) {
        ...NetworkFields
      }
    }
    ${NETWORK_FIELDS}
  `,
  person: /* GraphQL */ `
    query ExplorerPerson($id: ID!) {
      person(id: $id) {
        id
        name
        aliases
        orcid
        positions {
          role
          start
          end
          institution {
            id
            name
          }
        }
        hosts {
          role
          start
          end
          host {
            id
            name
          }
          institution {
            id
            name
          }
        }
        hosted {
          role
          start
          end
          intern {
            id
            name
          }
          institution {
            id
            name
          }
        }
        alsoWorkedWith {
          start
          end
          person {
            id
            name
          }
          institution {
            id
            name
          }
        }
        papers(first: 50) {
          totalCount
          edges {
            node {
              id
              title
              year
              venue {
                name
              }
            }
          }
        }
        topics(first: 10) {
          weight
          topic {
            id
            name
          }
        }
        coauthors(first: 10) {
          totalCount
          edges {
            sharedPaperCount
            node {
              id
              name
            }
          }
        }
      }
    }
  `,
  path: /* GraphQL */ `
    query ExplorerPath($fromId: ID!, $toId: ID!, $via: [Relation!], $maxLength: Int) {
      collaborationPath(fromId: $fromId, toId: $toId, via: $via, maxLength: $maxLength) {
        length
        people {
          id
          name
        }
        steps {
          from {
            id
            name
          }
          to {
            id
            name
          }
          relation
          papers {
            id
            title
            year
            venue {
              name
            }
          }
          hosting {
            role
            start
            end
            institution {
              id
              name
            }
          }
        }
      }
    }
  `,
  topic: /* GraphQL */ `
    query ExplorerTopic($id: ID!) {
      topic(id: $id) {
        id
        name
        synonyms
        broader {
          id
          name
          broader {
            id
            name
          }
        }
        narrower {
          id
          name
          narrower {
            id
            name
          }
        }
        people(first: 15) {
          id
          name
        }
        papers(first: 25) {
          totalCount
          edges {
            node {
              id
              title
              year
              venue {
                name
              }
            }
          }
        }
        related(first: 10) {
          weight
          topic {
            id
            name
          }
        }
      }
    }
  `,
  topics: /* GraphQL */ `
    query ExplorerTopics($after: String) {
      topics(first: 100, after: $after) {
        edges {
          node {
            id
            name
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  topicDescendants: /* GraphQL */ `
    query ExplorerTopicDescendants($id: ID!) {
      topic(id: $id) {
        id
        narrower {
          id
          narrower {
            id
            narrower {
              id
            }
          }
        }
      }
    }
  `,
  venue: /* GraphQL */ `
    query ExplorerVenue($id: ID!) {
      venue(id: $id) {
        id
        name
        papers(first: 30) {
          edges {
            node {
              id
              title
              year
              venue {
                name
              }
            }
          }
        }
      }
    }
  `,
  institution: /* GraphQL */ `
    query ExplorerInstitution($id: ID!) {
      institution(id: $id) {
        id
        name
        people(first: 50) {
          id
          name
        }
      }
    }
  `,
  paper: /* GraphQL */ `
    query ExplorerPaper($id: ID!) {
      paper(id: $id) {
        id
        title
        year
        doi
        authorCount
        venue {
          name
        }
        authors {
          position
          equalContribution
          person {
            id
            name
          }
        }
        topics {
          weight
          topic {
            id
            name
          }
        }
      }
    }
  `,
} as const;
