/**
 * Splits a keywords field into keywords at the separators sources use: "," and ";"
 * (BibTeX, Google Scholar, DBLP), " · " (IEEE Xplore exports) and "•" (ACM's CCS lists).
 * Pieces are trimmed; empty pieces are dropped.
 */
export function splitKeywords(field: string): string[] {
  return field
    .split(/\s*(?:[,;•]|\s·\s)\s*/)
    .map((piece) => piece.trim())
    .filter(Boolean);
}
