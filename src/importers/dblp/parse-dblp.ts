import type { GraphDocument } from '../../graph/graph-document';
import type { ImportReject } from '../../graph/import-reject';
import { buildDblpDocument } from './build-dblp-document';
import { DblpRecordReader, type DblpRawRecord } from './dblp-record-reader';

/**
 * Parses DBLP XML held in memory, dblp.xml (`<dblp>`) or a person page (`<dblpperson>`,
 * https://dblp.org/pid/<pid>.xml), into one GraphDocument of papers, their authors and venues.
 * The mapping and the rejects are buildDblpDocument's; which elements are records is
 * DblpRecordReader's (`<proceedings>` and `homepages/` records are skipped, not rejected).
 *
 * Throws DblpFormatError, with line and column, for input that is not well-formed XML, is
 * truncated, or has another root; then nothing is returned. For files too large to hold as a
 * string use streamDblp.
 */
export function parseDblp(text: string, source: string): { document: GraphDocument; rejects: ImportReject[] } {
  const records: DblpRawRecord[] = [];
  const reader = new DblpRecordReader((record) => records.push(record));
  reader.write(text.replace(/^\uFEFF/, ''));
  reader.close();
  return buildDblpDocument(records, source, reader.subjectPid);
}
