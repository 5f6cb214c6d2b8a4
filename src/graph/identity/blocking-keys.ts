/**
 * Blocking keys: the short strings under which candidate people are looked up, so the identity
 * step compares a mention with a handful of people instead of all of them.
 */
import { looseFold } from './loose-fold';
import { fullFormsOf } from './nicknames';
import type { PersonName } from './parse-person-name';

/**
 * The blocking keys of a name: "<last word of the family core>|<first given initial>" ("keim|d"),
 * plus "<given>|<family initial>" for a one-word given and family name, so that a given/family swap
 * ("Chen Wei" ~ "Wei Chen") still meets. A bare surname gives "<family>|".
 *
 * A first given name that is a known nickname adds "<family>|<initial of its full form>" where that
 * initial differs ("Tony Martinez" also under "martinez|a", beside "Anthony").
 *
 * Contract: at most 3 keys, sorted, no duplicates, deterministic. Any two names that compareNames
 * finds 'exact' or 'compatible' and that both carry a given name share at least one key (the last
 * family word and the first initial are the same in every reading compareNames tries). Names that
 * only share a family name and first initial also share a key: the key narrows, it does not decide.
 */
export function blockingKeys(name: PersonName): string[] {
  const words = looseFold(name.family).split(' ').filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (!last && name.given.length === 0) return [];
  const keys = new Set<string>();
  keys.add(`${last}|${name.given[0]?.[0] ?? ''}`);
  if (name.given.length === 1 && !name.initials[0] && words.length === 1) keys.add(`${looseFold(name.given[0]!)}|${last[0]}`);
  if (name.given.length && !name.initials[0]) for (const full of fullFormsOf(looseFold(name.given[0]!))) keys.add(`${last}|${full[0]}`);
  return [...keys].sort();
}

/**
 * The version of the rules above, stored on each person as Person.blockKeysVersion: raise it
 * whenever blockingKeys gives new keys (2: nickname full forms), so that the start-up backfill
 * recomputes the stored keys of people written under older rules, who would otherwise not be
 * found through the new ones.
 */
export const BLOCKING_KEYS_VERSION = 2;
