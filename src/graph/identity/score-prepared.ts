/**
 * The scoring behind scoreCandidate, on pre-parsed sides so that resolveMentions parses each name
 * once. Weights and thresholds are here, in one place; docs in README.md beside this file.
 */
import { blockingKeys } from './blocking-keys';
import { compareNames, type NameMatch } from './compare-names';
import type { ExternalIds, MatchDecision, PersonProfile } from './identity-types';
import { COMMON_SURNAMES } from './common-surnames';
import { looseFold } from './loose-fold';
import { oneEditApart } from './one-edit-apart';
import { parsePersonName, type PersonName } from './parse-person-name';

/** What the caller knows beyond the two sides. */
export interface ScoreOptions {
  /**
   * True when the candidates around this name include people whose full first names conflict
   * ("Daniel Keim" and "David Keim" both under "keim|d"): the name is then not distinctive.
   */
  ambiguousName?: boolean;
}

/** A family name rare enough that a compatible name with agreeing topics or venues may merge without a shared co-author. */
export function isDistinctiveFamily(name: PersonName): boolean {
  const words = looseFold(name.family).split(' ');
  const last = words[words.length - 1] ?? '';
  return last.length >= 3 && !COMMON_SURNAMES.has(last) && !COMMON_SURNAMES.has(name.family);
}

/** A mention or profile with its names parsed and its context indexed. */
export interface PreparedSide {
  names: PersonName[];
  ids: ExternalIds;
  coauthors: PersonName[];
  /** Blocking key → co-authors under it. */
  coauthorIndex: Map<string, PersonName[]>;
  venues: Set<string>;
  topics: Set<string>;
  /** topics and their broader topics. */
  topicClosure: Set<string>;
  years: number[];
}

/** One side of a comparison: a person's profile without its id (a mention has none yet). */
export type SideInput = Omit<PersonProfile, 'id'>;

/** Scores at or above SAME_THRESHOLD merge (given a shared co-author); at or above POSSIBLE_THRESHOLD are reported. */
export const SAME_THRESHOLD = 0.7;
export const POSSIBLE_THRESHOLD = 0.4;

const parseCache = new Map<string, PersonName>();
/** parsePersonName memoised: co-author names recur across thousands of mentions. */
export function parseCached(raw: string): PersonName {
  let parsed = parseCache.get(raw);
  if (!parsed) {
    if (parseCache.size > 200_000) parseCache.clear();
    parsed = parsePersonName(raw);
    parseCache.set(raw, parsed);
  }
  return parsed;
}

/** Names under each of their blocking keys: what sharedCoauthors looks a co-author up in. */
function indexByBlockingKey(names: Iterable<PersonName>): Map<string, PersonName[]> {
  const index = new Map<string, PersonName[]>();
  for (const name of names) {
    for (const key of blockingKeys(name)) {
      const list = index.get(key);
      if (list) list.push(name);
      else index.set(key, [name]);
    }
  }
  return index;
}

/** Parses and indexes one side. Co-authors are deduplicated by canonical key; bare surnames are dropped (they prove nothing). */
export function prepareSide(input: SideInput): PreparedSide {
  const names = [...new Set(input.names)].map(parseCached);
  const seen = new Set<string>();
  const coauthors: PersonName[] = [];
  for (const raw of input.coauthors) {
    const name = parseCached(raw);
    if (name.given.length === 0 || seen.has(name.key)) continue;
    seen.add(name.key);
    coauthors.push(name);
  }
  const coauthorIndex = indexByBlockingKey(coauthors);
  const years = [...new Set(input.years.filter((y) => Number.isFinite(y)))].sort((a, b) => a - b);
  return {
    names,
    ids: input.ids,
    coauthors,
    coauthorIndex,
    venues: new Set(input.venues),
    topics: new Set(input.topics),
    topicClosure: new Set([...input.topics, ...(input.topicAncestors ?? [])]),
    years,
  };
}

/**
 * One side for a whole cluster (mentions already merged, perhaps with their existing person): every
 * name, identifier, co-author, venue, topic and year of its members. The identity pass over
 * clusters compares these, so that a mention sharing a co-author with the cluster, though with no
 * single member, still meets its evidence.
 */
