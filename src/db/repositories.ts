import { Executor } from './executor';
import { SystemRepository } from './system.repository';

/** Every repository, bound to one executor (one set per request, so its queries are counted). */
export function createRepositories(executor: Executor) {
  return {
    system: new SystemRepository(executor),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
