/**
 * Every statement tells Neo4j its name: the executor sends it as transaction metadata, so an
 * operator's `SHOW TRANSACTIONS` (and the query log) says which part of collabgraph runs what.
 */
import { TRANSACTION_APP } from '../../../src/db/executor';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

describe('transaction metadata', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(() => db.close());

  /** Polls SHOW TRANSACTIONS (from a session of its own) until a collabgraph transaction shows up. */
  async function watchTransactions(until: Promise<unknown>): Promise<Array<Record<string, unknown>>> {
    const seen: Array<Record<string, unknown>> = [];
    let done = false;
    void until.finally(() => (done = true));
    while (!done) {
      const { records } = await db.driver.executeQuery('SHOW TRANSACTIONS YIELD metaData, currentQuery', {}, { database: db.config.neo4j.database });
      for (const record of records) {
        const metaData = record.get('metaData') as Record<string, unknown>;
        if (metaData?.app === TRANSACTION_APP) seen.push(metaData);
      }
      if (seen.length) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await until;
    return seen;
  }

  it('names a read and a write transaction after the statement or operation that runs in it', async () => {
    const slowRead = db.executor.read({ name: 'countToTenMillion', cypher: 'UNWIND range(1, 10000000) AS x RETURN count(x) AS n', params: {} });
    expect(await watchTransactions(slowRead)).toContainEqual({ app: TRANSACTION_APP, statement: 'countToTenMillion' });

    const slowWrite = db.executor.writeTransaction('slowWriteOperation', async (run) => {
      await run({ name: 'first', cypher: 'UNWIND range(1, 10000000) AS x RETURN count(x) AS n', params: {} });
    });
    expect(await watchTransactions(slowWrite)).toContainEqual({ app: TRANSACTION_APP, statement: 'slowWriteOperation' });
  });
});
