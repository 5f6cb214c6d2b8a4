/**
 * Bulk writes keep two transactions in flight; when they deadlock, Neo4j rolls one back. The
 * driver runs the loser again, but after its first retry only within NEO4J_MAX_RETRY_MS (2 s:
 * short, so that API requests answer quickly), and an import's batches can meet again and again
 * over longer than that. Executor.withDeadlockRetry keeps running the loser.
 *
 * Here each of a transaction's first three attempts loses a real deadlock to a rival transaction
 * begun before it: the attempt locks node a, the rival locks b and asks for a, the attempt asks for
 * b. Neo4j resolves a deadlock by rolling back the younger transaction: the attempt.
 */
import type { Executor } from '../../../src/db/executor';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

const LOSING_ATTEMPTS = 3;

describe('deadlocks between bulk writes', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await connectTestDatabase();
    expect(db.config.neo4j.maxRetryTimeMs).toBeLessThanOrEqual(2_000);
  });
  beforeEach(async () => {
    await db.clear();
    await db.executor.write({ name: 'makeLockTargets', cypher: "CREATE (:LockTarget {key: 'a', writes: 0}), (:LockTarget {key: 'b', writes: 0})", params: {} });
  });
  afterAll(async () => {
    await db.clear();
    await db.close();
  });

  const LOCK = 'MATCH (t:LockTarget {key: $key}) SET t.writes = t.writes + 1 RETURN t.writes AS writes';

  /** Resolves with `resolve` callable from outside. */
  function signal(): { promise: Promise<void>; resolve: () => void } {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  }

  /**
   * A rival transaction begun now (older than every attempt after it): says it `began`, then once
   * `attemptHoldsA`, it takes b, says so, and waits for a, which it gets when the attempt rolls back.
   */
  async function rival(began: () => void, attemptHoldsA: Promise<void>, holdsB: () => void): Promise<void> {
    const session = db.driver.session({ database: db.config.neo4j.database });
    try {
      const tx = session.beginTransaction();
      await tx.run('RETURN 1');
      began();
      await attemptHoldsA;
      await tx.run(LOCK, { key: 'b' });
      holdsB();
      await tx.run(LOCK, { key: 'a' });
      await tx.commit();
    } finally {
      await session.close();
    }
  }

  /** Writes a then b with `executor`; its first LOSING_ATTEMPTS attempts deadlock. Returns how many attempts it took, and the error. */
  async function writeBothWith(executor: Executor): Promise<{ attempts: number; error?: unknown }> {
    const rounds = Array.from({ length: LOSING_ATTEMPTS }, () => ({ rivalBegan: signal(), attemptHoldsA: signal(), rivalHoldsB: signal() }));
    const rivals = rounds.map((round) => rival(round.rivalBegan.resolve, round.attemptHoldsA.promise, round.rivalHoldsB.resolve));
    // Every rival's transaction is under way before the first attempt begins, so that each attempt
    // is the younger of the two (CI once began an attempt before the third rival, and the rival lost).
    await Promise.all(rounds.map((round) => round.rivalBegan.promise));
    let attempts = 0;
    try {
      await executor.writeTransaction('lockBoth', async (run) => {
        const round = rounds[attempts];
        attempts += 1;
        await run({ name: 'lockA', cypher: LOCK, params: { key: 'a' } });
        if (round) {
          round.attemptHoldsA.resolve();
          await round.rivalHoldsB.promise;
          // Time for the rival to queue for a.
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        await run({ name: 'lockB', cypher: LOCK, params: { key: 'b' } });
      });
      return { attempts };
    } catch (error) {
      return { attempts, error };
    } finally {
      // Rivals whose round never came (the writer gave up first) are let go: they take b, then a.
      for (const round of rounds) round.attemptHoldsA.resolve();
      await Promise.all(rivals);
    }
  }

  const writes = async () =>
    (
      await db.executor.read<{ key: string; writes: number }>({
        name: 'readLockTargets',
        cypher: 'MATCH (t:LockTarget) RETURN t.key AS key, t.writes AS writes ORDER BY key',
        params: {},
      })
    ).map((row) => [row.key, Number(row.writes)]);

  it("gives up with the API's executor once deadlocks outlast the driver's retry window", async () => {
    const { attempts, error } = await writeBothWith(db.executor);
    expect(error).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(attempts).toBe(LOSING_ATTEMPTS);
    // Every attempt was rolled back whole: only the rivals' writes remain.
    expect(await writes()).toEqual([
      ['a', LOSING_ATTEMPTS],
      ['b', LOSING_ATTEMPTS],
    ]);
  });

  it('runs the loser again with withDeadlockRetry until it commits', async () => {
    const { attempts, error } = await writeBothWith(db.executor.withDeadlockRetry(30_000));
    expect(error).toBeUndefined();
    expect(attempts).toBe(LOSING_ATTEMPTS + 1);
    expect(await writes()).toEqual([
      ['a', LOSING_ATTEMPTS + 1],
      ['b', LOSING_ATTEMPTS + 1],
    ]);
  });
});
