import { Driver, EagerResult, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { mapDatabaseError } from '../errors';

/** Counts what a request cost the database; one per request, read by tests and benchmarks. */
export class QueryCounter {
  roundTrips = 0;
  readonly queries: string[] = [];

  record(cypher: string): void {
    this.roundTrips += 1;
    this.queries.push(cypher);
  }
}

/** Sessions each driver has open through Executors: every open session holds one pooled connection while its transaction runs. */
const openSessions = new WeakMap<Driver, number>();

/** Connections of `driver`'s pool that collabgraph's Executors hold right now (the /metrics pool gauge). */
export function sessionsInUse(driver: Driver): number {
  return openSessions.get(driver) ?? 0;
}

/** A named Cypher statement: the data-access layer's unit of work. */
export interface Statement<Params extends Record<string, unknown>> {
  /** Short name for logs and counters, e.g. "coauthors". */
  name: string;
  cypher: string;
  params: Params;
}

/** Runs one statement inside an open transaction. */
export type RunStatement = <Row extends RecordShape = RecordShape>(statement: Statement<Record<string, unknown>>) => Promise<Row[]>;

/** `app` in every transaction's metadata: tells collabgraph's transactions from others on a shared Neo4j. */
export const TRANSACTION_APP = 'collabgraph';

export interface ExecutorOptions {
  database: string;
  timeoutMs: number;
  /**
   * How long a transaction that lost a deadlock is tried again, on top of the driver's own retry
   * window (NEO4J_MAX_RETRY_MS, kept short so that an API request answers quickly). 0 for requests;
   * bulk writes set it with withDeadlockRetry.
   */
  deadlockRetryMs?: number;
}

/**
 * Conflicts between concurrent write transactions, after which Neo4j rolled one back and running
 * it again succeeds: a deadlock, a lock client stopped, and a read of data another transaction
 * changed meanwhile (`Outdated`: "The transaction read outdated data and cannot be recovered due
 * to concurrent data modification", which failed a 100k-paper import with two batches in flight).
 */
const WRITE_CONFLICT_CODES = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Outdated',
]);

/** Whether `error` is a conflict between concurrent write transactions (WRITE_CONFLICT_CODES). */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && WRITE_CONFLICT_CODES.has(code);
}

/**
 * The one class that opens driver sessions. Every query names its database, runs in a
 * managed read or write transaction with a timeout, is counted, and has its errors mapped
 * to typed AppErrors. Repositories call it; nothing else imports a session.
 */
export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
    private readonly counter?: QueryCounter,
  ) {}

  get database(): string {
    return this.options.database;
  }

  /** The same executor, counting into `counter` (one per request). */
  withCounter(counter: QueryCounter): Executor {
    return new Executor(this.driver, this.options, counter);
  }

  /**
   * The same executor, trying a transaction that lost a write conflict (isWriteConflict) again
   * for up to `ms` (with a growing, jittered pause): for bulk writes that keep several
   * transactions in flight, whose batches can run longer than the driver's short retry window.
   */
  withDeadlockRetry(ms: number): Executor {
    return new Executor(this.driver, { ...this.options, deadlockRetryMs: ms }, this.counter);
  }

  /** Runs a read statement and returns its rows as plain objects. */
  async read<Row extends RecordShape>(statement: Statement<Record<string, unknown>>): Promise<Row[]> {
    return this.run<Row>('READ', statement);
  }

  /** Runs a write statement and returns its rows as plain objects. */
  async write<Row extends RecordShape>(statement: Statement<Record<string, unknown>>): Promise<Row[]> {
    return this.run<Row>('WRITE', statement);
  }

  /**
   * Runs `work` in one write transaction named `name`: every statement it runs applies, or (when
   * it throws) none does. Used where a write must look at what it wrote before it commits.
   */
  async writeTransaction<T>(name: string, work: (run: RunStatement) => Promise<T>, timeoutMs = this.options.timeoutMs): Promise<T> {
    return this.transaction('WRITE', name, (tx) => work((statement) => this.runIn(tx, statement)), timeoutMs);
  }

  /** Runs several statements in one write transaction named `name`: all apply or none do. */
  async writeAll(name: string, statements: Statement<Record<string, unknown>>[], timeoutMs = this.options.timeoutMs): Promise<RecordShape[][]> {
    return this.writeTransaction(
      name,
      async (run) => {
        const results: RecordShape[][] = [];
        for (const statement of statements) results.push(await run(statement));
        return results;
      },
      timeoutMs,
    );
  }

  /**
   * One statement in its own managed transaction, through driver.executeQuery: the driver sends
   * BEGIN with the statement instead of waiting for BEGIN's answer first (as a session's
   * executeRead does), which saves a round trip to Neo4j per statement. No bookmarks are kept
   * between statements, as with a fresh session each.
   */
  private async run<Row extends RecordShape>(mode: 'READ' | 'WRITE', statement: Statement<Record<string, unknown>>): Promise<Row[]> {
    return this.withRetries(() => {
      this.counter?.record(statement.cypher);
      return this.holdingConnection(async () => {
        const { records } = await this.driver.executeQuery<EagerResult<Row>>(statement.cypher, statement.params, {
          database: this.options.database,
          routing: mode,
          bookmarkManager: null,
          transactionConfig: this.transactionConfig(statement.name, this.options.timeoutMs),
        });
        return records.map((record) => record.toObject());
      });
    });
  }

  private async runIn<Row extends RecordShape>(tx: ManagedTransaction, statement: Statement<Record<string, unknown>>): Promise<Row[]> {
    this.counter?.record(statement.cypher);
    const result = await tx.run<Row>(statement.cypher, statement.params);
    return result.records.map((record) => record.toObject());
  }

  /**
   * One managed transaction. Its metadata names the statement (or the operation, for several),
   * so `SHOW TRANSACTIONS` and Neo4j's query log say which part of collabgraph runs it.
   */
  private async transaction<T>(mode: 'READ' | 'WRITE', name: string, work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.options.timeoutMs): Promise<T> {
    return this.withRetries(() =>
      this.holdingConnection(async () => {
        const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
        try {
          const config = this.transactionConfig(name, timeoutMs);
          return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
        } finally {
          await session.close();
        }
      }),
    );
  }

  private transactionConfig(name: string, timeoutMs: number) {
    return { timeout: timeoutMs, metadata: { app: TRANSACTION_APP, statement: name } };
  }

  /**
   * Runs `attempt` (a managed transaction: the driver has retried transient errors within its
   * window), again while it loses write conflicts and deadlockRetryMs allows; maps the final error.
   */
  private async withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    const retryUntil = Date.now() + (this.options.deadlockRetryMs ?? 0);
    for (let attempts = 1; ; attempts += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (!isWriteConflict(error) || Date.now() >= retryUntil) throw mapDatabaseError(error);
        // Both losers of a deadlock would meet again if they came back at once: wait a random, growing while.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 100 * Math.min(attempts, 10)));
      }
    }
  }

  /** Counts `work` in sessionsInUse while it holds a pooled connection. */
  private async holdingConnection<T>(work: () => Promise<T>): Promise<T> {
    openSessions.set(this.driver, sessionsInUse(this.driver) + 1);
    try {
      return await work();
    } finally {
      openSessions.set(this.driver, sessionsInUse(this.driver) - 1);
    }
  }
}
