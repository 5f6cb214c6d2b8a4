import { foldName } from '../graph/keys';
import { countSearchable, readSearchablePage } from './read-searchable';
import type { Executor, Statement } from './executor';
import { Page, PageRequest, toPage } from './page';
import { rowsById } from './rows-by-id';
import { toPlain } from './to-plain';
import type { Education } from '../model/education.type';
import type { Hosting } from '../model/hosting.type';
import type { Paper } from '../model/paper.type';
import type { Person } from '../model/person.type';
import type { Position } from '../model/position.type';
import type { Talk } from '../model/talk.type';
import type { WeightedTopic } from '../model/weighted-topic.type';
import type { SearchableLabel } from './cypher/searchable-page.cypher';
import neo4j from 'neo4j-driver';
import { hostingMap, namedMap, PAPER_ORDER, paperMap, personMap, talkMap, topicMap } from './cypher/projections';

/** People by id, in one round trip; ids that do not exist return no row. */
export const peopleByIds = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'peopleByIds',
  cypher: `UNWIND $ids AS id MATCH (n:Person {id: id}) RETURN id, ${personMap('n')} AS node`,
  params: { ids },
});

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

/** People and what hangs off them. Batch methods take many ids and answer in one round trip. */
export class PersonRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Person>> {
    return rowsById(await this.executor.read(peopleByIds(ids)), 'node');
  }

  /** By display name or alias, ignoring case, accents, dots and hyphens (foldName). */
  async byName(name: string): Promise<Person | null> {
    const key = foldName(name);
    if (!key) return null;
    const [row] = await this.executor.read(personByNameKey(key));
    return row ? toPlain<Person>(row.person) : null;
  }

  page(search: string | null | undefined, request: PageRequest): Promise<Page<Person>> {
    return readSearchablePage<Person>(this.executor, PEOPLE, search, request);
  }

  count(search: string | null | undefined): Promise<number> {
    return countSearchable(this.executor, PEOPLE, search);
  }

  async papers(ids: readonly string[], request: PageRequest): Promise<Map<string, Page<Paper>>> {
    const rows = rowsById<Paper[]>(await this.executor.read(papersByPeople(ids, request.offset, request.limit + 1)), 'items');
    return new Map([...rows].map(([id, items]) => [id, toPage(items, request.limit)]));
  }

  async paperCounts(ids: readonly string[]): Promise<Map<string, number>> {
    return rowsById(await this.executor.read(countPapersByPeople(ids)), 'total');
  }

  /** `in`: who hosted each person; `out`: whom each person hosted. */
  async hostings(direction: 'in' | 'out', ids: readonly string[]): Promise<Map<string, Hosting[]>> {
    return rowsById(await this.executor.read(hostingsByPeople(direction, ids)), 'items');
  }

  async positions(ids: readonly string[]): Promise<Map<string, Position[]>> {
    return rowsById(await this.executor.read(positionsByPeople(ids)), 'items');
  }

  async education(ids: readonly string[]): Promise<Map<string, Education[]>> {
    return rowsById(await this.executor.read(educationByPeople(ids)), 'items');
  }

  async talks(ids: readonly string[]): Promise<Map<string, Talk[]>> {
    return rowsById(await this.executor.read(talksByPeople(ids)), 'items');
  }

  async topics(ids: readonly string[], limit: number): Promise<Map<string, WeightedTopic[]>> {
    return rowsById(await this.executor.read(topicsByPeople(ids, limit)), 'items');
  }
}
