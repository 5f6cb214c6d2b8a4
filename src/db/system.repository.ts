import { Executor } from './executor';
import { ComponentRow, dbmsComponents, ping } from './cypher/system.cypher';

export interface DatabaseInfo {
  version: string;
  edition: string;
  database: string;
}

/** Version and reachability of the database. */
export class SystemRepository {
  constructor(private readonly executor: Executor) {}

  async info(): Promise<DatabaseInfo> {
    const rows = await this.executor.read<ComponentRow>(dbmsComponents());
    const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
    return { version: kernel?.versions[0] ?? 'unknown', edition: kernel?.edition ?? 'unknown', database: this.executor.database };
  }

  async ping(): Promise<void> {
    await this.executor.read(ping());
  }
}
