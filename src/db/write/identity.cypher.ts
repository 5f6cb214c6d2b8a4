/**
 * The reads and writes of the identity step (resolve-people.ts): the people of the graph a
 * document's people may be, with the context that tells homonyms apart, and the pairs left for
 * curation.
 */
import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';

export type CandidateProbe = {
  ids: string[];
  orcids: string[];
  dblpPids: string[];
  dblpNames: string[];
  openalexIds: string[];
  /** Blocking keys as stored in Person.blockText ("<keim|d>"). */
  blocks: string[];
};

export interface CandidateContextRow {
  id: string;
  coauthors: string[];
  venues: string[];
  topics: string[];
  topicAncestors: string[];
  years: unknown[];
}

/** How much context a candidate brings: enough to tell people apart, bounded for prolific ones. */
const CONTEXT_LIMIT = 200;

export interface CandidateNameRow {
  id: string;
  names: string[];
  orcid: string | null;
  dblpPid: string | null;
  dblpName: string | null;
  openalexId: string | null;
}

/**
 * Every person the probe may name: by id, by an external identifier, or sharing a blocking key
 * (the text index on blockText answers the CONTAINS), with their names and ids only: the
 * identity step drops those whose names cannot match before it reads any context.
 */
export const candidatePeople = (probe: CandidateProbe): Statement<CandidateProbe> => ({
  name: 'identityCandidates',
  cypher: `CALL () {
  UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p
  UNION UNWIND $orcids AS orcid MATCH (p:Person {orcid: orcid}) RETURN p
  UNION UNWIND $dblpPids AS pid MATCH (p:Person {dblpPid: pid}) RETURN p
  UNION UNWIND $dblpNames AS dblpName MATCH (p:Person {dblpName: dblpName}) RETURN p
  UNION UNWIND $openalexIds AS openalexId MATCH (p:Person {openalexId: openalexId}) RETURN p
  UNION UNWIND $blocks AS block MATCH (p:Person) WHERE p.blockText CONTAINS block RETURN p
}
WITH DISTINCT p
RETURN p.id AS id, [p.name] + coalesce(p.aliases, []) AS names, p.orcid AS orcid, p.dblpPid AS dblpPid, p.dblpName AS dblpName, p.openalexId AS openalexId`,
  params: probe,
});

/** The context of the candidates left: co-authors, venues, topics and years, bounded for prolific people. */
export const candidateContexts = (ids: string[]): Statement<{ ids: string[]; contextLimit: unknown }> => ({
  name: 'identityCandidateContexts',
  cypher: `UNWIND $ids AS personId MATCH (p:Person {id: personId})
RETURN p.id AS id,
  COLLECT { MATCH (p)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(c:Person) WHERE c <> p RETURN DISTINCT c.name AS name LIMIT $contextLimit } AS coauthors,
  COLLECT { MATCH (p)-[:AUTHORED]->(:Paper)-[:PUBLISHED_IN]->(v:Venue) RETURN DISTINCT v.id AS id LIMIT $contextLimit } AS venues,
  COLLECT { MATCH (p)-[:AUTHORED]->(:Paper)-[:HAS_TOPIC]->(t:Topic) RETURN DISTINCT t.id AS id LIMIT $contextLimit } AS topics,
  COLLECT { MATCH (p)-[:AUTHORED]->(:Paper)-[:HAS_TOPIC]->(:Topic)-[:BROADER]->{1,4}(b:Topic) RETURN DISTINCT b.id AS id LIMIT $contextLimit } AS topicAncestors,
  COLLECT { MATCH (p)-[:AUTHORED]->(x:Paper) WHERE x.year IS NOT NULL RETURN DISTINCT x.year AS year LIMIT $contextLimit } AS years`,
  params: { ids, contextLimit: neo4j.int(CONTEXT_LIMIT) },
});

