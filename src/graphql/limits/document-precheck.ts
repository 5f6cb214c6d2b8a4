import { FieldNode, Kind, parse, SelectionSetNode, visit } from 'graphql';

export interface PrecheckLimits {
  /** Most aliases in one document (config.graphql.maxAliases). */
  maxAliases: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  /** Most times one response name may appear directly in one selection set. */
  maxRepeats: number;
}

/** Defaults for what config does not set: generous for real queries, far below what hurts. */
export const PRECHECK_DEFAULTS = { maxTokens: 10_000, maxRepeats: 20 } as const;

/**
 * Refuses, before graphql-js validation runs, the shapes whose validation alone is
 * expensive: alias floods and one field repeated hundreds of times make
 * OverlappingFieldsCanBeMerged quadratic (400 copies of `people { totalCount }` cost
 * ~0.6 s of CPU to validate). Returns why the document is refused, or undefined when it may
 * go on (including when it does not parse: Apollo reports syntax errors itself).
 */
export function precheckDocument(query: string, limits: PrecheckLimits): string | undefined {
  let document;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return /Document contains more tha[nt] \d+ tokens/.test(message) ? `the document has more than ${limits.maxTokens} tokens` : undefined;
  }
  let aliases = 0;
  let reason: string | undefined;
  visit(document, {
    Field(node: FieldNode) {
      if (node.alias) aliases += 1;
    },
    SelectionSet(node: SelectionSetNode) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const name = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        if (count > limits.maxRepeats) reason ??= `field "${name}" is repeated more than ${limits.maxRepeats} times in one selection`;
      }
    },
  });
  if (aliases > limits.maxAliases) return `more than ${limits.maxAliases} aliases in one document`;
  return reason;
}
