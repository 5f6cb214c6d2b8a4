/**
 * Every public Query field is warmed at start-up: a field added to the schema without a
 * warm-up operation (src/startup/warm-query-plans.ts) fails here, before its first caller pays
 * the plan compilation.
 */
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../../../src/schema';
import { WARM_UP_OPERATIONS, WARM_UP_SAMPLE } from '../../../src/startup/warm-query-plans';

const documents = [WARM_UP_SAMPLE, ...WARM_UP_OPERATIONS.map((operation) => operation.query)];

/** The root fields an operation document selects. */
function rootFields(query: string): string[] {
  return parse(query)
    .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .flatMap((operation) => operation.selectionSet.selections)
    .flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
}

describe('start-up warm-up', () => {
  it('has an operation for every Query field of the schema', async () => {
    const schema = await buildAppSchema();
    const warmed = new Set(documents.flatMap(rootFields));
    const fields = Object.keys(schema.getQueryType()!.getFields()).sort();
    expect(fields.length).toBeGreaterThan(10);
    expect(fields.filter((field) => !warmed.has(field))).toEqual([]);
  });

  it('sends only valid read-only queries', async () => {
    const schema = await buildAppSchema();
    for (const query of documents) {
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
      const kinds = parse(query).definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.operation] : []));
      expect(kinds).toEqual(['query']);
    }
  });
});
