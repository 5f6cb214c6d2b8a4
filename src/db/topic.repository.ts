import { foldName } from '../graph/keys';
import { nodesByIds } from './cypher/node.cypher';
import type { PersonRow, TopicRow } from './cypher/projections';
import { hierarchyByTopics, peopleByTopics, relatedByTopics, topicByName, TOPICS } from './cypher/topic.cypher';
import { countSearchable, readSearchablePage } from './read-searchable';
import type { Executor } from './executor';
import { Page, PageRequest } from './page';
import type { WeightedTopicRow } from './person.repository';
import { rowsById } from './rows-by-id';
import { toPlain } from './to-plain';

/** Topics, their hierarchy and who works on them. */
export class TopicRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, TopicRow>> {
    return rowsById(await this.executor.read(nodesByIds('Topic', ids)), 'node');
  }

  /** By folded name, else by a synonym. */
  async byName(name: string): Promise<TopicRow | null> {
    const key = foldName(name);
    if (!key) return null;
    const [row] = await this.executor.read(topicByName(key, name.trim().toLowerCase()));
    return row ? toPlain<TopicRow>(row.topic) : null;
  }

  page(search: string | null | undefined, request: PageRequest): Promise<Page<TopicRow>> {
    return readSearchablePage<TopicRow>(this.executor, TOPICS, search, request);
  }

  count(search: string | null | undefined): Promise<number> {
    return countSearchable(this.executor, TOPICS, search);
  }

  /** `out`: broader topics; `in`: narrower ones. */
  async hierarchy(direction: 'in' | 'out', ids: readonly string[]): Promise<Map<string, TopicRow[]>> {
    return rowsById(await this.executor.read(hierarchyByTopics(direction, ids)), 'items');
  }

  /** People publishing on each topic, most papers first. */
  async people(ids: readonly string[], limit: number): Promise<Map<string, PersonRow[]>> {
    const rows = rowsById<Array<{ person: PersonRow }>>(await this.executor.read(peopleByTopics(ids, limit)), 'items');
    return new Map([...rows].map(([id, items]) => [id, items.map((item) => item.person)]));
  }

  /** Topics co-occurring on papers; weight = papers carrying both. */
  async related(ids: readonly string[], limit: number): Promise<Map<string, WeightedTopicRow[]>> {
    return rowsById(await this.executor.read(relatedByTopics(ids, limit)), 'items');
  }
}
