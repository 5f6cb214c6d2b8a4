import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { selectedFields, selectsAny } from '../../../src/graphql/common/selection';

/** The info a resolver of the operation's first root field would get. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectedFields', () => {
  it('lists the fields at a path, by name (not alias)', () => {
    const info = infoOf('{ coauthors(personId: "x") { total: totalCount edges { count: sharedPaperCount node { id } } } }');
    expect([...selectedFields(info)].sort()).toEqual(['edges', 'totalCount']);
    expect([...selectedFields(info, ['edges'])].sort()).toEqual(['node', 'sharedPaperCount']);
    expect(selectsAny(info, ['edges'], ['papers', 'firstYear'])).toBe(false);
  });

  it('looks through inline and named fragments, nested ones too', () => {
    const info = infoOf(`{ coauthors(personId: "x") { ...Page } }
      fragment Page on CoauthorConnection { edges { ... on CoauthorEdge { node { id } } ...Years } }
      fragment Years on CoauthorEdge { ... { lastYear } }`);
    expect([...selectedFields(info, ['edges'])].sort()).toEqual(['lastYear', 'node']);
    expect(selectsAny(info, ['edges'], ['papers', 'firstYear', 'lastYear'])).toBe(true);
  });

  it('merges the field when it is selected more than once, and counts fields under @skip/@include as selected', () => {
    const info = infoOf('query($no: Boolean!) { papers { edges { node { id } } edges { node { authors @include(if: $no) { position } } } } }');
    expect([...selectedFields(info, ['edges', 'node'])].sort()).toEqual(['authors', 'id']);
  });

  it('answers nothing below a path that is not selected', () => {
    expect(selectedFields(infoOf('{ papers { totalCount } }'), ['edges', 'node']).size).toBe(0);
  });
});
