import { ASTVisitor, FragmentDefinitionNode, Kind, SelectionSetNode, ValidationContext } from 'graphql';

/**
 * Folds a value over a selection set, expanding fragments once each: a fragment's value is
 * memoised, so fragment fan-out cannot blow up, and a fragment met again on its own path
 * (a cycle; graphql-js reports it separately) counts as nothing.
 */
export function foldSelections(
  context: ValidationContext,
  combine: (field: { name: string; args: Record<string, unknown> }, childValue: number) => number,
  sum: (values: number[]) => number,
): (set: SelectionSetNode) => number {
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();
  const variables = new Map<string, unknown>();

  const fragmentValue = (fragment: FragmentDefinitionNode): number => {
    const name = fragment.name.value;
    if (memo.has(name)) return memo.get(name)!;
    if (inProgress.has(name)) return 0;
    inProgress.add(name);
    const value = walk(fragment.selectionSet);
    inProgress.delete(name);
    memo.set(name, value);
    return value;
  };

  const walk = (set: SelectionSetNode): number =>
    sum(
      set.selections.map((selection) => {
        switch (selection.kind) {
          case Kind.FIELD: {
            const args: Record<string, unknown> = {};
            for (const argument of selection.arguments ?? []) {
              if (argument.value.kind === Kind.INT) args[argument.name.value] = Number(argument.value.value);
              else if (argument.value.kind === Kind.VARIABLE) args[argument.name.value] = variables.get(argument.value.name.value);
            }
            return combine({ name: selection.name.value, args }, selection.selectionSet ? walk(selection.selectionSet) : 0);
          }
          case Kind.INLINE_FRAGMENT:
            return walk(selection.selectionSet);
          case Kind.FRAGMENT_SPREAD: {
            const fragment = context.getFragment(selection.name.value);
            return fragment ? fragmentValue(fragment) : 0;
          }
        }
      }),
    );
  return walk;
}

/** A validation rule that checks each operation's folded value against a limit. */
export function operationRule(check: (context: ValidationContext, set: SelectionSetNode) => void) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      check(context, node.selectionSet);
    },
  });
}
