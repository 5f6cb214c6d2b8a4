/** Which sources stated a paper and each of its authorships, and the values they disagree on. */
export interface PaperProvenance {
  sources: string[];
  conflicts: string[];
  /** Person id → the sources that state their authorship. */
  authorships: Record<string, string[]>;
}
