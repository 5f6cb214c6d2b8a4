import { emptyGraphDocument, GRAPH_DOCUMENT_FORMAT, GraphDocument } from '../../graph/graph-document';

/** Malformed canonical input: the message names the line or field. */
export class CanonicalFormatError extends Error {
  override name = 'CanonicalFormatError';
}

const COLLECTIONS = ['people', 'institutions', 'venues', 'topics', 'papers', 'positions', 'hostings', 'education', 'interests', 'talks'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** NDJSON record kinds, one per collection ("person" → people ...). */
export const NDJSON_KINDS: Record<string, Collection> = {
  person: 'people',
  institution: 'institutions',
  venue: 'venues',
  topic: 'topics',
  paper: 'papers',
  position: 'positions',
  hosting: 'hostings',
  education: 'education',
  interest: 'interests',
  talk: 'talks',
};

/**
 * Reads the canonical format: one JSON GraphDocument, or NDJSON (a header line
 * `{"kind":"header","format":"collabgraph/v1","source":...}` then one `{"kind":"paper",...}`
 * record per line). Records keep their source line for rejects. Field-level checks happen in
 * the validate step; this checks only the structure.
 */
export function readGraphDocument(text: string, fallbackSource: string): GraphDocument {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    return fromNdjson(trimmed, fallbackSource); // not one JSON value: NDJSON (which names bad lines)
  }
  if (typeof whole === 'object' && whole !== null && 'kind' in whole) return fromNdjson(trimmed, fallbackSource);
  return fromObject(whole, fallbackSource);
}

function fromObject(value: unknown, fallbackSource: string): GraphDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CanonicalFormatError('expected a JSON object');
  const object = value as Record<string, unknown>;
  if (object.format !== GRAPH_DOCUMENT_FORMAT) throw new CanonicalFormatError(`"format" must be "${GRAPH_DOCUMENT_FORMAT}"`);
  const document = emptyGraphDocument(typeof object.source === 'string' ? object.source : fallbackSource);
  if (typeof object.subject === 'string') document.subject = object.subject;
  for (const collection of COLLECTIONS) {
    const records = object[collection] ?? [];
    if (!Array.isArray(records)) throw new CanonicalFormatError(`"${collection}" must be an array`);
    records.forEach((record, index) => {
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new CanonicalFormatError(`${collection}[${index}] must be an object`);
    });
    (document[collection] as unknown[]) = records;
  }
  for (const paper of document.papers) if (!Array.isArray(paper.authors)) paper.authors = [];
  return document;
}

function fromNdjson(text: string, fallbackSource: string): GraphDocument {
  const document = emptyGraphDocument(fallbackSource);
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new CanonicalFormatError(`line ${lineNumber}: not valid JSON (${(error as Error).message})`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new CanonicalFormatError(`line ${lineNumber}: expected a JSON object`);
    const { kind, ...fields } = record;
    if (kind === 'header') {
      if (fields.format !== GRAPH_DOCUMENT_FORMAT) throw new CanonicalFormatError(`line ${lineNumber}: "format" must be "${GRAPH_DOCUMENT_FORMAT}"`);
      if (typeof fields.source === 'string') document.source = fields.source;
      if (typeof fields.subject === 'string') document.subject = fields.subject;
      return;
    }
    const collection = typeof kind === 'string' ? NDJSON_KINDS[kind] : undefined;
    if (!collection)
      throw new CanonicalFormatError(`line ${lineNumber}: unknown "kind" ${JSON.stringify(kind)}: expected header or one of ${Object.keys(NDJSON_KINDS).join(', ')}`);
    if (collection === 'papers' && !Array.isArray(fields.authors)) fields.authors = [];
    (document[collection] as unknown[]).push({ ...fields, line: lineNumber });
  });
  return document;
}
