import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The names of the fields the client selected at `path` below the field being resolved
 * (`['edges']` for the fields of a connection's edges), through aliases, inline fragments
 * and named fragments. Lets a resolver skip work nobody asked for.
 *
 * Conservative on purpose: a field under `@skip` or `@include` counts as selected, and so
 * does a field inside a fragment on any type. Fetching too much is only slower; fetching
 * too little would answer wrongly.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(info, sets).flatMap((field) => (field.name.value === name && field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(info, sets).map((field) => field.name.value));
}

/** True when any of `names` is selected at `path`. */
export function selectsAny(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[], names: readonly string[]): boolean {
  const selected = selectedFields(info, path);
  return names.some((name) => selected.has(name));
}

/** The field nodes of selection sets, fragments expanded (each named fragment once: validation has already refused cycles). */
function fieldsOf(info: Pick<GraphQLResolveInfo, 'fragments'>, sets: readonly SelectionSetNode[]) {
  const fields = [];
  const seen = new Set<string>();
  const pending = [...sets];
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}
