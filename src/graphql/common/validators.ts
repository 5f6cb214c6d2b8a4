import { registerDecorator, ValidationOptions } from 'class-validator';
import { DOI_PATTERN, isValidOrcid } from '../../graph/keys';

/** No control characters, no lone surrogates: text that can be stored and shown as-is. */
const SINGLE_LINE_TEXT = /^(?:[^\u0000-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
const MULTI_LINE_TEXT = /^(?:[^\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

function define(name: string, test: (value: unknown) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: (value: unknown) => value === undefined || value === null || test(value) },
    });
}

/** An ORCID iD (0000-0002-1825-0097) whose ISO 7064 checksum is right. */
export const IsOrcid = (options?: ValidationOptions) =>
  define('isOrcid', (value) => typeof value === 'string' && isValidOrcid(value), '$property must be an ORCID iD with a valid checksum, e.g. 0000-0002-1825-0097', options);

/** A DOI: 10.<registrant>/<suffix>. */
export const IsDoi = (options?: ValidationOptions) =>
  define('isDoi', (value) => typeof value === 'string' && DOI_PATTERN.test(value), '$property must be a DOI such as 10.1000/xyz123', options);

/** One line of text with no control characters or lone surrogates. */
export const IsSingleLineText = (options?: ValidationOptions) =>
  define('isSingleLineText', (value) => typeof value === 'string' && SINGLE_LINE_TEXT.test(value), '$property must be one line of text without control characters', options);

/** Text without control characters (newlines and tabs allowed) or lone surrogates. */
export const IsWellFormedText = (options?: ValidationOptions) =>
  define('isWellFormedText', (value) => typeof value === 'string' && MULTI_LINE_TEXT.test(value), '$property must be text without control characters', options);

/** An ISO date of year, month or day precision: 2022, 2022-10, 2022-10-03. */
export const IsPartialDate = (options?: ValidationOptions) =>
  define(
    'isPartialDate',
    (value) => typeof value === 'string' && /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value),
    '$property must be a date like 2022, 2022-10 or 2022-10-03',
    options,
  );
