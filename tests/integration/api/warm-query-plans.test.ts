import { WARM_UP_OPERATIONS, warmQueryPlans } from '../../../src/startup/warm-query-plans';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';

let fx: FixtureApi;
beforeAll(async () => {
  fx = await startFixtureApi();
});
afterAll(async () => fx?.close());

describe('warmQueryPlans', () => {
  it('sends every warm-up operation once (the explorer panels and the rest of the API), and the API answers each without an error', async () => {
    const result = await warmQueryPlans(fx.api.url);
    // The id sample, then every operation: the fixture has a person, a topic, a paper, a venue and an institution.
    expect(result).toMatchObject({ operations: 1 + WARM_UP_OPERATIONS.length, failed: 0 });
    expect([...result.sent].sort()).toEqual([...new Set(WARM_UP_OPERATIONS.map((operation) => operation.name))].sort());
  });

  it('warms only what needs no id on an empty graph, and counts a server that is gone as failures', async () => {
    await fx.db.clear();
    // The id sample, search, topics, system, the lists, the filtered papers and the person look-ups.
    await expect(warmQueryPlans(fx.api.url)).resolves.toMatchObject({ operations: 8, failed: 0 });
    await expect(warmQueryPlans('http://127.0.0.1:9')).resolves.toMatchObject({ operations: 8, failed: 8 });
  });
});