export function mergePreparedSides(sides: PreparedSide[]): PreparedSide {
  if (sides.length === 1) return sides[0]!;
  const names = new Map<string, PersonName>();
  const ids: ExternalIds = {};
  const coauthors = new Map<string, PersonName>();
  const venues = new Set<string>();
  const topics = new Set<string>();
  const topicClosure = new Set<string>();
  const years = new Set<number>();
  for (const side of sides) {
    for (const name of side.names) if (!names.has(name.original)) names.set(name.original, name);
    for (const [kind, value] of Object.entries(side.ids) as [keyof ExternalIds, string | undefined][]) if (value && !ids[kind]) ids[kind] = value;
    for (const co of side.coauthors) if (!coauthors.has(co.key)) coauthors.set(co.key, co);
    side.venues.forEach((v) => venues.add(v));
    side.topics.forEach((t) => topics.add(t));
    side.topicClosure.forEach((t) => topicClosure.add(t));
    side.years.forEach((y) => years.add(y));
  }
  return {
    names: [...names.values()],
    ids,
    coauthors: [...coauthors.values()],
    coauthorIndex: indexByBlockingKey(coauthors.values()),
    venues,
    topics,
    topicClosure,
    years: [...years].sort((a, b) => a - b),
  };
}

const ID_KINDS: { kind: keyof ExternalIds; label: string; norm: (v: string) => string }[] = [
  { kind: 'orcid', label: 'ORCID', norm: (v) => v.replace(/^https?:\/\/orcid\.org\//i, '').toUpperCase() },
  { kind: 'dblpPid', label: 'DBLP pid', norm: (v) => v.replace(/^https?:\/\/dblp\.org\/pid\//i, '').trim() },
  { kind: 'dblpName', label: 'DBLP name', norm: (v) => parseCached(v).key },
  { kind: 'openalexId', label: 'OpenAlex id', norm: (v) => v.replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase() },
];

/** A side's DBLP numbered name: the explicit id, else a name that carries a homonym number. */
function dblpName(side: PreparedSide): string | undefined {
  return side.ids.dblpName ?? side.names.find((n) => n.number)?.original;
}

/** Compares identifiers: 'conflict' if any kind differs, 'match' if one agrees and none differ. */
export function compareIds(a: PreparedSide, b: PreparedSide): { verdict: 'match' | 'conflict' | 'none'; evidence: string[] } {
  const matches: string[] = [];
  const conflicts: string[] = [];
  for (const { kind, label, norm } of ID_KINDS) {
    const va = kind === 'dblpName' ? dblpName(a) : a.ids[kind];
    const vb = kind === 'dblpName' ? dblpName(b) : b.ids[kind];
    if (!va || !vb) continue;
    if (norm(va) === norm(vb)) matches.push(`${label} ${va} matches`);
    else conflicts.push(`${label} differs: ${va} vs ${vb}`);
  }
  if (conflicts.length) return { verdict: 'conflict', evidence: conflicts };
  return matches.length ? { verdict: 'match', evidence: matches } : { verdict: 'none', evidence: [] };
}

const KIND_RANK = { exact: 3, compatible: 2, conflict: 1, different: 0 } as const;

/** The best name pair of two sides, with its weight. */
export function bestNameMatch(a: PreparedSide, b: PreparedSide): { match: NameMatch; weight: number; a: PersonName; b: PersonName } | undefined {
  let best: { match: NameMatch; weight: number; a: PersonName; b: PersonName } | undefined;
  for (const na of a.names) {
    for (const nb of b.names) {
      const match = compareNames(na, nb);
      const weight = nameWeight(match, na, nb);
      if (!best || KIND_RANK[match.kind] > KIND_RANK[best.match.kind] || (match.kind === best.match.kind && weight > best.weight)) best = { match, weight, a: na, b: nb };
    }
  }
  return best;
}

/** How much a name match alone is worth; never enough to merge by itself. */
function nameWeight(match: NameMatch, a: PersonName, b: PersonName): number {
  if (match.kind === 'conflict' || match.kind === 'different') return 0;
  if (match.swapped) return 0.15;
  const [sa, sb] = match.specificity;
  if (sa === 'surname' || sb === 'surname') return 0.05;
  const agreeing = Math.min(a.given.length, b.given.length);
  const middle = agreeing >= 2 ? 0.05 : 0;
  if (match.nickname) return 0.3 + middle;
  if (sa === 'full' && sb === 'full') return (match.kind === 'exact' ? 0.45 : 0.4) + middle;
  if (sa === 'initials' && sb === 'initials') return (match.kind === 'exact' ? 0.3 : 0.25) + middle;
  return 0.3 + middle;
}

/** Co-authors of a that have a compatible name among b's co-authors (a's spelling). */
function sharedCoauthors(a: PreparedSide, b: PreparedSide): string[] {
  const shared: string[] = [];
  for (const co of a.coauthors) {
    let found = false;
    for (const key of blockingKeys(co)) {
      for (const other of b.coauthorIndex.get(key) ?? []) {
        const match = compareNames(co, other);
        if (match.kind === 'exact' || (match.kind === 'compatible' && !match.swapped)) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    if (!found) found = (coauthorsByInitials(b).get(initialsKey(co)) ?? []).some((other) => isMisspelledCoauthor(co, other));
    if (found) shared.push(co.original);
  }
  return shared.sort();
}

/** First given initial and first family letter: a misspelled family name keeps both (see isMisspelledCoauthor). */
const initialsKey = (name: PersonName): string => `${name.given[0]?.[0] ?? ''}|${looseFold(name.family)[0] ?? ''}`;

const initialsIndexes = new WeakMap<PreparedSide, Map<string, PersonName[]>>();
/** A side's co-authors under initialsKey, built on first use and kept with the side. */
function coauthorsByInitials(side: PreparedSide): Map<string, PersonName[]> {
  let index = initialsIndexes.get(side);
  if (!index) {
    index = new Map();
    for (const co of side.coauthors) {
      const key = initialsKey(co);
      const list = index.get(key);
      if (list) list.push(co);
      else index.set(key, [co]);
    }
    initialsIndexes.set(side, index);
  }
  return index;
}

/**
 * A co-author written with a typo in the family name ("Y. Arens" / "Aren, Yigal", "M. F. Kaashoek" /
 * "M.F. Kaaskoek"): one edit apart in a family name of five letters or more on the longer side,
 * neither a common surname (where "Chen" / "Cheng" are two families), same first letter and the
 * same first initial.
 */
function isMisspelledCoauthor(a: PersonName, b: PersonName): boolean {
  if (!a.given.length || !b.given.length || a.given[0]![0] !== b.given[0]![0]) return false;
  const fa = looseFold(a.family);
  const fb = looseFold(b.family);
  if (fa[0] !== fb[0] || Math.max(fa.length, fb.length) < 5 || COMMON_SURNAMES.has(fa) || COMMON_SURNAMES.has(fb)) return false;
  return oneEditApart(fa, fb);
}

const range = (years: number[]): string => (years.length === 1 ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`);
const list = (items: string[], max = 5): string => (items.length > max ? `${items.slice(0, max).join(', ')}, ...` : items.join(', '));

/**
 * Scores side a (a mention) against side b (a candidate). See scoreCandidate for the contract.
 */
export function scorePrepared(a: PreparedSide, b: PreparedSide, options: ScoreOptions = {}): MatchDecision {
  const ids = compareIds(a, b);
  if (ids.verdict === 'conflict') return { decision: 'different', score: 0, evidence: ids.evidence };
  const best = bestNameMatch(a, b);
  if (ids.verdict === 'match') {
    const note = best && (best.match.kind === 'exact' || best.match.kind === 'compatible') ? [] : ['names do not agree, identifier wins'];
    return { decision: 'same', score: 1, evidence: [...ids.evidence, ...note] };
  }
  if (!best || best.match.kind === 'different') return { decision: 'different', score: 0, evidence: ['names differ'] };
  if (best.match.kind === 'conflict')
    return { decision: 'different', score: 0, evidence: [`names conflict: ${best.a.original} vs ${best.b.original} (${best.match.notes.join('; ')})`] };

  const evidence: string[] = [];
  const describe = best.match.kind === 'exact' ? 'exact name' : 'compatible names';
  evidence.push(`${describe}: ${best.a.original} ~ ${best.b.original}${best.match.notes.length ? ` (${best.match.notes.join('; ')})` : ''}`);
  let score = best.weight;
  const [sa, sb] = best.match.specificity;
  // A rare family name and a given name on both sides: co-authors are not needed for context, topics and venues may do.
  const distinctive = !options.ambiguousName && sa !== 'surname' && sb !== 'surname' && !best.match.swapped && isDistinctiveFamily(best.a) && isDistinctiveFamily(best.b);
  if (distinctive) {
    score += 0.35;
    evidence.push('distinctive name (rare family name, no conflicting namesake among the candidates)');
  }

  const shared = sharedCoauthors(a, b);
  if (shared.length) {
    score += shared.length === 1 ? 0.3 : shared.length === 2 ? 0.4 : 0.45;
    evidence.push(`${shared.length} shared co-author${shared.length > 1 ? 's' : ''}: ${list(shared)}`);
  } else if (a.coauthors.length && b.coauthors.length) {
    if (!distinctive) score -= 0.1;
    evidence.push(`no shared co-author (${a.coauthors.length} vs ${b.coauthors.length})`);
  }
  const venues = [...a.venues].filter((v) => b.venues.has(v)).sort();
  if (venues.length) {
    score += 0.1;
    evidence.push(`venue${venues.length > 1 ? 's' : ''} ${list(venues, 3)} in both`);
  } else if (a.venues.size && b.venues.size) {
    score -= 0.05;
    evidence.push('no venue in common');
  }
  const topics = [...a.topics].filter((t) => b.topics.has(t)).sort();
  let related: string[] = [];
  if (topics.length) {
    score += 0.1;
    evidence.push(`topic${topics.length > 1 ? 's' : ''} ${list(topics, 3)} in both`);
  } else if (a.topics.size && b.topics.size) {
    related = [...a.topicClosure].filter((t) => b.topicClosure.has(t)).sort();
    // One side's topic is broader than the other's ("Databases" and "Databases/Object_Oriented"): the
    // same field, stated at two depths, agrees; siblings under one broad topic only fail to disagree.
    const containing = [...new Set([...[...a.topics].filter((t) => b.topicClosure.has(t)), ...[...b.topics].filter((t) => a.topicClosure.has(t))])].sort();
    if (containing.length) {
      score += 0.1;
      evidence.push(`topic${containing.length > 1 ? 's' : ''} ${list(containing, 3)} in both (more specific on one side)`);
    } else if (related.length) evidence.push(`topics related through ${list(related, 3)}`);
    else if (shared.length >= 2) evidence.push('no topic in common (outweighed by the shared co-authors)');
    else {
      score -= 0.15;
      evidence.push('no topic in common');
    }
  }
  if (a.years.length && b.years.length) {
    const lo = b.years[0]! - 3;
    const hi = b.years[b.years.length - 1]! + 3;
    const gap = Math.min(...a.years.map((y) => (y < lo ? lo - y : y > hi ? y - hi : 0)));
    if (gap === 0) score += 0.05;
    else if (gap > 7) score -= 0.1;
    evidence.push(`years ${range(a.years)} vs ${range(b.years)}${gap === 0 ? ' overlap' : ' apart'}`);
  }
  if (!a.coauthors.length && !a.venues.size && !a.topics.size) evidence.push('no context on the mention');
  if (!b.coauthors.length && !b.venues.size && !b.topics.size) evidence.push('no context on the candidate');

  score = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  const mergeable =
    (shared.length >= 1 || (distinctive && (topics.length > 0 || related.length > 0 || venues.length > 0))) &&
    sa !== 'surname' &&
    sb !== 'surname' &&
    (!best.match.swapped || shared.length >= 2);
  if (score >= SAME_THRESHOLD && mergeable) return { decision: 'same', score, evidence };
  if (score >= POSSIBLE_THRESHOLD) {
    if (score >= SAME_THRESHOLD)
      evidence.push(
        sa === 'surname' || sb === 'surname'
          ? 'not merged: bare surname'
          : best.match.swapped
            ? 'not merged: swapped name needs 2 shared co-authors'
            : 'not merged: no shared co-author or agreeing topic/venue',
      );
    return { decision: 'possible', score, evidence };
  }
  return { decision: 'different', score, evidence };
}
