/**
 * Type definitions for @neo4j/graphql 7 equivalent to collabgraph's graph model
 * (docs/graph-model.md): the same labels, relationship types and properties. Where the
 * library has no built-in traversal (co-authors with counts, the 2-hop network, shortest
 * paths, a topic's people, suggestions) the fields are `@cypher`, holding the same hand-written Cypher
 * as the raw floor, which is what a user of the library would write. Full-text search uses
 * the library's own `@fulltext` over the indexes collabgraph's migrations create.
 */
import { coauthorsOf, NETWORK_CYPHER, PATH_CYPHER, SUGGESTIONS_CYPHER, topicPeopleOf } from '../operations/shared-cypher';

export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Person
    @node
    @fulltext(indexes: [{ indexName: "personSearch", queryName: "peopleByText", fields: ["name", "aliasText"] }]) {
    id: ID!
    name: String!
    aliasText: String
    papers: [Paper!]! @relationship(type: "AUTHORED", direction: OUT, properties: "Authored")
    coauthors(first: Int = 20): [Coauthor!]!
      @cypher(
        statement: """
        ${coauthorsOf('this')}
        RETURN {id: o.id, name: o.name, sharedPaperCount: shared} AS coauthor
        """
        columnName: "coauthor"
      )
  }

  type Coauthor {
    id: ID!
    name: String!
    sharedPaperCount: Int!
  }

  type Paper
    @node
    @fulltext(indexes: [{ indexName: "paperSearch", queryName: "papersByText", fields: ["title", "abstract"] }]) {
    id: ID!
    title: String!
    abstract: String
    year: Int
    authors: [Person!]! @relationship(type: "AUTHORED", direction: IN, properties: "Authored")
    topics: [Topic!]! @relationship(type: "HAS_TOPIC", direction: OUT, properties: "HasTopic")
    venue: [Venue!]! @relationship(type: "PUBLISHED_IN", direction: OUT)
    cites: [Paper!]! @relationship(type: "CITES", direction: OUT)
  }

  type Authored @relationshipProperties {
    position: Int
    equalContribution: Boolean
    rawName: String
  }

  type HasTopic @relationshipProperties {
    score: Float
    source: String
  }

  type Venue @node @fulltext(indexes: [{ indexName: "venueSearch", queryName: "venuesByText", fields: ["name"] }]) {
    id: ID!
    name: String!
    papers: [Paper!]! @relationship(type: "PUBLISHED_IN", direction: IN)
  }

  type Institution @node @fulltext(indexes: [{ indexName: "institutionSearch", queryName: "institutionsByText", fields: ["name"] }]) {
    id: ID!
    name: String!
  }

  type Topic
    @node
    @fulltext(indexes: [{ indexName: "topicSearch", queryName: "topicsByText", fields: ["name", "synonymText"] }]) {
    id: ID!
    name: String!
    synonymText: String
    broader: [Topic!]! @relationship(type: "BROADER", direction: OUT)
    narrower: [Topic!]! @relationship(type: "BROADER", direction: IN)
    papers: [Paper!]! @relationship(type: "HAS_TOPIC", direction: IN, properties: "HasTopic")
    people(first: Int = 10): [Person!]!
      @cypher(
        statement: """
        ${topicPeopleOf('this')}
        RETURN p
        """
        columnName: "p"
      )
  }

  type NetworkNode {
    id: ID!
    label: String!
    weight: Float!
  }

  type NetworkEdge {
    source: ID!
    target: ID!
    weight: Float!
  }

  type Network {
    nodes: [NetworkNode!]!
    edges: [NetworkEdge!]!
  }

  type PathPerson {
    id: ID!
    name: String!
  }

  type PathPaper {
    id: ID!
    title: String!
  }

  type PathStep {
    from: ID!
    to: ID!
    papers: [PathPaper!]!
  }

  type CollaborationPath {
    length: Int!
    people: [PathPerson!]!
    steps: [PathStep!]!
  }

  type Suggestion {
    id: ID!
    name: String!
    score: Float!
  }

  type Query {
    collaborationNetwork(personId: ID!, limit: Int = 100): Network
      @cypher(statement: """
      ${NETWORK_CYPHER}
      """, columnName: "network")
    collaborationPath(fromId: ID!, toId: ID!): CollaborationPath
      @cypher(statement: """
      ${PATH_CYPHER}
      """, columnName: "path")
    suggestedCollaborators(personId: ID!, first: Int = 10): [Suggestion!]!
      @cypher(statement: """
      ${SUGGESTIONS_CYPHER}
      """, columnName: "suggestion")
  }
`;
