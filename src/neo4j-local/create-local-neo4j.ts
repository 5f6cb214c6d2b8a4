import type { Config } from '../config';
import { LocalNeo4j } from './local-neo4j';

/** The local Neo4j as the configuration describes it. */
export function createLocalNeo4j(config: Config, log?: (line: string) => void): LocalNeo4j {
  return new LocalNeo4j({
    rootDir: config.rootDir,
    dataDir: config.localNeo4j.dataDir,
    port: config.localNeo4j.port,
    password: config.neo4j.password,
    heap: config.localNeo4j.heap,
    pageCache: config.localNeo4j.pageCache,
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
    log,
  });
}
