import { DOI_PATTERN, normalizeDoi } from '../../graph/keys';

/**
 * The normalised DOI of an entry from its raw `doi` field: braces dropped, TeX escapes
 * undone ("10.1000/a\_b" → "10.1000/a_b"), resolver prefixes removed and lower-cased
 * (normalizeDoi). Returns `{}` for an empty field and an error when the result is not a
 * DOI (DOI_PATTERN), so that a typo does not silently become the paper's key.
 */
export function readBibtexDoi(raw: string | undefined): { doi?: string } | { error: string } {
  const text = (raw ?? '')
    .replace(/[{}]/g, '')
    .replace(/\\([_%&#$])/g, '$1')
    .trim();
  if (!text) return {};
  const doi = normalizeDoi(text);
  return DOI_PATTERN.test(doi) ? { doi } : { error: `malformed DOI "${text}"` };
}
