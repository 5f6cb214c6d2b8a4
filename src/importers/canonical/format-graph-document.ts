import { GRAPH_DOCUMENT_FORMAT, GraphDocument } from '../../graph/graph-document';
import { NDJSON_KINDS } from './read-graph-document';

/** Drops `line` (a property of the source, not of the graph) from a record. */
function withoutLine<T extends { line?: number }>(record: T): Omit<T, 'line'> {
  const { line: _line, ...rest } = record;
  return rest;
}

/** Writes a document as NDJSON: a header line, then one record per line, in a stable order. */
export function formatNdjson(document: GraphDocument): string {
  const lines = [JSON.stringify({ kind: 'header', format: GRAPH_DOCUMENT_FORMAT, source: document.source, ...(document.subject ? { subject: document.subject } : {}) })];
  for (const [kind, collection] of Object.entries(NDJSON_KINDS)) {
    for (const record of document[collection] as Array<{ line?: number }>) lines.push(JSON.stringify({ kind, ...withoutLine(record) }));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes a document as one pretty-printed JSON object. */
export function formatJson(document: GraphDocument): string {
  const copy: Record<string, unknown> = { format: GRAPH_DOCUMENT_FORMAT, source: document.source };
  if (document.subject) copy.subject = document.subject;
  for (const collection of Object.values(NDJSON_KINDS)) copy[collection] = (document[collection] as Array<{ line?: number }>).map(withoutLine);
  return `${JSON.stringify(copy, null, 2)}\n`;
}
