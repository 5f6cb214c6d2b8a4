import { foldName } from '../graph/keys';
import { blockingKeys } from '../graph/identity/blocking-keys';
import { compareNames } from '../graph/identity/compare-names';
import { parsePersonName } from '../graph/identity/parse-person-name';
import { countSearchable, readSearchablePage } from './read-searchable';
import type { Executor, Statement } from './executor';
import { Page, PageRequest, toPage } from './page';
import { rowsById } from './rows-by-id';
import { toPlain } from './to-plain';
import type { Education } from '../model/education.type';
import type { Colleague } from '../model/colleague.type';
import { COLLABORATOR_ROLE } from './write/field-rules';
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

/** Pairs the identity step left for curation, most alike first. */
export const possibleDuplicatePairs = (limit: number): Statement<{ limit: unknown }> => ({
  name: 'possibleDuplicatePairs',
  cypher: `MATCH (a:Person)-[r:POSSIBLY_SAME]->(b:Person)
WITH a, r, b ORDER BY r.score DESC, a.id, b.id LIMIT $limit
RETURN ${personMap('a')} AS a, ${personMap('b')} AS b, r.score AS score, coalesce(r.evidence, []) AS evidence, coalesce(r.source, '') AS source`,
  params: { limit: neo4j.int(limit) },
});

/** How many people a name lookup lists when it is ambiguous. */
const NAME_CANDIDATES = 20;

/** People whose folded display name, else folded alias, is `key` (display names first). */
export const peopleByNameKey = (key: string): Statement<{ key: string; limit: unknown }> => ({
  name: 'peopleByNameKey',
  cypher: `
    CALL () {
      MATCH (p:Person {nameKey: $key}) RETURN p, 0 AS rank
      UNION
      MATCH (p:Person) WHERE $key IN p.aliasKeys RETURN p, 1 AS rank
    }
    WITH p, min(rank) AS rank ORDER BY rank, p.id LIMIT $limit
    RETURN ${personMap('p')} AS person`,
  params: { key, limit: neo4j.int(NAME_CANDIDATES) },
});

/** People sharing a blocking key with a name (the text index on blockText), with all their names. */
export const peopleByBlocks = (blocks: string[]): Statement<{ blocks: string[]; limit: unknown }> => ({
  name: 'peopleByBlocks',
  cypher: `
    UNWIND $blocks AS block MATCH (p:Person) WHERE p.blockText CONTAINS block
    WITH DISTINCT p ORDER BY p.id LIMIT $limit
    RETURN ${personMap('p')} AS person, [p.name] + coalesce(p.aliases, []) AS names`,
  params: { blocks, limit: neo4j.int(NAME_CANDIDATES * 5) },
});

/** The people ids retired by a merge now point to (mergePeople keeps them in retiredIdText). */
export const peopleByRetiredIds = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'peopleByRetiredIds',
  cypher: "UNWIND $ids AS id MATCH (n:Person) WHERE n.retiredIdText CONTAINS '<' + id + '>' RETURN id, " + personMap('n') + ' AS node',
  params: { ids },
});

const EXTERNAL_ID_PROPERTY = { orcid: 'orcid', openalex: 'openalexId' } as const;

