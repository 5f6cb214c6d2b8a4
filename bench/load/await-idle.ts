import type { Driver } from 'neo4j-driver';

/**
 * Waits until Neo4j runs no transaction but this check's own. A load generator stops at
 * its deadline while requests are still in flight; their queries keep running on the
 * server, and without this wait they would slow down the next measurement.
 */
export async function awaitIdle(driver: Driver, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS running', {}, { database: 'system' });
    if (Number(records[0].get('running')) <= 1) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
