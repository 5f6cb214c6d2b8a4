import type { SearchableLabel } from './searchable-page.cypher';
import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import { hostingMap, namedMap, PAPER_ORDER, paperMap, personMap, talkMap, topicMap } from './projections';

/** A person by folded display name, else by folded alias (display name wins). */
export const personByNameKey = (key: string): Statement<{ key: string }> => ({
  name: 'personByNameKey',
  cypher: `
    CALL () {
      MATCH (p:Person {nameKey: $key}) RETURN p, 0 AS rank
      UNION
      MATCH (p:Person) WHERE $key IN p.aliasKeys RETURN p, 1 AS rank
    }
    WITH p, rank ORDER BY rank, p.id LIMIT 1
    RETURN ${personMap('p')} AS person`,
  params: { key },
});

/** People in pages and counts (src/db/cypher/searchable-page.cypher.ts). */
export const PEOPLE: SearchableLabel = { name: 'people', label: 'Person', index: 'personSearch', projection: personMap };

/** Papers of each person, one page each (same page for all). */
export const papersByPeople = (ids: readonly string[], skip: number, limit: number): Statement<Record<string, unknown>> => ({
  name: 'papersByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      MATCH (p)-[:AUTHORED]->(x:Paper)
      WITH x ORDER BY ${PAPER_ORDER('x')} SKIP $skip LIMIT $limit
      RETURN ${paperMap('x')}
    } AS items`,
  params: { ids, skip: neo4j.int(skip), limit: neo4j.int(limit) },
});

export const countPapersByPeople = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'countPapersByPeople',
  cypher: 'UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN id, COUNT { (p)-[:AUTHORED]->(:Paper) } AS total',
  params: { ids },
});

/** Who hosted each person (`in`) or whom each person hosted (`out`), newest first. */
export const hostingsByPeople = (direction: 'in' | 'out', ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: direction === 'in' ? 'hostsByPeople' : 'hostedByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      MATCH ${direction === 'in' ? '(host:Person)-[h:HOSTED]->(p)' : '(p)-[h:HOSTED]->(intern:Person)'}
      WITH ${direction === 'in' ? 'host, h, p AS intern' : 'p AS host, h, intern'}
      ORDER BY coalesce(h.start, '') DESC, host.name, intern.name
      RETURN ${hostingMap('host', 'h', 'intern')}
    } AS items`,
  params: { ids },
});

/** Positions of each person, newest first (open-ended ones before ended ones of the same start). */
export const positionsByPeople = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'positionsByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      MATCH (p)-[r:HELD_POSITION]->(i:Institution)
      WITH r, i ORDER BY coalesce(r.start, '') DESC, coalesce(r.end, '9999') DESC, i.name
      RETURN {institution: ${namedMap('i')}, role: r.role, start: r.start, end: r.end}
    } AS items`,
  params: { ids },
});

export const educationByPeople = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'educationByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      MATCH (p)-[r:STUDIED_AT]->(i:Institution)
      WITH r, i ORDER BY i.name, r.degree
      RETURN {institution: ${namedMap('i')}, degree: r.degree, field: r.field}
    } AS items`,
  params: { ids },
});

export const talksByPeople = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'talksByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      MATCH (p)-[:GAVE]->(t:Talk)
      WITH t ORDER BY coalesce(t.date, '') DESC, t.title
      RETURN ${talkMap('t')}
    } AS items`,
  params: { ids },
});

/**
 * Topics of each person, weighted: the sum of the topic scores of their papers, plus 1 for
 * a declared interest.
 */
export const topicsByPeople = (ids: readonly string[], limit: number): Statement<Record<string, unknown>> => ({
  name: 'topicsByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      CALL (p) {
        MATCH (p)-[:AUTHORED]->(:Paper)-[r:HAS_TOPIC]->(t:Topic) RETURN t, r.score AS score
        UNION ALL
        MATCH (p)-[:INTERESTED_IN]->(t:Topic) RETURN t, 1.0 AS score
      }
      WITH t, sum(score) AS weight ORDER BY weight DESC, t.name LIMIT $limit
      RETURN {topic: ${topicMap('t')}, weight: weight}
    } AS items`,
  params: { ids, limit: neo4j.int(limit) },
});
