import type { GraphDocument } from '../../graph/graph-document';
import type { ImportReject } from '../../graph/import-reject';
import { buildDblpDocument } from './build-dblp-document';
import { DblpRecordReader, type DblpRawRecord } from './dblp-record-reader';
import { decodeXmlStream } from './decode-xml-stream';

export interface StreamDblpOptions {
  /** Records (imported or rejected) per yielded document; default 1000. */
  recordsPerChunk?: number;
}

/**
 * Parses DBLP XML from a stream, such as the gigabytes of dblp.xml, yielding a GraphDocument
 * every `recordsPerChunk` records and one for the rest at the end. Only the current chunk's
 * records are held; the input is read only as fast as the documents are consumed.
 *
 * Contract:
 * - Each document is self-contained, with the people and venues its own papers name, so one
 *   person appears in many documents; the write step's identity resolution joins them. The
 *   same holds for what parseDblp checks across a document: a duplicate paper id is rejected
 *   only within one chunk, and an ORCID given on one record names the pid's person only in
 *   that record's chunk (elsewhere the id is `dblp:<pid>`, with the same dblpPid).
 * - Otherwise the papers and rejects, concatenated, are parseDblp's for the same text.
 * - Bytes are decoded as the XML declaration says (decodeXmlStream); string chunks are taken as decoded.
 * - Bad input throws DblpFormatError as parseDblp does, from the `next()` that reads it; the
 *   documents yielded before it stay valid, and nothing of the chunk being gathered (the
 *   broken record included) is yielded.
 */
export async function* streamDblp(
  input: NodeJS.ReadableStream,
  source: string,
  options: StreamDblpOptions = {},
): AsyncGenerator<{ document: GraphDocument; rejects: ImportReject[] }> {
  const perChunk = options.recordsPerChunk ?? 1000;
  if (!Number.isInteger(perChunk) || perChunk < 1) throw new RangeError(`recordsPerChunk must be a positive integer, not ${perChunk}`);
  const pending: DblpRawRecord[] = [];
  const reader = new DblpRecordReader((record) => pending.push(record));
  for await (const text of decodeXmlStream(input)) {
    reader.write(text);
    while (pending.length >= perChunk) yield buildDblpDocument(pending.splice(0, perChunk), source, reader.subjectPid);
  }
  reader.close();
  if (pending.length) yield buildDblpDocument(pending.splice(0), source, reader.subjectPid);
}
