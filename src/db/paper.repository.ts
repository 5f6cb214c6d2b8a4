import { nodesByIds } from './cypher/node.cypher';
import {
  authorshipsByPapers,
  citationsByPapers,
  countPapers,
  countPapersByOwners,
  PageInclude,
  PaperFilter,
  papersByOwners,
  papersPage,
  topicsByPapers,
  venuesByPapers,
} from './cypher/paper.cypher';
import type { Executor } from './executor';
import { Page, PageRequest, toPage } from './page';
import { rowsById } from './rows-by-id';
import { searchQuery } from './search-text';
import { toPlain } from './to-plain';
import type { Authorship } from '../model/authorship.type';
import type { Institution } from '../model/institution.type';
import type { Paper } from '../model/paper.type';
import type { WeightedTopic } from '../model/weighted-topic.type';
import type { PaperProvenance } from '../model/provenance.type';
import type { Statement } from './executor';

/** The sources of each paper and of each of its authorships, and the values sources disagree on. */
export const provenanceOfPapers = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'provenanceOfPapers',
  cypher: `UNWIND $ids AS id MATCH (x:Paper {id: id})
RETURN id, coalesce(x.sources, []) AS sources, coalesce(x.conflicts, []) AS conflicts,
  COLLECT { MATCH (person)-[a:AUTHORED]->(x) RETURN {person: person.id, sources: coalesce(a.sources, [])} AS authorship } AS authorships`,
  params: { ids },
});

/** A paper of a page, with its authors and topics when they were read with it. */
export interface PaperPageItem {
  paper: Paper;
  authors: Authorship[] | null;
  topics: WeightedTopic[] | null;
}

/** What papers(...) filters on, as the client gave it. */
export interface PaperQuery {
  search?: string | null;
  topicId?: string | null;
  venueId?: string | null;
  year?: number | null;
}

/** Papers and what hangs off them. Batch methods take many ids and answer in one round trip. */
export class PaperRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Paper>> {
    return rowsById(await this.executor.read(nodesByIds('Paper', ids)), 'node');
  }

  /**
   * A page of papers; with `include`, each paper's authors and topics are read in the same
   * statement (`authors` / `topics` of an item are null when not asked for).
   */
  async page(query: PaperQuery, request: PageRequest, include: PageInclude = { authors: false, topics: false }): Promise<Page<PaperPageItem>> {
    const filter = toFilter(query);
    if (!filter) return { items: [], hasNextPage: false };
    const rows = await this.executor.read(papersPage(filter, request.offset, request.limit + 1, include));
    return toPage(
      rows.map((row) => ({ paper: toPlain<Paper>(row.item), authors: toPlain<Authorship[] | null>(row.authors), topics: toPlain<WeightedTopic[] | null>(row.topics) })),
      request.limit,
    );
  }

  async count(query: PaperQuery): Promise<number> {
    const filter = toFilter(query);
    if (!filter) return 0;
    const [row] = await this.executor.read(countPapers(filter));
    return toPlain<number>(row.total);
  }

  async authorships(ids: readonly string[]): Promise<Map<string, Authorship[]>> {
    return rowsById(await this.executor.read(authorshipsByPapers(ids)), 'items');
  }

  /** Sources and conflicting values of each paper and its authorships (read only when a client asks for them). */
  async provenance(ids: readonly string[]): Promise<Map<string, PaperProvenance>> {
    const rows = await this.executor.read<{ id: string; sources: string[]; conflicts: string[]; authorships: Array<{ person: string; sources: string[] }> }>(
      provenanceOfPapers(ids),
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          sources: [...row.sources].sort(),
          conflicts: row.conflicts,
          authorships: Object.fromEntries(row.authorships.map((authorship) => [authorship.person, [...authorship.sources].sort()])),
        },
      ]),
    );
  }

  async topics(ids: readonly string[]): Promise<Map<string, WeightedTopic[]>> {
    return rowsById(await this.executor.read(topicsByPapers(ids)), 'items');
  }

  async venues(ids: readonly string[]): Promise<Map<string, Institution>> {
    return rowsById(await this.executor.read(venuesByPapers(ids)), 'node');
  }

  /** `out`: the papers each paper cites; `in`: the papers citing it. */
  async citations(direction: 'in' | 'out', ids: readonly string[]): Promise<Map<string, Paper[]>> {
    return rowsById(await this.executor.read(citationsByPapers(direction, ids)), 'items');
  }

  /** Papers of each venue or topic, one page each. */
  async byOwners(owner: 'Venue' | 'Topic', ids: readonly string[], request: PageRequest): Promise<Map<string, Page<Paper>>> {
    const rows = rowsById<Paper[]>(await this.executor.read(papersByOwners(owner, ids, request.offset, request.limit + 1)), 'items');
    return new Map([...rows].map(([id, items]) => [id, toPage(items, request.limit)]));
  }

  async countByOwners(owner: 'Venue' | 'Topic', ids: readonly string[]): Promise<Map<string, number>> {
    return rowsById(await this.executor.read(countPapersByOwners(owner, ids)), 'total');
  }
}

/** null when the search text has nothing searchable: the answer is empty without asking. */
function toFilter(query: PaperQuery): PaperFilter | null {
  const lucene = searchQuery(query.search);
  if (lucene === null) return null;
  return { lucene: lucene ?? null, topicId: query.topicId ?? null, venueId: query.venueId ?? null, year: query.year ?? null };
}
