/**
 * A Driver that remembers every Cypher statement run through it, with its parameters.
 * Both GraphQL layers get one, so their round trips are counted the same way (a `run` is a
 * round trip) and each statement can be PROFILEd afterwards with the exact parameters.
 * Only `executeQuery`, `session()` and the transaction's `run` are wrapped; everything else goes
 * to the real driver untouched (bound to it, since the driver keeps private fields).
 */
import type { Driver, Session } from 'neo4j-driver';

export interface RecordedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

export interface RecordingDriver {
  driver: Driver;
  /** Statements since the last reset, in the order they were sent. */
  readonly statements: RecordedStatement[];
  reset(): void;
}

type Runner = { run: (cypher: string, params?: Record<string, unknown>, config?: unknown) => unknown };

export function recordingDriver(real: Driver): RecordingDriver {
  const statements: RecordedStatement[] = [];
  const record = <T extends object>(target: T): T =>
    passThrough(target, {
      run: (cypher: string, params: Record<string, unknown> = {}, config?: unknown) => {
        statements.push({ cypher, params });
        return (target as unknown as Runner).run(cypher, params, config);
      },
    });
  const wrapSession = (session: Session): Session =>
    passThrough(session, {
      run: record(session).run,
      executeRead: (work: (tx: unknown) => unknown, config?: unknown) => session.executeRead((tx) => work(record(tx)) as Promise<unknown>, config as never),
      executeWrite: (work: (tx: unknown) => unknown, config?: unknown) => session.executeWrite((tx) => work(record(tx)) as Promise<unknown>, config as never),
      beginTransaction: (config?: unknown) => record(session.beginTransaction(config as never)),
    });
  const driver = passThrough(real, {
    session: (config?: unknown) => wrapSession(real.session(config as never)),
    executeQuery: (cypher: string, params: Record<string, unknown> = {}, config?: unknown) => {
      statements.push({ cypher, params });
      return real.executeQuery(cypher, params, config as never);
    },
  });
  return { driver, statements, reset: () => void statements.splice(0, statements.length) };
}

/** A Proxy answering `overrides` itself and everything else from `target` (methods bound to it). */
function passThrough<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === 'string' && property in overrides) return overrides[property];
      const value = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
