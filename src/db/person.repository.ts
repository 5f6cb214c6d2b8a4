import { foldName } from '../graph/keys';
import { countSearchable, readSearchablePage } from './read-searchable';
import { nodesByIds } from './cypher/node.cypher';
import {
  countPapersByPeople,
  educationByPeople,
  hostingsByPeople,
  papersByPeople,
  PEOPLE,
  personByNameKey,
  positionsByPeople,
  talksByPeople,
  topicsByPeople,
} from './cypher/person.cypher';
import type { Executor } from './executor';
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

/** People and what hangs off them. Batch methods take many ids and answer in one round trip. */
export class PersonRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Person>> {
    return rowsById(await this.executor.read(nodesByIds('Person', ids)), 'node');
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
