/**
 * A source record an importer could not turn into graph records, reported to the user
 * instead of being imported. Shared by all importers.
 */
export interface ImportReject {
  /** 1-based line where the record starts in the source, when known. */
  line?: number;
  /** A short label the user can find the record by, e.g. "@article{smith2020}". */
  record: string;
  /** Why the record was not imported, e.g. "year 99999 is out of range". */
  reason: string;
}
