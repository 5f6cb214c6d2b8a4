import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import { namedMap, PAPER_ORDER, paperMap, personMap, topicMap } from './projections';

/** Filters of papers(...); each set one narrows the list. */
export interface PaperFilter {
  /** A Lucene query built by buildLuceneQuery, never raw user text. */
  lucene: string | null;
  topicId: string | null;
  venueId: string | null;
  year: number | null;
}

/**
 * The MATCH that produces `x` for a filter: anchored on the most selective index available
 * (full-text, then the topic or venue id, then the year index), the other filters as
 * predicates. Only code fragments are concatenated; user values are parameters.
 */
function matchPapers(filter: PaperFilter): string {
  const where: string[] = [];
  let anchor: string;
  if (filter.lucene) {
    anchor = `CALL db.index.fulltext.queryNodes('paperSearch', $lucene) YIELD node AS x, score`;
  } else if (filter.topicId) {
    anchor = 'MATCH (:Topic {id: $topicId})<-[:HAS_TOPIC]-(x:Paper)';
  } else if (filter.venueId) {
    anchor = 'MATCH (:Venue {id: $venueId})<-[:PUBLISHED_IN]-(x:Paper)';
  } else {
    anchor = 'MATCH (x:Paper)';
  }
  if (filter.topicId && !anchor.includes('$topicId')) where.push('EXISTS { (x)-[:HAS_TOPIC]->(:Topic {id: $topicId}) }');
  if (filter.venueId && !anchor.includes('$venueId')) where.push('EXISTS { (x)-[:PUBLISHED_IN]->(:Venue {id: $venueId}) }');
  if (filter.year !== null) where.push('x.year = $year');
  return where.length ? `${anchor} WHERE ${where.join(' AND ')}` : anchor;
}

function filterParams(filter: PaperFilter) {
  return { lucene: filter.lucene, topicId: filter.topicId, venueId: filter.venueId, year: filter.year === null ? null : neo4j.int(filter.year) };
}

/** One page of papers: by relevance with a search, else newest first. */
export const papersPage = (filter: PaperFilter, skip: number, limit: number): Statement<Record<string, unknown>> => ({
  name: 'papersPage',
  cypher: `
    ${matchPapers(filter)}
    WITH x${filter.lucene ? ', score' : ''} ORDER BY ${filter.lucene ? 'score DESC, ' : ''}${PAPER_ORDER('x')} SKIP $skip LIMIT $limit
    RETURN ${paperMap('x')} AS item`,
  params: { ...filterParams(filter), skip: neo4j.int(skip), limit: neo4j.int(limit) },
});

export const countPapers = (filter: PaperFilter): Statement<Record<string, unknown>> => ({
  name: 'countPapers',
  cypher: `${matchPapers(filter)} RETURN count(x) AS total`,
  params: filterParams(filter),
});

/** The ordered author list of each paper, with each author inline (no second round trip for names). */
export const authorshipsByPapers = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'authorshipsByPapers',
  cypher: `
    UNWIND $ids AS id MATCH (x:Paper {id: id})
    RETURN id, COLLECT {
      MATCH (person:Person)-[a:AUTHORED]->(x)
      WITH person, a ORDER BY a.position, person.name
      RETURN {position: a.position, equalContribution: coalesce(a.equalContribution, false), rawName: a.rawName, person: ${personMap('person')}}
    } AS items`,
  params: { ids },
});

/** Topics of each paper, strongest first. */
export const topicsByPapers = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'topicsByPapers',
  cypher: `
    UNWIND $ids AS id MATCH (x:Paper {id: id})
    RETURN id, COLLECT {
      MATCH (x)-[r:HAS_TOPIC]->(t:Topic)
      WITH r, t ORDER BY r.score DESC, t.name
      RETURN {topic: ${topicMap('t')}, weight: r.score, source: r.source}
    } AS items`,
  params: { ids },
});

export const venuesByPapers = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'venuesByPapers',
  cypher: `UNWIND $ids AS id MATCH (x:Paper {id: id})-[:PUBLISHED_IN]->(v:Venue) RETURN id, ${namedMap('v')} AS node`,
  params: { ids },
});

/** Papers each paper cites (`out`) or is cited by (`in`), newest first. */
export const citationsByPapers = (direction: 'in' | 'out', ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: direction === 'out' ? 'citesByPapers' : 'citedByByPapers',
  cypher: `
    UNWIND $ids AS id MATCH (x:Paper {id: id})
    RETURN id, COLLECT {
      MATCH ${direction === 'out' ? '(x)-[:CITES]->(y:Paper)' : '(x)<-[:CITES]-(y:Paper)'}
      WITH y ORDER BY ${PAPER_ORDER('y')}
      RETURN ${paperMap('y')}
    } AS items`,
  params: { ids },
});

/** Papers of each venue or topic, one page each. */
export const papersByOwners = (owner: 'Venue' | 'Topic', ids: readonly string[], skip: number, limit: number): Statement<Record<string, unknown>> => ({
  name: `papersBy${owner}s`,
  cypher: `
    UNWIND $ids AS id MATCH (o:${owner} {id: id})
    RETURN id, COLLECT {
      MATCH ${owner === 'Venue' ? '(x:Paper)-[:PUBLISHED_IN]->(o)' : '(x:Paper)-[r:HAS_TOPIC]->(o)'}
      WITH x ORDER BY ${PAPER_ORDER('x')} SKIP $skip LIMIT $limit
      RETURN ${paperMap('x')}
    } AS items`,
  params: { ids, skip: neo4j.int(skip), limit: neo4j.int(limit) },
});

export const countPapersByOwners = (owner: 'Venue' | 'Topic', ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: `countPapersBy${owner}s`,
  cypher: `UNWIND $ids AS id MATCH (o:${owner} {id: id})
    RETURN id, COUNT { ${owner === 'Venue' ? '(:Paper)-[:PUBLISHED_IN]->(o)' : '(:Paper)-[:HAS_TOPIC]->(o)'} } AS total`,
  params: { ids },
});
