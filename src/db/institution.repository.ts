import { peopleByInstitutions, talksByInstitutions } from './cypher/institution.cypher';
import { nodesByIds } from './cypher/node.cypher';
import type { NamedRow, PersonRow, TalkRow } from './cypher/projections';
import type { Executor } from './executor';
import { rowsById } from './rows-by-id';

/** Institutions, their people and the talks given there. */
export class InstitutionRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, NamedRow>> {
    return rowsById(await this.executor.read(nodesByIds('Institution', ids)), 'node');
  }

  async people(ids: readonly string[], limit: number): Promise<Map<string, PersonRow[]>> {
    return rowsById(await this.executor.read(peopleByInstitutions(ids, limit)), 'items');
  }

  async talks(ids: readonly string[]): Promise<Map<string, TalkRow[]>> {
    return rowsById(await this.executor.read(talksByInstitutions(ids)), 'items');
  }
}
