import { foldName } from '../graph/keys';
import type { SearchKind } from './cypher/search.cypher';

/** A hit as the indexes give it: raw Lucene score, comparable only within its kind. */
export interface RawSearchHit {
  kind: SearchKind;
  score: number;
  item: { id: string } & Record<string, unknown>;
}

/** Weights of the ranking; see rankSearchHits. */
const EXACT = 2;
const NAME_COVERAGE = 0.3;
const RELEVANCE = 0.2;

/** The texts a hit is known by: name or title, then aliases or synonyms (not abstracts). */
function namesOf(item: RawSearchHit['item']): string[] {
  const texts = [item.name, item.title, ...((item.aliases as unknown[]) ?? []), ...((item.synonyms as unknown[]) ?? [])];
  return texts.filter((text): text is string => typeof text === 'string' && text.length > 0);
}

const words = (text: string) => foldName(text).split(' ').filter(Boolean);

/**
 * Ranks hits of every kind on one scale, best first. Per hit, with the query and the hit's
 * names folded alike (case, accents, punctuation: foldName):
 *
 * - +2 when the query is one of its names exactly (name, title, alias, synonym): a venue, a
 *   topic or an institution asked for by its name comes before every partial match;
 * - + coverage: the share of the query's words found (as words or word prefixes) in its best
 *   name: "persistent evolution strategies" covers the paper with that phrase fully and the
 *   topic "Evolution strategies" by two thirds;
 * - + 0.3 × the share of that name's words the query covers (a shorter, tighter name first);
 * - + 0.2 × its Lucene score divided by the best score of its kind in this search, so that
 *   scores are normalised per kind before kinds are mixed (and abstracts still count).
 *
 * The result is the hit's score (0 to 3.5): comparable across kinds, above 2 for an exact match.
 */
export function rankSearchHits(query: string, hits: readonly RawSearchHit[]): RawSearchHit[] {
  const folded = foldName(query);
  const queryWords = [...new Set(words(query))];
  const best = new Map<SearchKind, number>();
  for (const hit of hits) best.set(hit.kind, Math.max(best.get(hit.kind) ?? 0, hit.score));
  const ranked = hits.map((hit) => {
    let exact = false;
    let coverage = 0;
    let nameCoverage = 0;
    for (const name of namesOf(hit.item)) {
      const nameWords = words(name);
      if (nameWords.join(' ') === folded) exact = true;
      const found = queryWords.filter((word) => nameWords.some((nameWord) => nameWord === word || nameWord.startsWith(word))).length;
      const covered = nameWords.filter((nameWord) => queryWords.some((word) => nameWord === word || nameWord.startsWith(word))).length;
      const share = queryWords.length ? found / queryWords.length : 0;
      const nameShare = nameWords.length ? covered / nameWords.length : 0;
      if (share > coverage || (share === coverage && nameShare > nameCoverage)) {
        coverage = share;
        nameCoverage = nameShare;
      }
    }
    const relevance = hit.score / (best.get(hit.kind) || 1);
    return { ...hit, score: (exact ? EXACT : 0) + coverage + NAME_COVERAGE * nameCoverage + RELEVANCE * relevance };
  });
  return ranked.sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.item.id.localeCompare(b.item.id));
}
