import type { Executor } from './executor';
import * as cypher from './cypher/export.cypher';
import { emptyGraphDocument, GraphDocument } from '../graph/graph-document';

/** Drops null and undefined fields, and integer-like neo4j values become numbers. */
function clean<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0 && !['authors'].includes(key)) continue;
    out[key] = normalize(value);
  }
  return out as T;
}

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(normalize);
  if (value && typeof value === 'object' && 'toNumber' in value && typeof (value as { toNumber: unknown }).toNumber === 'function') {
    return (value as { toNumber(): number }).toNumber();
  }
  if (value && typeof value === 'object') return clean(value as Record<string, unknown>);
  return value;
}

/**
 * Reads the whole graph as one canonical document (sorted by id), for `npm run export`.
 * Importing it into an empty database reproduces the same graph.
 */
export async function exportGraphDocument(executor: Executor, source = 'export'): Promise<GraphDocument> {
  const document = emptyGraphDocument(source);
  const read = async <T>(statement: Parameters<Executor['read']>[0]) => (await executor.read(statement)).map((row) => clean<T>(row));
  document.people = await read(cypher.exportPeople());
  document.institutions = await read(cypher.exportNamed('Institution'));
  document.venues = await read(cypher.exportNamed('Venue'));
  document.topics = await read(cypher.exportTopics());
  document.papers = (await read<GraphDocument['papers'][number]>(cypher.exportPapers())).map((paper) => ({ ...paper, authors: paper.authors ?? [] }));
  document.positions = await read(cypher.exportPositions());
  document.hostings = await read(cypher.exportHostings());
  document.education = await read(cypher.exportEducation());
  document.interests = await read(cypher.exportInterests());
  document.talks = await read(cypher.exportTalks());
  return document;
}
