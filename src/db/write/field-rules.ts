/**
 * The one set of field rules for everything written to the graph: the import validator
 * (validate-document.ts) and the mutations' GraphQL inputs use the same decorators, so a name
 * or a title has one limit whichever way it arrives.
 */
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsNumber, IsString, Length, Matches, Max, Min, registerDecorator, ValidationOptions } from 'class-validator';
import { DOI_PATTERN, isValidOrcid } from '../../graph/keys';

/** No control characters, no lone surrogates: text that can be stored and shown as-is. */
const SINGLE_LINE_TEXT = /^(?:[^\u0000-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
/** The same, but tabs and newlines are allowed (abstracts). */
const MULTI_LINE_TEXT = /^(?:[^\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
/** A node id: `kind:rest` (see src/graph/keys.ts). */
const NODE_ID = /^[a-z][a-z0-9-]*:\S+$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The limits, one per field. Documented in docs/graph-model.md. */
export const FIELD_LIMITS = {
  personName: [2, 200],
  alias: [1, 200],
  aliasesPerPerson: 50,
  nodeId: [3, 1100],
  paperId: [3, 2100],
  title: [1, 1000],
  abstract: [0, 100_000],
  doi: [1, 300],
  name: [1, 500],
  role: [1, 300],
  talkTitle: [1, 1000],
  topicSynonym: [1, 200],
  degree: [1, 200],
  field: [1, 300],
  year: [1000, 2100],
  position: [1, 100_000],
  topicSource: [1, 50],
} as const;

export const HOSTING_ROLES = ['host', 'mentor', 'supervisor', 'collaborator'] as const;
/** The HOSTED role of someone one "also worked with": a colleague, listed by Person.alsoWorkedWith, not by hosts/hosted. */
export const COLLABORATOR_ROLE = 'collaborator' satisfies (typeof HOSTING_ROLES)[number];

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

/** Applies several property decorators as one. */
function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

const each = (options: ValidationOptions | undefined) => ({ each: options?.each });
const length = ([min, max]: readonly [number, number], options?: ValidationOptions) => Length(min, max, each(options));

/** An ORCID iD (0000-0002-1825-0097) whose ISO 7064 checksum is right. */
export const IsOrcid = (options?: ValidationOptions) =>
  define('isOrcid', (value) => typeof value === 'string' && isValidOrcid(value), '$property must be an ORCID iD with a valid checksum, e.g. 0000-0002-1825-0097', options);

/** A DOI: 10.<registrant>/<suffix>. */
export const IsDoi = (options?: ValidationOptions) =>
  all(
    define('isDoi', (value) => typeof value === 'string' && DOI_PATTERN.test(value), '$property must look like 10.NNNN/suffix, e.g. 10.1000/xyz123', options),
    length(FIELD_LIMITS.doi, options),
  );

/** One line of text with no control characters or lone surrogates. */
export const IsSingleLineText = (options?: ValidationOptions) =>
  define(
    'isSingleLineText',
    (value) => typeof value === 'string' && SINGLE_LINE_TEXT.test(value),
    '$property must be well-formed text (no control characters or lone surrogates)',
    options,
  );

/** Text without control characters (newlines and tabs allowed) or lone surrogates. */
export const IsWellFormedText = (options?: ValidationOptions) =>
  define(
    'isWellFormedText',
    (value) => typeof value === 'string' && MULTI_LINE_TEXT.test(value),
    '$property must be well-formed text (no control characters or lone surrogates)',
    options,
  );

/** An ISO date of year, month or day precision: 2022, 2022-10, 2022-10-03. */
export const IsPartialDate = (options?: ValidationOptions) =>
  define('isPartialDate', (value) => typeof value === 'string' && PARTIAL_DATE.test(value), '$property must be a date like 2022, 2022-10 or 2022-10-03', options);

/** Single-line text of the given length limits. */
const text = (limits: readonly [number, number], options?: ValidationOptions) => all(IsString(each(options)), length(limits, options), IsSingleLineText(options));

/** A person's display name. */
export const PersonName = () => text(FIELD_LIMITS.personName);
/** Other spellings of a person's name. */
export const PersonAliases = () => all(ArrayMaxSize(FIELD_LIMITS.aliasesPerPerson), text(FIELD_LIMITS.alias, { each: true }));
/** One other spelling of a person's name, or a name exactly as a source wrote it. */
export const PersonAliasText = () => text(FIELD_LIMITS.alias);
/** The name of a venue, institution or topic. */
export const NodeName = () => text(FIELD_LIMITS.name);
/** A paper's title. */
export const PaperTitle = () => text(FIELD_LIMITS.title);
/** A paper's abstract: newlines allowed. */
export const PaperAbstract = () => all(IsString(), length(FIELD_LIMITS.abstract), IsWellFormedText());
/** A publication year. */
export const PaperYear = () => all(IsInt(), Min(FIELD_LIMITS.year[0]), Max(FIELD_LIMITS.year[1]));
/** A 1-based position in an author list. */
export const AuthorPosition = () => all(IsInt(), Min(FIELD_LIMITS.position[0]), Max(FIELD_LIMITS.position[1]));
/** A role at an institution. */
export const PositionRole = () => text(FIELD_LIMITS.role);
/** How one person hosted another. */
export const HostingRole = () => IsIn(HOSTING_ROLES);
/** The id of a person (or of any node but a paper). */
export const NodeId = (options?: ValidationOptions) => all(Matches(NODE_ID, each(options)), length(FIELD_LIMITS.nodeId, options));
/** The id of a paper (DOIs and titles make long ids). */
export const PaperId = (options?: ValidationOptions) => all(Matches(NODE_ID, each(options)), length(FIELD_LIMITS.paperId, options));
/** A talk's title. */
export const TalkTitle = () => text(FIELD_LIMITS.talkTitle);
/** A topic's synonyms. */
export const TopicSynonyms = () => text(FIELD_LIMITS.topicSynonym, { each: true });
/** A degree ("PhD"). */
export const Degree = () => text(FIELD_LIMITS.degree);
/** A field of study. */
export const StudyField = () => text(FIELD_LIMITS.field);
/** A topic link's score, 0 to 1. */
export const TopicScore = () => all(IsNumber(), Min(0), Max(1));
/** Where a topic link came from ('keyword', 'vocabulary', ...). */
export const TopicSource = () => all(IsString(), length(FIELD_LIMITS.topicSource));
/** Equal contribution mark. */
export const EqualContribution = () => IsBoolean();
