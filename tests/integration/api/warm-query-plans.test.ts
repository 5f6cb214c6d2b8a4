import { EXPLORER_OPERATIONS } from '../../../src/web/explorer-operations';
import { warmQueryPlans } from '../../../src/startup/warm-query-plans';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => fx?.close());

describe('warmQueryPlans', () => {
  it("sends every explorer operation once, and the API answers each without an error (the explorer's documents match the schema)", async () => {
    const result = await warmQueryPlans(fx.api.url);
    // The id sample, then search, topics, network, person, 3 paths, topic network, topic, its descendants, paper.
    expect(result).toMatchObject({ operations: 12, failed: 0 });
    // Venue and institution panels are the only explorer operations not warmed (rare, and cheap).
    expect(
      Object.keys(EXPLORER_OPERATIONS)
        .filter((name) => !result.sent.includes(name as keyof typeof EXPLORER_OPERATIONS))
        .sort(),
    ).toEqual(['institution', 'venue']);
  });

  it('warms only what needs no id on an empty graph, and counts a server that is gone as failures', async () => {
    await fx.db.clear();
    await expect(warmQueryPlans(fx.api.url)).resolves.toMatchObject({ operations: 3, failed: 0 });
    await expect(warmQueryPlans('http://127.0.0.1:9')).resolves.toMatchObject({ operations: 3, failed: 3 });
  });
});
