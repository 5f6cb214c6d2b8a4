import { FieldNode, Kind, parse, SelectionSetNode } from 'graphql';

/**
 * The nesting depth of a query: the most object fields (fields with a selection) on one
 * path from the root, the root field included. `papers { edges { node { authors { person
 * { name } } } } }` is 5. The round-trip target is this depth plus one.
 */
export function nestingDepth(query: string): number {
  const document = parse(query);
  const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = selection as FieldNode;
        if (field.selectionSet) deepest = Math.max(deepest, 1 + depthOf(field.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      }
    }
    return deepest;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) depth = Math.max(depth, depthOf(definition.selectionSet));
  }
  return depth;
}
