import { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';
import { foldSelections, operationRule } from './selection-walker';
import { tooComplex } from './too-complex-error';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
}

/** Arguments that multiply the cost of what a field selects under it. */
const PAGE_ARGUMENTS = ['first', 'limit'];

/**
 * Validation rules that refuse, before any database work, queries that are too deep,
 * alias too much, would cost too much (fields weighted by the page sizes above them) or
 * carry too many directives. Each error has extensions.code QUERY_TOO_COMPLEX.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const depthRule = operationRule((context, set) => {
    const depth = foldSelections(
      context,
      (_field, child) => 1 + child,
      (values) => Math.max(0, ...values),
    )(set);
    if (depth > limits.maxDepth) context.reportError(tooComplex(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`));
  });

  const costRule = operationRule((context, set) => {
    const cost = foldSelections(
      context,
      (field, child) => {
        const page = PAGE_ARGUMENTS.map((name) => field.args[name]).find((value) => typeof value === 'number') as number | undefined;
        // Unpaged lists (authors, topics of one paper) are small by nature: weight 1.
        return 1 + Math.max(1, page ?? 1) * child;
      },
      (values) => values.reduce((total, value) => total + value, 0),
    )(set);
    if (cost > limits.maxCost) context.reportError(tooComplex(`query cost ${cost} exceeds the limit of ${limits.maxCost}: ask for smaller pages or fewer nested fields`));
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

  return [aliasRule, directiveRule, depthRule, costRule];
}
