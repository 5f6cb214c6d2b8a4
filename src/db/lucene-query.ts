/**
 * The only place a user's text becomes a Lucene query (full-text indexes). Every character
 * Lucene gives meaning to is escaped and the operator words are neutralised, so a search
 * string can never change the shape of the query (no field selectors, wildcards, ranges,
 * fuzzy or boolean operators of the user's making).
 */

/** Characters the classic Lucene query parser treats as syntax. `&&` and `||` are covered by `&` and `|`. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words the query parser reads as operators when upper-case. */
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT', 'TO']);

/** Longest search text accepted; longer input is cut (a full-text query needs no more). */
export const MAX_SEARCH_TEXT = 200;

/** Escapes one term: every special character gets a backslash, operator words are lower-cased (the analyzer lower-cases anyway). */
export function escapeLuceneTerm(term: string): string {
  const word = OPERATOR_WORDS.has(term) ? term.toLowerCase() : term;
  return word.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * Builds a ranked full-text query from free text: the text is cut into words the way the
 * index's analyzer cuts it (runs of letters and digits), each word matches as itself or as
 * a prefix (`graph` finds "graphs"), any word may match and more matches rank higher.
 * Diacritics are stripped and words lower-cased first, because prefix terms skip the
 * analyzer. Each word is still escaped, so the query stays inert whatever the splitting
 * lets through. Returns null when nothing searchable is left.
 */
export function buildLuceneQuery(text: string): string | null {
  const terms = text
    .slice(0, MAX_SEARCH_TEXT)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(escapeLuceneTerm);
  if (terms.length === 0) return null;
  return [...new Set(terms)].map((term) => `(${term} OR ${term}*)`).join(' OR ');
}
