/**
 * costLimit remembers each document's cost per operation and variables: a client repeating a
 * query skips the walk, and the same document with other variables is costed again.
 */
import { buildSchema, parse } from 'graphql';
import { costLimit } from '../../src/graphql/limits/cost-limit';

const schema = buildSchema(`
  type Person { name: String friends(first: Int = 10): [Person] }
  type Query { people(first: Int = 10): [Person] }
`);
const document = parse('query($n: Int!) { people(first: $n) { friends(first: $n) { name } } }');

function run(check: ReturnType<typeof costLimit>, n: number) {
  const contextValue: { operationCost?: number } = {};
  const outcome = () => check({ schema, document, request: { variables: { n } }, operationName: null, contextValue } as never);
  return { outcome, contextValue };
}

describe('costLimit', () => {
  it('costs the same document again for other variables, in either order', () => {
    const check = costLimit(1000);
    const small = run(check, 2);
    expect(small.outcome).not.toThrow();
    expect(small.contextValue.operationCost).toBe(1 + 2 * (1 + 2 * 1));
    expect(run(check, 100).outcome).toThrow(/query cost 10101 exceeds the limit of 1000/);
    // A remembered refusal does not refuse the small variables, and a remembered pass does not let the big ones through.
    const again = run(check, 2);
    expect(again.outcome).not.toThrow();
    expect(again.contextValue.operationCost).toBe(7);
    expect(run(check, 100).outcome).toThrow(/exceeds the limit/);
  });
});
