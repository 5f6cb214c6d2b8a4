import { validate, type ValidationError } from 'class-validator';
import type { ResolverData, ValidatorFn } from 'type-graphql';
import { badInput } from '../../errors';

/** One broken rule: where (property path inside the validated value) and what class-validator said. */
interface Violation {
  path: string[];
  messages: string[];
  value: unknown;
}

/**
 * type-graphql's validateFn: class-validator on every argument object, as type-graphql would
 * run it, but a failure is BAD_USER_INPUT whose `extensions.argument` names the argument at
 * fault ("depth", "input.name", "authors.0.personId") and whose message says what is wrong
 * ("depth must not be greater than 3 (got 7)") instead of "Argument Validation Error".
 */
export const validateArguments: ValidatorFn = async (argValue: unknown, _argType, { args }: ResolverData): Promise<void> => {
  if (argValue === null || typeof argValue !== 'object') return;
  const values = (Array.isArray(argValue) ? argValue : [argValue]).filter((value): value is object => value !== null && typeof value === 'object');
  for (const value of values) {
    const violations = flatten(await validate(value, { skipMissingProperties: true, forbidUnknownValues: false }));
    if (violations.length === 0) continue;
    const named = violations.map((violation) => ({ ...violation, argument: argumentPath(args, violation.path) }));
    const message = named.map(({ argument, messages, value: given }) => `${argument}: ${messages.join('; ')}${shown(given)}`).join('. ');
    throw badInput(message, { argument: named[0].argument });
  }
};

/** The rules broken anywhere in the tree class-validator returns (nested inputs and arrays). */
function flatten(errors: ValidationError[], parent: string[] = []): Violation[] {
  return errors.flatMap((error) => {
    const path = [...parent, error.property];
    const own = error.constraints ? [{ path, messages: Object.values(error.constraints), value: error.value }] : [];
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * The argument a property path belongs to. An @ArgsType class's properties are the field's
 * arguments; an @Arg('input') object's are inside the argument holding them.
 */
function argumentPath(args: Record<string, unknown>, path: string[]): string {
  if (path[0] in args) return path.join('.');
  const holder = Object.keys(args).find((key) => {
    const value = args[key];
    return value !== null && typeof value === 'object' && !Array.isArray(value) && path[0] in value;
  });
  return [...(holder ? [holder] : []), ...path].join('.');
}

/** " (got 7)" for a short scalar; nothing for objects or long strings (the client sent them). */
function shown(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return ` (got ${value})`;
  if (typeof value === 'string' && value.length <= 40) return ` (got ${JSON.stringify(value)})`;
  return '';
}