/** The people ids taken under each of `bases`: the base itself and its homonym forms base-2, base-3... (prefix search on the id index). */
export const takenPersonIds = (bases: string[]): Statement<{ bases: string[] }> => ({
  name: 'takenPersonIds',
  cypher: `UNWIND $bases AS base
CALL (base) {
  MATCH (p:Person {id: base}) RETURN p
  UNION
  MATCH (p:Person) WHERE p.id STARTS WITH base + '-' RETURN p
}
RETURN DISTINCT p.id AS id`,
  params: { bases },
});

export interface PossibleDuplicateRow {
  a: string;
  b: string;
  score: number;
  evidence: string[];
}

/** Records pairs the identity step did not merge, for curation (possibleDuplicates); a pair is one relationship, lower id first. */
export const recordPossibleDuplicates = (pairs: PossibleDuplicateRow[], source: string): Statement<{ pairs: PossibleDuplicateRow[]; source: string }> => ({
  name: 'recordPossibleDuplicates',
  cypher: `UNWIND $pairs AS pair
MATCH (a:Person {id: pair.a}), (b:Person {id: pair.b})
MERGE (a)-[r:POSSIBLY_SAME]->(b)
SET r.score = pair.score, r.evidence = pair.evidence, r.source = $source
RETURN count(r) AS count`,
  params: { pairs, source },
});

export interface VenueCandidateRow {
  id: string;
  name: string;
  aliases: string[];
  abbreviation: string | null;
  matchText: string | null;
}

/** Venues sharing a match key with the document's venues (text index on matchText). */
export const candidateVenues = (keys: string[]): Statement<{ keys: string[] }> => ({
  name: 'identityVenueCandidates',
  cypher: `UNWIND $keys AS key
MATCH (v:Venue) WHERE v.matchText CONTAINS key
WITH DISTINCT v
RETURN v.id AS id, v.name AS name, coalesce(v.aliases, []) AS aliases, v.abbreviation AS abbreviation, v.matchText AS matchText`,
  params: { keys },
});

export interface PaperCandidateRow {
  id: string;
  title: string;
  year: unknown;
  doi: string | null;
  arxiv: string | null;
  abstract: string | null;
  authorCount: unknown;
  conflicts: string[] | null;
  authors: Array<{ person: string; name: string; position: unknown; equalContribution: boolean | null; rawName: string | null }>;
  venues: Array<{ id: string; name: string }>;
  topics: Array<{ topic: string; score: number; source: string }>;
}

/** Papers that share an id, a DOI, an arXiv id or a folded title with the document's, with what they already state. */
export const candidatePapers = (probe: { ids: string[]; dois: string[]; arxivs: string[]; titleKeys: string[] }): Statement<typeof probe> => ({
  name: 'identityPaperCandidates',
  cypher: `CALL () {
  UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN p
  UNION UNWIND $dois AS doi MATCH (p:Paper {doi: doi}) RETURN p
  UNION UNWIND $arxivs AS arxiv MATCH (p:Paper {arxiv: arxiv}) RETURN p
  UNION UNWIND $titleKeys AS key MATCH (p:Paper {titleKey: key}) RETURN p
}
WITH DISTINCT p
RETURN p.id AS id, p.title AS title, p.year AS year, p.doi AS doi, p.arxiv AS arxiv, p.abstract AS abstract, p.authorCount AS authorCount, p.conflicts AS conflicts,
  COLLECT { MATCH (a:Person)-[r:AUTHORED]->(p) RETURN {person: a.id, name: a.name, position: r.position, equalContribution: r.equalContribution, rawName: r.rawName} AS author } AS authors,
  COLLECT { MATCH (p)-[:PUBLISHED_IN]->(v:Venue) RETURN {id: v.id, name: v.name} AS venue } AS venues,
  COLLECT { MATCH (p)-[t:HAS_TOPIC]->(x:Topic) RETURN {topic: x.id, score: t.score, source: t.source} AS topic } AS topics`,
  params: probe,
});
