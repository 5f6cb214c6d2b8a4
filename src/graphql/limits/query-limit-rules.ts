import { ASTVisitor, FieldNode, getIntrospectionQuery, Kind, parse, SelectionSetNode, specifiedRules, ValidationContext, ValidationRule, buildSchema, validate } from 'graphql';
import { foldSelections, operationRule } from './selection-walker';
import { tooComplex } from './too-complex-error';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

/** The root fields of schema introspection. Matched by field name, never by alias or fragment name. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** List-valued fields of the introspection types: each one nested under another multiplies the answer by the schema's size. */
const INTROSPECTION_LISTS = new Set(['types', 'directives', 'fields', 'args', 'interfaces', 'possibleTypes', 'enumValues', 'inputFields']);

/**
 * The caps on introspection, measured on graphql-js's own `getIntrospectionQuery()` with every
 * option on (what GraphiQL, Apollo Sandbox, Postman, Altair and graphql-codegen send): its
 * depth (the 9-level `ofType` chain of TypeRef) and its nesting of lists (types → fields →
 * args). A deeper `ofType` chain, or `fields` under `type` under `fields`, which grows with
 * the schema's size to a power, is refused.
 */
export const INTROSPECTION_LIMITS = measureIntrospectionQuery();

/** Most `__schema` / `__type` fields in one operation (a tool sends one; aliases of it multiply the answer). */
export const MAX_INTROSPECTION_FIELDS = 5;

/**
 * Validation rules that refuse, before any database work, queries that are too deep, alias
 * too much or carry too many directives (the cost, which needs the request's variables, is
 * checked once the operation is resolved: see cost-limit.ts). Introspection is measured on
 * its own: the depth limit leaves out the subtrees under `__schema` and `__type` (only
 * those: an alias named `__schema` or a fragment named `__schema` counts as usual), and
 * those subtrees are held to INTROSPECTION_LIMITS and MAX_INTROSPECTION_FIELDS instead.
 * Aliases and directives count everywhere. Each error has extensions.code QUERY_TOO_COMPLEX.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const depthRule = operationRule((context, set) => {
    const depth = foldSelections(
      context,
      (field, child) => (INTROSPECTION_ROOTS.has(field.name) ? 1 : 1 + child),
      (values) => Math.max(0, ...values),
    )(set);
    if (depth > limits.maxDepth) context.reportError(tooComplex(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`));
  });

  const introspectionRule = operationRule((context, set) => {
    const roots = introspectionFields(context, set);
    if (roots.length > MAX_INTROSPECTION_FIELDS) {
      context.reportError(tooComplex(`more than ${MAX_INTROSPECTION_FIELDS} __schema / __type fields in one operation`));
      return;
    }
    for (const root of roots) {
      if (!root.selectionSet) continue;
      const { depth, lists } = measureIntrospectionRoot(context, root.selectionSet);
      if (depth > INTROSPECTION_LIMITS.depth) {
        context.reportError(tooComplex(`introspection depth ${depth} exceeds the limit of ${INTROSPECTION_LIMITS.depth} (that of the standard introspection query)`));
        return;
      }
      if (lists > INTROSPECTION_LIMITS.lists) {
        context.reportError(tooComplex(`introspection nests ${lists} lists, over the limit of ${INTROSPECTION_LIMITS.lists} (that of the standard introspection query)`));
        return;
      }
    }
  });

  const aliasRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
        if (aliases > limits.maxAliases && !reported) {
          reported = true;
          context.reportError(tooComplex(`more than ${limits.maxAliases} aliases in one document`));
        }
      },
    };
  };

  const directiveRule = (context: ValidationContext): ASTVisitor => {
    let directives = 0;
    let reported = false;
    return {
      Directive() {
        directives += 1;
        if (directives > limits.maxDirectives && !reported) {
          reported = true;
          context.reportError(tooComplex(`more than ${limits.maxDirectives} directives in one document`));
        }
      },
    };
  };

  return [aliasRule, directiveRule, depthRule, introspectionRule];
}

/**
 * The `__schema` / `__type` fields an operation selects at its root, through root-level
 * fragments (named or inline). They exist on the query type only: anywhere else graphql-js
 * refuses them, so the root is the only place to look.
 */
function introspectionFields(context: ValidationContext, set: SelectionSetNode, seen = new Set<string>()): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (INTROSPECTION_ROOTS.has(selection.name.value)) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...introspectionFields(context, selection.selectionSet, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) found.push(...introspectionFields(context, fragment.selectionSet, seen));
    }
  }
  return found;
}

/** Depth (the `__schema` / `__type` field counted) and list nesting under one introspection field. */
function measureIntrospectionRoot(context: ValidationContext, set: SelectionSetNode): { depth: number; lists: number } {
  const depth = foldSelections(
    context,
    (_field, child) => 1 + child,
    (values) => Math.max(0, ...values),
  )(set);
  const lists = foldSelections(
    context,
    (field, child) => (INTROSPECTION_LISTS.has(field.name) ? 1 : 0) + child,
    (values) => Math.max(0, ...values),
  )(set);
  return { depth: 1 + depth, lists };
}

function measureIntrospectionQuery(): { depth: number; lists: number } {
  const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
  let measured = { depth: 0, lists: 0 };
  const probe = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const [root] = introspectionFields(context, node.selectionSet);
      measured = measureIntrospectionRoot(context, root.selectionSet!);
    },
  });
  validate(buildSchema('type Query { ok: Boolean }'), parse(query), [...specifiedRules, probe]);
  return measured;
}
