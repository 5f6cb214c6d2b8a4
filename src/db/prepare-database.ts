import type { Config } from '../config';
import type { Executor } from './executor';

/** Brings the database to the shape the API needs (constraints, indexes) and seeds it when empty. */
export async function prepareDatabase(_executor: Executor, _config: Config, _log: (line: string) => void): Promise<void> {
  // Filled in by the graph model: migrations, then the bio import on an empty database.
}
