/**
 * Which errors a bulk write runs again (Executor.withDeadlockRetry): the conflicts between two
 * write transactions in flight, after which Neo4j rolled one back. `Outdated` is the one a
 * relationship-chain walk raises when another transaction changed the chain under it
 * (RecordRelationshipTraversalCursor.outdatedRead in Neo4j 5.26); it failed a 100k-paper import.
 * tests/integration/foundation/deadlock-retry.test.ts drives real deadlocks.
 */
import { isWriteConflict } from '../../../src/db/executor';

describe('isWriteConflict', () => {
  it.each(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.LockClientStopped', 'Neo.TransientError.Transaction.Outdated'])(
    'runs %s again',
    (code) => expect(isWriteConflict({ code })).toBe(true),
  );

  it.each(['Neo.TransientError.General.DatabaseUnavailable', 'ServiceUnavailable', 'Neo.ClientError.Statement.SyntaxError', 'Neo.TransientError.Transaction.Terminated'])(
    'gives up on %s',
    (code) => expect(isWriteConflict({ code })).toBe(false),
  );

  it('gives up on errors without a code', () => {
    expect(isWriteConflict(new Error('boom'))).toBe(false);
    expect(isWriteConflict(null)).toBe(false);
  });
});
