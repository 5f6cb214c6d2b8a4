import { DOI_PATTERN, normalizeDoi } from '../graph/keys';

/** Resolvers whose path is the DOI itself; DBLP links IEEE Computer Society papers through the second. */
const DOI_LINK = /^(?:https?:\/\/(?:dx\.|www\.)?doi\.org\/|https?:\/\/doi\.ieeecomputersociety\.org\/|doi:\s*)(10\.\S+)$/i;

/**
 * The normalised DOI (normalizeDoi) of a DOI link such as "https://doi.org/10.1109/TVCG.2023.3327153"
 * or "doi:10.1109/...", percent-escapes undone. Returns undefined for any other URL and for a
 * link whose path is not a DOI (DOI_PATTERN), so a publisher page never becomes a paper key.
 */
export function readDoiLink(url: string): string | undefined {
  const match = DOI_LINK.exec(url.trim());
  if (!match) return undefined;
  const doi = normalizeDoi(decodePercent(match[1]));
  return DOI_PATTERN.test(doi) ? doi : undefined;
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