/** A person by ORCID iD, OpenAlex id, or DBLP pid or numbered name (`dblp`: either). */
export const personByExternalId = (kind: 'orcid' | 'dblp' | 'openalex', value: string): Statement<{ value: string }> => ({
  name: `personBy${kind[0].toUpperCase()}${kind.slice(1)}`,
  cypher:
    kind === 'dblp'
      ? `CALL () { MATCH (p:Person {dblpPid: $value}) RETURN p UNION MATCH (p:Person {dblpName: $value}) RETURN p } RETURN ${personMap('p')} AS person LIMIT 1`
      : `MATCH (p:Person {${EXTERNAL_ID_PROPERTY[kind]}: $value}) RETURN ${personMap('p')} AS person`,
  params: { value },
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

/**
 * Who hosted each person (`in`) or whom each person hosted (`out`), newest first. Hosts only:
 * a HOSTED of role `collaborator` ("also worked with") is a colleague (colleaguesByPeople).
 */
export const hostingsByPeople = (direction: 'in' | 'out', ids: readonly string[]): Statement<{ ids: readonly string[]; collaborator: string }> => ({
  name: direction === 'in' ? 'hostsByPeople' : 'hostedByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      MATCH ${direction === 'in' ? '(host:Person)-[h:HOSTED]->(p)' : '(p)-[h:HOSTED]->(intern:Person)'}
      WHERE coalesce(h.role, '') <> $collaborator
      WITH ${direction === 'in' ? 'host, h, p AS intern' : 'p AS host, h, intern'}
      ORDER BY coalesce(h.start, '') DESC, host.name, intern.name
      RETURN ${hostingMap('host', 'h', 'intern')}
    } AS items`,
  params: { ids, collaborator: COLLABORATOR_ROLE },
});

/** The people each person "also worked with" at a position, either side of the HOSTED, newest first. */
export const colleaguesByPeople = (ids: readonly string[]): Statement<{ ids: readonly string[]; collaborator: string }> => ({
  name: 'colleaguesByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      MATCH (p)-[h:HOSTED]-(other:Person)
      WHERE h.role = $collaborator
      WITH h, other ORDER BY coalesce(h.start, '') DESC, other.name
      RETURN {person: ${personMap('other')}, start: h.start, end: h.end,
        institution: head(COLLECT { MATCH (i:Institution {id: h.institution}) RETURN ${namedMap('i')} })}
    } AS items`,
  params: { ids, collaborator: COLLABORATOR_ROLE },
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

  /** By id; an id retired by a merge answers the person it was merged into (a second read, only for ids not found). */
  async byIds(ids: readonly string[]): Promise<Map<string, Person>> {
    const found = rowsById<Person>(await this.executor.read(peopleByIds(ids)), 'node');
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) for (const [id, person] of rowsById<Person>(await this.executor.read(peopleByRetiredIds(missing)), 'node')) found.set(id, person);
    return found;
  }

  async possibleDuplicates(limit: number): Promise<Array<{ a: Person; b: Person; score: number; evidence: string[]; source: string }>> {
    return toPlain(await this.executor.read(possibleDuplicatePairs(limit)));
  }

  /** By ORCID iD, DBLP pid or numbered DBLP name, or OpenAlex author id. */
  async byExternalId(kind: 'orcid' | 'dblp' | 'openalex', value: string): Promise<Person | null> {
    const [row] = await this.executor.read(personByExternalId(kind, value));
    return row ? toPlain<Person>(row.person) : null;
  }

  /**
   * Everyone a name can denote: people whose display name or alias folds to the same key, else
   * (none) people whose name is compatible with it ("Ma, Kwan-Liu", "K.-L. Ma", "K. Ma" for
   * Kwan-Liu Ma; never a bare surname), most exact first. More than one answer means ambiguous.
   */
  async byName(name: string): Promise<Person[]> {
    const key = foldName(name);
    if (!key) return [];
    const exact = toPlain<Array<{ person: Person }>>(await this.executor.read(peopleByNameKey(key)));
    if (exact.length) return exact.map((row) => row.person);
    const parsed = parsePersonName(name);
    if (!parsed.family || parsed.given.length === 0) return [];
    const blocks = blockingKeys(parsed).map((block) => `<${block}>`);
    const candidates = toPlain<Array<{ person: Person; names: string[] }>>(await this.executor.read(peopleByBlocks(blocks)));
    return candidates
      .filter((candidate) => candidate.names.some((other) => ['exact', 'compatible'].includes(compareNames(parsed, parsePersonName(other)).kind)))
      .map((candidate) => candidate.person);
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

  /** The people each person also worked with at a position ("Also worked with:"), not hosts. */
  async colleagues(ids: readonly string[]): Promise<Map<string, Colleague[]>> {
    return rowsById(await this.executor.read(colleaguesByPeople(ids)), 'items');
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
