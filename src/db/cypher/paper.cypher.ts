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

const unfiltered = (filter: PaperFilter) => !filter.lucene && !filter.topicId && !filter.venueId && filter.year === null;

/**
 * One page of papers: by relevance with a search, else newest first (PAPER_ORDER). Without
 * filters the order comes from the indexes instead of a sort of every paper: the dated
 * papers from the Paper.year index, newest first (sorted only within a year, by title), then,
 * only when they do not fill the page, the undated ones from the id constraint's index.
 */
export const papersPage = (filter: PaperFilter, skip: number, limit: number, include: PageInclude = NO_INCLUDE): Statement<Record<string, unknown>> =>
  unfiltered(filter) ? allPapersPage(skip, limit, include) : filteredPapersPage(filter, skip, limit, include);

/** What a page of papers reads besides the papers: their authors, their topics (each `null` in the row when not asked). */
export interface PageInclude {
  authors: boolean;
  topics: boolean;
}

const NO_INCLUDE: PageInclude = { authors: false, topics: false };

/** The RETURN of a page of papers bound to `x`, with what `include` asks for, in the same statement. */
const pageReturn = (include: PageInclude) =>
  `RETURN ${paperMap('x')} AS item, ${include.authors ? authorsOf('x') : 'null'} AS authors, ${include.topics ? topicsOf('x') : 'null'} AS topics`;

const allPapersPage = (skip: number, limit: number, include: PageInclude): Statement<Record<string, unknown>> => ({
  name: 'papersPage',
  cypher: `
    CALL () {
      MATCH (x:Paper) WHERE x.year IS NOT NULL
      WITH x ORDER BY x.year DESC, x.title, x.id LIMIT $end
      RETURN collect(x) AS dated
    }
    CALL (dated) {
      // No row (so no index scan at all) when the dated papers fill the page.
      UNWIND CASE WHEN size(dated) < $end THEN [true] ELSE [] END AS more
      CALL (more) {
        MATCH (x:Paper) WHERE x.id IS NOT NULL AND x.year IS NULL
        WITH x ORDER BY x.id LIMIT $end
        RETURN collect(x) AS found
      }
      RETURN collect(found) AS undated
    }
    UNWIND (dated + coalesce(undated[0], []))[$skip..$end] AS x
    ${pageReturn(include)}`,
  params: { skip: neo4j.int(skip), end: neo4j.int(skip + limit) },
});

const filteredPapersPage = (filter: PaperFilter, skip: number, limit: number, include: PageInclude): Statement<Record<string, unknown>> => ({
  name: 'papersPage',
  cypher: `
    ${matchPapers(filter)}
    WITH x${filter.lucene ? ', score' : ''} ORDER BY ${filter.lucene ? 'score DESC, ' : ''}${PAPER_ORDER('x')} SKIP $skip LIMIT $limit
    ${pageReturn(include)}`,
  params: { ...filterParams(filter), skip: neo4j.int(skip), limit: neo4j.int(limit) },
});

export const countPapers = (filter: PaperFilter): Statement<Record<string, unknown>> => ({
  name: 'countPapers',
  cypher: `${matchPapers(filter)} RETURN count(x) AS total`,
  params: filterParams(filter),
});

/**
 * The ordered author list of the paper bound to `x`, each author inline. AUTHORED always
 * links a Person to a Paper and HAS_TOPIC a Paper to a Topic (docs/graph-model.md), so the
 * far ends need no label check (a db hit per row each).
 */
const authorsOf = (x: string) => `COLLECT {
      MATCH (person)-[a:AUTHORED]->(${x})
      WITH person, a ORDER BY a.position, person.name
      RETURN {position: a.position, equalContribution: coalesce(a.equalContribution, false), rawName: a.rawName, person: ${personMap('person')}}
    }`;

/** The topics of the paper bound to `x`, strongest first. */
const topicsOf = (x: string) => `COLLECT {
      MATCH (${x})-[r:HAS_TOPIC]->(t)
      WITH r, t ORDER BY r.score DESC, t.name
      RETURN {topic: ${topicMap('t')}, weight: r.score, source: r.source}
    }`;

/** The ordered author list of each paper, with each author inline (no second round trip for names). */
export const authorshipsByPapers = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'authorshipsByPapers',
  cypher: `
    UNWIND $ids AS id MATCH (x:Paper {id: id})
    RETURN id, ${authorsOf('x')} AS items`,
  params: { ids },
});

/** Topics of each paper, strongest first. */
export const topicsByPapers = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'topicsByPapers',
  cypher: `
    UNWIND $ids AS id MATCH (x:Paper {id: id})
    RETURN id, ${topicsOf('x')} AS items`,
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
