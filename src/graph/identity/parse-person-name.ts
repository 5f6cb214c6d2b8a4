/**
 * Parsing of raw author names into comparable parts. Sources spell one person in many ways
 * ("Keim, Daniel A.", "D. A. Keim", "Daniel Keim", "Wei Chen 0001"); the identity step compares
 * the parts, never the raw strings.
 */
import { foldName } from '../keys';

/** A parsed person name. Every text field except `original` is folded (see foldName). */
export interface PersonName {
  /** The raw string as the source gave it. */
  original: string;
  /** Given-name tokens in order; hyphenated names are split ("Kwan-Liu" → ["kwan", "liu"]), initials are one letter. */
  given: string[];
  /** Per given token: true when the source wrote only an initial ("D.", "K.-L."). */
  initials: boolean[];
  /** Per given token: the index of the written word it came from, so "Kwan-Liu" is [0, 0] and "Kwan Liu" is [0, 1]. */
  groups: number[];
  /** Lower-case particles of the family name ("van", "der"), kept apart from the family core. */
  particles: string[];
  /** The family name without particles, folded; two-part names keep their space ("garcia marquez"). Empty only for an empty input. */
  family: string;
  /** True when the source wrote the family name in capitals ("KEIM Daniel"). */
  familyAllCaps: boolean;
  /** "jr", "sr", "ii", "iii", "iv" when present. */
  suffix?: string;
  /** DBLP's homonym number ("Wei Chen 0001" → "0001"). */
  number?: string;
  /** The canonical folded full name, given order normalised: "Ma, Kwan-Liu" and "Kwan-Liu Ma" both give "kwan liu ma". */
  key: string;
}

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'le',
  'la',
  'dos',
  'das',
  'do',
  'du',
  'des',
  'ter',
  'ten',
  'zu',
  'zur',
  'y',
  'el',
  'al',
  'bin',
  'ibn',
  'st',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const fold = (text: string): string => foldName(text).replace(/ /g, '');
const isSuffix = (token: string): boolean => SUFFIXES.has(fold(token));
const isParticle = (token: string): boolean => PARTICLES.has(fold(token));
/** A word in capitals that is a name rather than run-together initials ("MA", "KEIM", not "JK"). */
const isAllCapsWord = (token: string): boolean => /^\p{Lu}[\p{Lu}'-]+$/u.test(token) && /[AEIOUY]/.test(token);

interface GivenParts {
  given: string[];
  initials: boolean[];
  groups: number[];
}

/**
 * Splits given-name words into tokens: dots and hyphens separate initials ("D.A." → d, a; "K.-L." → k, l),
 * hyphens split names but remember the word ("Kwan-Liu" → kwan, liu in one group). Short abbreviations
 * with a dot ("Th.", "Chr.") count as initials.
 */
function splitGiven(words: string[]): GivenParts {
  const out: GivenParts = { given: [], initials: [], groups: [] };
  words.forEach((word, group) => {
    for (const part of word.split(/[-‐‑–]/)) {
      const pieces = part.split('.');
      pieces.forEach((piece, index) => {
        const folded = fold(piece);
        if (!folded) return;
        const dotted = index < pieces.length - 1;
        const initial = folded.length === 1 || (dotted && folded.length <= 3 && pieces.length === 2);
        out.given.push(initial ? folded[0]! : folded);
        out.initials.push(initial);
        out.groups.push(group);
      });
    }
  });
  return out;
}

/**
 * Parses a raw author name.
 *
 * Contract: never throws; any string gives a PersonName whose `original` is the input. Handles
 * "First Middle Last", "Last, First", "Last, F.", "Last, Jr., First", "First Last, Jr.", particles
 * ("Laurens van der Maaten": particles ["van", "der"], family "maaten"; a leading "Le" is a given
 * name, as in "Le Song"), a trailing DBLP homonym number, suffixes, family names in capitals written
 * first ("KEIM Daniel"), BibTeX braces and equal-contribution stars, and a single token ("Dvorak":
 * family only, no given names). Without a comma a two-part family name cannot be told from a middle
 * name ("Gabriel García Márquez" → given gabriel garcia, family marquez); compareNames tries both readings.
 */
export function parsePersonName(raw: string): PersonName {
  let text = raw
    .replace(/[{}*†‡]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  let number: string | undefined;
  const numbered = /^(.*\S)\s+(\d{4})$/.exec(text);
  if (numbered) {
    text = numbered[1]!;
    number = numbered[2];
  }
  let suffix: string | undefined;
  let familyWords: string[] = [];
  let givenWords: string[] = [];
  let particles: string[] = [];

  let parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 2 && isSuffix(parts[1]!)) {
    suffix = fold(parts[1]!);
    text = parts[0]!;
    parts = [text];
  }
  if (parts.length >= 2) {
    // "Last, First" or BibTeX's "Last, Jr, First".
    const last = parts[0]!.split(' ');
    givenWords = parts[parts.length - 1]!.split(' ');
    if (parts.length >= 3 && isSuffix(parts[1]!)) suffix = fold(parts[1]!);
    while (last.length > 1 && isParticle(last[0]!)) particles.push(fold(last.shift()!));
    familyWords = last;
    // "Maaten, L. van der": particles trail the given names.
    const trailing: string[] = [];
    while (givenWords.length > 1 && isParticle(givenWords[givenWords.length - 1]!) && givenWords[givenWords.length - 1] === givenWords[givenWords.length - 1]!.toLowerCase()) {
      trailing.unshift(fold(givenWords.pop()!));
    }
    particles = [...trailing, ...particles];
  } else {
    const words = text ? text.split(' ') : [];
    if (words.length > 1 && isSuffix(words[words.length - 1]!)) suffix = fold(words.pop()!);
    const capsLead = words.findIndex((word) => !isAllCapsWord(word));
    if (words.length > 1 && capsLead > 0 && !words.slice(capsLead).some(isAllCapsWord)) {
      // "KEIM Daniel A.": the family in capitals comes first.
      familyWords = words.slice(0, capsLead);
      givenWords = words.slice(capsLead);
    } else if (words.length > 0) {
      familyWords = [words.pop()!];
      while (words.length > 1 && isParticle(words[words.length - 1]!)) particles.unshift(fold(words.pop()!));
      givenWords = words;
    }
  }

  const { given, initials, groups } = splitGiven(givenWords.filter(Boolean));
  const family = foldName(familyWords.join(' '));
  const familyAllCaps = familyWords.length > 0 && familyWords.every(isAllCapsWord);
  const key = [...given, ...particles, family, number ?? ''].filter(Boolean).join(' ');
  return { original: raw, given, initials, groups, particles, family, familyAllCaps, suffix, number, key };
}
