import { createLineIndex } from './line-index';

/** Where control characters (binary data, e.g. NUL bytes) occur in a .bib text. */
export interface BinaryData {
  /** Per record start offset: the first control character inside that record. */
  inRecords: Map<number, { line: number; code: number }>;
  /** Runs of lines outside any record that contain control characters. */
  outside: { firstLine: number; lastLine: number }[];
}

/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;

/**
 * Finds control characters in `text` and attributes each to the record span
 * ([start, end), sorted by start, not overlapping) that contains it, if any.
 */
export function findBinaryData(text: string, records: readonly { start: number; end: number }[], lineAt: (offset: number) => number = createLineIndex(text)): BinaryData {
  const found: BinaryData = { inRecords: new Map(), outside: [] };
  CONTROL.lastIndex = 0;
  for (let match = CONTROL.exec(text); match; match = CONTROL.exec(text)) {
    const line = lineAt(match.index);
    const record = containing(records, match.index);
    if (record) {
      if (!found.inRecords.has(record.start)) found.inRecords.set(record.start, { line, code: match[0].charCodeAt(0) });
      continue;
    }
    const last = found.outside.at(-1);
    if (last && line <= last.lastLine + 1) last.lastLine = line;
    else found.outside.push({ firstLine: line, lastLine: line });
  }
  return found;
}

function containing<T extends { start: number; end: number }>(records: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = records.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (records[middle].end <= offset) low = middle + 1;
    else if (records[middle].start > offset) high = middle - 1;
    else return records[middle];
  }
  return undefined;
}
