import { peopleByInstitutions, talksByInstitutions } from './cypher/institution.cypher';
import { INSTITUTIONS, nodesByIds } from './cypher/node.cypher';
import type { Page, PageRequest } from './page';
import { countSearchable, readSearchablePage } from './read-searchable';
import type { Executor } from './executor';
import { rowsById } from './rows-by-id';
import type { Institution } from '../model/institution.type';
import type { Person } from '../model/person.type';
import type { Talk } from '../model/talk.type';

/** Institutions, their people and the talks given there. */
export class InstitutionRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Institution>> {
    return rowsById(await this.executor.read(nodesByIds('Institution', ids)), 'node');
  }

  /** Institutions by name, or ranked by a full-text search over their names. */
  page(search: string | null | undefined, request: PageRequest): Promise<Page<Institution>> {
    return readSearchablePage<Institution>(this.executor, INSTITUTIONS, search, request);
  }

  count(search: string | null | undefined): Promise<number> {
    return countSearchable(this.executor, INSTITUTIONS, search);
  }

  async people(ids: readonly string[], limit: number): Promise<Map<string, Person[]>> {
    return rowsById(await this.executor.read(peopleByInstitutions(ids, limit)), 'items');
  }

  async talks(ids: readonly string[]): Promise<Map<string, Talk[]>> {
    return rowsById(await this.executor.read(talksByInstitutions(ids)), 'items');
  }
}
