import { foldName } from '../graph/keys';
import { nodesByIds } from './cypher/node.cypher';
import type { Network } from '../model/network.type';
import { hierarchyByTopics, peopleByTopics, relatedByTopics, topicByName, topicNetworkEdges, topicNetworkPeople, TopicNetworkPeopleRow, TOPICS } from './cypher/topic.cypher';
import { countSearchable, readSearchablePage } from './read-searchable';
import type { Executor } from './executor';
import { Page, PageRequest } from './page';
import { rowsById } from './rows-by-id';
import { toPlain } from './to-plain';
import type { Person } from '../model/person.type';
import type { Topic } from '../model/topic.type';
import type { WeightedTopic } from '../model/weighted-topic.type';

/** Topics, their hierarchy and who works on them. */
export class TopicRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Topic>> {
    return rowsById(await this.executor.read(nodesByIds('Topic', ids)), 'node');
  }

  /** By folded name, else by a synonym. */
  async byName(name: string): Promise<Topic | null> {
    const key = foldName(name);
    if (!key) return null;
    const [row] = await this.executor.read(topicByName(key, name.trim().toLowerCase()));
    return row ? toPlain<Topic>(row.topic) : null;
  }

  page(search: string | null | undefined, request: PageRequest): Promise<Page<Topic>> {
    return readSearchablePage<Topic>(this.executor, TOPICS, search, request);
  }

  count(search: string | null | undefined): Promise<number> {
    return countSearchable(this.executor, TOPICS, search);
  }

  /** `out`: broader topics; `in`: narrower ones. */
  async hierarchy(direction: 'in' | 'out', ids: readonly string[]): Promise<Map<string, Topic[]>> {
    return rowsById(await this.executor.read(hierarchyByTopics(direction, ids)), 'items');
  }

  /** People publishing on each topic, most papers first. */
  async people(ids: readonly string[], limit: number): Promise<Map<string, Person[]>> {
    const rows = rowsById<Array<{ person: Person }>>(await this.executor.read(peopleByTopics(ids, limit)), 'items');
    return new Map([...rows].map(([id, items]) => [id, items.map((item) => item.person)]));
  }

  /** Topics co-occurring on papers; weight = papers carrying both. */
  async related(ids: readonly string[], limit: number): Promise<Map<string, WeightedTopic[]>> {
    return rowsById(await this.executor.read(relatedByTopics(ids, limit)), 'items');
  }

  /**
   * A topic's co-authorship network: the `limit` people with the most papers on it (node
   * weight), and the co-authorships among them on such papers (edge weight, at least
   * `minShared`). The first node is the most prolific person. Two round trips; null when the
   * topic does not exist.
   */
  async network(topicId: string, includeNarrower: boolean, minShared: number, limit: number): Promise<Network | null> {
    const [row] = toPlain<TopicNetworkPeopleRow[]>(await this.executor.read(topicNetworkPeople(topicId, includeNarrower, limit)));
    if (!row) return null;
    const ids = row.people.map((person) => person.id);
    const edges =
      ids.length > 1 ? toPlain<Array<{ source: string; target: string; weight: number }>>(await this.executor.read(topicNetworkEdges(ids, row.topicIds, minShared))) : [];
    return {
      nodes: row.people.map((person) => ({ id: person.id, label: person.name, kind: 'Person', weight: person.papers })),
      edges: edges.map((edge) => ({ ...edge, kind: 'COAUTHOR' as const })),
    };
  }
}
