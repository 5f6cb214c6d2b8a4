/**
 * Constraints and indexes of the graph model (docs/graph-model.md). Every statement is
 * idempotent (IF NOT EXISTS), so they run on every start.
 */
import type { Statement } from '../executor';

export const NODE_LABELS = ['Person', 'Paper', 'Venue', 'Institution', 'Topic', 'Talk'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

const FULLTEXT_OPTIONS = "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }";

export const FULLTEXT_INDEXES = {
  personSearch: 'Person',
  paperSearch: 'Paper',
  topicSearch: 'Topic',
  venueSearch: 'Venue',
  institutionSearch: 'Institution',
} as const satisfies Record<string, NodeLabel>;

export const SCHEMA_STATEMENTS: readonly string[] = [
  ...NODE_LABELS.map((label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  'CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey)',
  'CREATE INDEX topic_name_key IF NOT EXISTS FOR (n:Topic) ON (n.nameKey)',
  'CREATE INDEX paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year)',
  // The identity step's look-ups (src/db/write/resolve-people.ts): external ids are unique, names are found by blocking key.
  'CREATE CONSTRAINT person_orcid IF NOT EXISTS FOR (n:Person) REQUIRE n.orcid IS UNIQUE',
  'CREATE CONSTRAINT person_dblp_pid IF NOT EXISTS FOR (n:Person) REQUIRE n.dblpPid IS UNIQUE',
  'CREATE CONSTRAINT person_dblp_name IF NOT EXISTS FOR (n:Person) REQUIRE n.dblpName IS UNIQUE',
  'CREATE CONSTRAINT person_openalex_id IF NOT EXISTS FOR (n:Person) REQUIRE n.openalexId IS UNIQUE',
  'CREATE TEXT INDEX person_block_text IF NOT EXISTS FOR (n:Person) ON (n.blockText)',
  'CREATE TEXT INDEX person_retired_ids IF NOT EXISTS FOR (n:Person) ON (n.retiredIdText)',
  'CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi)',
  'CREATE INDEX paper_arxiv IF NOT EXISTS FOR (n:Paper) ON (n.arxiv)',
  'CREATE INDEX paper_title_key IF NOT EXISTS FOR (n:Paper) ON (n.titleKey)',
  'CREATE TEXT INDEX venue_match_text IF NOT EXISTS FOR (n:Venue) ON (n.matchText)',
  // A topic's people, most papers first, straight from the index (src/db/cypher/topic.cypher.ts): PUBLISHES_ON carries its topic's id.
  'CREATE INDEX publishes_on_topic_papers IF NOT EXISTS FOR ()-[r:PUBLISHES_ON]-() ON (r.topicId, r.papers)',
  'CREATE INDEX publishes_on_topic_papers_with_narrower IF NOT EXISTS FOR ()-[r:PUBLISHES_ON]-() ON (r.topicId, r.papersWithNarrower)',
  `CREATE FULLTEXT INDEX personSearch IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.aliasText] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX paperSearch IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX topicSearch IF NOT EXISTS FOR (n:Topic) ON EACH [n.name, n.synonymText] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX venueSearch IF NOT EXISTS FOR (n:Venue) ON EACH [n.name] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX institutionSearch IF NOT EXISTS FOR (n:Institution) ON EACH [n.name] ${FULLTEXT_OPTIONS}`,
];

/**
 * A person's strongest co-authors, straight from the index, and the co-authorships among a
 * network's people, one look-up per pair (src/db/cypher/collaboration.cypher.ts): COAUTHOR carries
 * the ids of its two ends, `fromId` (the smaller) and `toId`. The first two end with the other
 * end's id, so that "the strongest n, ties by id" is n index entries in order, where an index on
 * (fromId, papers) alone read every tie of the n-th (thousands on a prolific person). A query
 * uses them only with a predicate on each property (`c.toId IS NOT NULL` will do), and names them
 * in a hint (`USING INDEX SEEK`): planned right after a bulk import, before Neo4j had resampled
 * the index, the planner at times scanned the whole index instead (25,232 db hits for a CoRA
 * person's co-authors, 226 with the seek; with `USING INDEX` alone it scanned the hinted index,
 * 50,194) and kept that plan cached. Without its index (a graph being migrated), a hint is only
 * a warning (Neo.ClientNotification.Schema.HintedIndexNotFound) and the statement is planned
 * without it. Not in SCHEMA_STATEMENTS: applyMigrations creates them only once every COAUTHOR has both ids
 * (ensureCoauthorEndpointIndexes), so that their presence says the backfill is done and a start
 * on a graph that has them reads nothing.
 */
export const COAUTHOR_ENDPOINT_INDEXES = {
  coauthor_from_strongest: 'CREATE INDEX coauthor_from_strongest IF NOT EXISTS FOR ()-[c:COAUTHOR]-() ON (c.fromId, c.papers, c.toId)',
  coauthor_to_strongest: 'CREATE INDEX coauthor_to_strongest IF NOT EXISTS FOR ()-[c:COAUTHOR]-() ON (c.toId, c.papers, c.fromId)',
  // The co-authorships among a network's people, one look-up per pair.
  coauthor_pair: 'CREATE INDEX coauthor_pair IF NOT EXISTS FOR ()-[c:COAUTHOR]-() ON (c.fromId, c.toId)',
} as const;

/**
 * The endpoint indexes of the version before, on (fromId, papers) and (toId, papers), which the
 * strongest-first ones replace. They too were created only after every COAUTHOR had its ids, so a
 * graph that has them needs no backfill.
 */
export const REPLACED_COAUTHOR_INDEXES = ['coauthor_from_papers', 'coauthor_to_papers'] as const;

/** Waits (up to an hour: a million papers' COAUTHOR take about a minute an index) for every index to come online. */
export const AWAIT_INDEXES: Statement<Record<string, never>> = { name: 'awaitIndexes', cypher: 'CALL db.awaitIndexes(3600)', params: {} };

/** The names among `names` of the indexes (and constraints' indexes) that exist. */
export const existingIndexes = (names: readonly string[]): Statement<{ names: readonly string[] }> => ({
  name: 'existingIndexes',
  cypher: 'SHOW INDEXES YIELD name WHERE name IN $names RETURN name',
  params: { names },
});
