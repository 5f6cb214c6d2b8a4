import { nodesByIds } from './cypher/node.cypher';
import type { Executor } from './executor';
import { rowsById } from './rows-by-id';
import type { Institution } from '../model/institution.type';

/** Venues by id (their papers are served by PaperRepository.byOwners). */
export class VenueRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Institution>> {
    return rowsById(await this.executor.read(nodesByIds('Venue', ids)), 'node');
  }
}
