/**
 * The real Neo4j the integration tests use (started by tests/global-setup.ts, or NEO4J_URI).
 * Nothing here mocks the database.
 */
import type { Driver } from 'neo4j-driver';
import { Config, loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/create-driver';
import { Executor } from '../../src/db/executor';

export interface TestDatabase {
  config: Config;
  driver: Driver;
  executor: Executor;
  /** Deletes every node and relationship (constraints and indexes stay). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** The test configuration: the test Neo4j, quiet, no seeding, a write key "test-key". */
export function testConfig(overrides: Record<string, string> = {}): Config {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set: integration tests need the global setup (run them with jest, not alone)');
  // The per-client rate limit is off: tests fire many requests from one address (it has its own test).
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    SEED_ON_START: 'false',
    API_KEYS: 'test-key',
    PORT: '0',
    RATE_LIMIT_EXPENSIVE_PER_MINUTE: '0',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export async function connectTestDatabase(overrides: Record<string, string> = {}): Promise<TestDatabase> {
  const config = testConfig(overrides);
  const driver = createDriver(config.neo4j, config.neo4j.uri!);
  const executor = new Executor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs });
  return {
    config,
    driver,
    executor,
    clear: async () => {
      // An auto-commit session: CALL { } IN TRANSACTIONS cannot run inside a managed transaction.
      const session = driver.session({ database: config.neo4j.database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}
