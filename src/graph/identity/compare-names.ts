/**
 * Name compatibility: whether two parsed names can denote one person, and how specific each is.
 * This never decides identity on its own; scoreCandidate weighs it against context.
 */
import { looseFold } from './loose-fold';
import { isNicknamePair } from './nicknames';
import type { PersonName } from './parse-person-name';

/** How much a name says: a full first given name, initials only, or a bare surname. */
export type NameSpecificity = 'full' | 'initials' | 'surname';

export interface NameMatch {
  /**
   * 'exact': same canonical folded full name (and same homonym number, if any);
   * 'compatible': same family, given names agree where both are present (an initial agrees with a name starting with it, a missing middle name is allowed);
   * 'conflict': same family but given names or DBLP homonym numbers disagree ("Daniel Keim" vs "David Keim");
   * 'different': different family names.
   */
  kind: 'exact' | 'compatible' | 'conflict' | 'different';
  /** Specificity of a and of b. */
  specificity: [NameSpecificity, NameSpecificity];
  /** True when the match needs given and family swapped ("Chen Wei" ~ "Wei Chen"); such a match needs strong context. */
  swapped: boolean;
  /** True when the first given names agree only as a known nickname pair ("Jim" ~ "James"); weighed like an initial. */
  nickname?: boolean;
  /** Why, for evidence: "middle name missing", "family particles differ", "given/family order swapped", ... */
  notes: string[];
}

interface Reading {
  given: string[];
  initials: boolean[];
  groups: number[];
  family: string;
}

function specificity(name: PersonName): NameSpecificity {
  if (name.given.length === 0) return 'surname';
  return name.initials[0] ? 'initials' : 'full';
}

/** The name as parsed, plus the other reading of a possible two-part family name. */
function readings(name: PersonName): Reading[] {
  const own: Reading = { given: name.given, initials: name.initials, groups: name.groups, family: looseFold(name.family) };
  const out = [own];
  const n = name.given.length;
  // "Gabriel García Márquez" may be given "Gabriel", family "García Márquez".
  if (n >= 2 && !name.initials[n - 1] && name.groups[n - 1] !== name.groups[n - 2]) {
    out.push({ given: name.given.slice(0, -1), initials: name.initials.slice(0, -1), groups: name.groups.slice(0, -1), family: `${looseFold(name.given[n - 1]!)} ${own.family}` });
  }
  return out;
}

function tokenAgrees(a: string, aInitial: boolean, b: string, bInitial: boolean): boolean {
  if (aInitial || bInitial) return a[0] === b[0];
  return a === b || looseFold(a) === looseFold(b);
}

/** Joins the tokens of each hyphen group that are all full names: "kwan","liu" (one word) → "kwanliu". */
function joinGroups(r: Reading): Reading {
  const out: Reading = { given: [], initials: [], groups: [], family: r.family };
  r.given.forEach((token, index) => {
    const last = out.given.length - 1;
    if (last >= 0 && out.groups[last] === r.groups[index] && !out.initials[last] && !r.initials[index]) out.given[last] += token;
    else {
      out.given.push(token);
      out.initials.push(r.initials[index]!);
      out.groups.push(r.groups[index]!);
    }
  });
  return out;
}

/** True when the shorter rest of given names can be matched, in order, inside the longer. */
function restAgrees(a: Reading, b: Reading): boolean {
  const [short, long] = a.given.length <= b.given.length ? [a, b] : [b, a];
  let j = 1;
  for (let i = 1; i < short.given.length; i++) {
    while (j < long.given.length && !tokenAgrees(short.given[i]!, short.initials[i]!, long.given[j]!, long.initials[j]!)) j++;
    if (j >= long.given.length) return false;
    j++;
  }
  return true;
}

/** "Jim F." ~ "James F.": the first given names a nickname pair, the rest agreeing. */
function nicknameAgrees(a: Reading, b: Reading): boolean {
  if (a.initials[0] || b.initials[0]) return false;
  return isNicknamePair(looseFold(a.given[0]!), looseFold(b.given[0]!)) && restAgrees(a, b);
}

function givenAgrees(a: Reading, b: Reading): boolean {
  if (tokenAgrees(a.given[0]!, a.initials[0]!, b.given[0]!, b.initials[0]!) && restAgrees(a, b)) return true;
  // "Kwanliu" ~ "Kwan-Liu": compare with the hyphenated words joined.
  const ja = joinGroups(a);
  const jb = joinGroups(b);
  return tokenAgrees(ja.given[0]!, ja.initials[0]!, jb.given[0]!, jb.initials[0]!) && restAgrees(ja, jb);
}

/**
 * Compares two parsed names.
 *
 * Contract: symmetric in kind and swapped (specificity follows argument order); deterministic.
 * The first given names must agree (people who go by a middle name are not matched by name: precision first);
 * later given names may be missing on one side but must agree, in order, where both are present.
 * A known nickname pair of first given names ("Jim" ~ "James", src/graph/identity/nicknames.ts) is
 * 'compatible' with `nickname` set; scoreCandidate weighs it like an initial.
 * A name without given names ("Dvorak") is 'compatible' with any name of its family, with specificity
 * 'surname', which scoreCandidate never merges on. Different DBLP homonym numbers are a 'conflict'.
 * Given/family order swaps are tried only for one-word given and family names, and flagged `swapped`.
 */
export function compareNames(a: PersonName, b: PersonName): NameMatch {
  const spec: [NameSpecificity, NameSpecificity] = [specificity(a), specificity(b)];
  const result = (kind: NameMatch['kind'], notes: string[] = [], swapped = false): NameMatch => ({ kind, specificity: spec, swapped, notes });
  if (a.key && a.key === b.key) return result('exact');
  const sameFamily: [Reading, Reading][] = [];
  for (const ra of readings(a)) for (const rb of readings(b)) if (ra.family && ra.family === rb.family) sameFamily.push([ra, rb]);

  if (sameFamily.length === 0) {
    const swap =
      a.given.length === 1 &&
      b.given.length === 1 &&
      !a.initials[0] &&
      !b.initials[0] &&
      looseFold(a.given[0]!) === looseFold(b.family) &&
      looseFold(b.given[0]!) === looseFold(a.family);
    return swap ? result('compatible', ['given/family order swapped'], true) : result('different');
  }
  if (a.number && b.number && a.number !== b.number) return result('conflict', [`DBLP homonym numbers differ (${a.number} vs ${b.number})`]);

  const notes: string[] = [];
  if (a.number || b.number) notes.push('DBLP homonym number on one side only');
  if (a.particles.join(' ') !== b.particles.join(' ')) notes.push('family particles differ');
  if (a.given.length === 0 || b.given.length === 0) return result('compatible', [...notes, 'surname only']);
  for (const [ra, rb] of sameFamily) {
    if (givenAgrees(ra, rb)) {
      if (ra.given.length !== rb.given.length) notes.push('middle name missing on one side');
      if (ra.family !== looseFold(a.family) || rb.family !== looseFold(b.family)) notes.push('two-part family name read differently');
      if (spec[0] !== spec[1]) notes.push('initials vs full given name');
      return result('compatible', notes);
    }
  }
  for (const [ra, rb] of sameFamily) {
    if (nicknameAgrees(ra, rb)) {
      if (ra.given.length !== rb.given.length) notes.push('middle name missing on one side');
      return { ...result('compatible', [...notes, `nickname: ${a.given[0]} ~ ${b.given[0]}`]), nickname: true };
    }
  }
  return result('conflict', ['given names disagree']);
}
