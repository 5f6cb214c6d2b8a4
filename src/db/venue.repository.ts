import { nodesByIds, VENUES } from './cypher/node.cypher';
import type { Executor } from './executor';
import type { Page, PageRequest } from './page';
import { countSearchable, readSearchablePage } from './read-searchable';
import { rowsById } from './rows-by-id';
import type { Venue } from '../model/venue.type';

/** Venues by id, and the list of venues (their papers are served by PaperRepository.byOwners). */
export class VenueRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Venue>> {
    return rowsById(await this.executor.read(nodesByIds('Venue', ids)), 'node');
  }

  /** Venues by name, or ranked by a full-text search over their names. */
  page(search: string | null | undefined, request: PageRequest): Promise<Page<Venue>> {
    return readSearchablePage<Venue>(this.executor, VENUES, search, request);
  }

  count(search: string | null | undefined): Promise<number> {
    return countSearchable(this.executor, VENUES, search);
  }
}
