import { AppError } from '../../../src/errors';
import { createDriver } from '../../../src/db/create-driver';
import { Executor } from '../../../src/db/executor';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

const TIMEOUT_MS = 500;
const MARKER = 'collabgraph-timeout-probe';

/** A traversal over the transaction timeout: QUERY_TIMEOUT in time, and no transaction left behind. */
describe('a query over the transaction timeout', () => {
  let db: TestDatabase;
  let executor: Executor;
  let driver: ReturnType<typeof createDriver>;

  beforeAll(async () => {
    db = await connectTestDatabase({ NEO4J_QUERY_TIMEOUT_MS: String(TIMEOUT_MS) });
    driver = db.driver;
    executor = new Executor(driver, { database: db.config.neo4j.database, timeoutMs: db.config.neo4j.queryTimeoutMs });
  });
  afterAll(() => db?.close());

  const runningProbes = async () => {
    const result = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS "SHOW TRANSACTIONS" RETURN transactionId',
      { marker: MARKER },
      { database: db.config.neo4j.database },
    );
    return result.records.map((record) => record.get('transactionId') as string);
  };

  it('fails with QUERY_TIMEOUT within the timeout plus a margin, and the transaction is gone', async () => {
    const started = Date.now();
    // Test-only statement: a 10^12-row cartesian product that would run for hours.
    const error = await executor
      .read({
        name: 'timeoutProbe',
        cypher: `/* ${MARKER} */ UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n`,
        params: {},
      })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('QUERY_TIMEOUT');
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 2500);

    let left = await runningProbes();
    for (let attempt = 0; attempt < 20 && left.length; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = await runningProbes();
    }
    expect(left).toEqual([]);
  });

  it('the executor keeps working afterwards', async () => {
    expect(await executor.read<{ one: unknown }>({ name: 'one', cypher: 'RETURN 1 AS one', params: {} })).toHaveLength(1);
  });
});
