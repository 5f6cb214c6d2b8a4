import { RisFormatError } from './ris-format-error';

/** A tagged line: two characters (a letter, then a letter or digit), two spaces, a hyphen, then a space and the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

/** One record from its `TY  -` line to its `ER  -` line. */
export interface RawRisRecord {
  /** 1-based line of the TY line. */
  line: number;
  type: string;
  /** Values per tag in order of appearance, continuation lines joined on with a space. */
  fields: Map<string, string[]>;
}

/** A record that could not be read whole; it is rejected, not imported in part. */
export interface RisScanFailure {
  line: number;
  type: string;
  reason: string;
}

/**
 * Splits RIS text into records. Tolerates a byte-order mark, CRLF or CR line ends, blank lines
 * and stray text between records, and trailing spaces anywhere (after `ER  -` too). A line
 * inside a record that has no tag continues the previous value (wrapped abstracts).
 *
 * A TY line inside an open record ends that record as a failure ("no ER before the next TY").
 * Throws RisFormatError for text without any TY line (line 1) and for a record still open at
 * the end of the text (its TY line).
 */
export function scanRis(text: string): { records: RawRisRecord[]; failures: RisScanFailure[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const records: RawRisRecord[] = [];
  const failures: RisScanFailure[] = [];
  let open: RawRisRecord | undefined;
  let last: { values: string[] } | undefined;

  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    const tagged = TAG_LINE.exec(line);
    if (tagged?.[1] === 'TY') {
      if (open) failures.push({ line: open.line, type: open.type, reason: `no "ER  -" before the next record (line ${index + 1})` });
      open = { line: index + 1, type: (tagged[2] ?? '').trim(), fields: new Map() };
      last = undefined;
    } else if (!open) {
      return;
    } else if (tagged?.[1] === 'ER') {
      records.push(open);
      open = undefined;
    } else if (tagged) {
      const values = open.fields.get(tagged[1]) ?? [];
      values.push((tagged[2] ?? '').trim());
      open.fields.set(tagged[1], values);
      last = { values };
    } else if (line.trim() && last) {
      last.values[last.values.length - 1] = `${last.values.at(-1)} ${line.trim()}`.trim();
    }
  });
  if (open) throw new RisFormatError(`the record of type ${open.type || '(none)'} has no "ER  -" line before the end of the text`, open.line);
  if (!records.length && !failures.length) throw new RisFormatError('no "TY  -" line: the text holds no RIS record', 1);
  return { records, failures };
}
