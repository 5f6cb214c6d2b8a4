/** One named author of an author list. */
export interface AuthorEntry {
  /** The name as written, without equal-contribution marks; spacing collapsed. */
  name: string;
  /**
   * 1-based position. After an ellipsis ("A, ..., B") the true position is unknown: each
   * ellipsis counts as one omitted author, so later positions are lower bounds (B → 3).
   */
  position: number;
  /** The name carried a `*` (equal contribution). */
  equalContribution: boolean;
}

export interface AuthorList {
  authors: AuthorEntry[];
  /** The list elides authors ("...", "et al."). */
  truncated: boolean;
  /** The stated number of authors, from "et al. (442 authors)". */
  authorCount?: number;
}

const SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;
const ELLIPSIS = /^(?:\.{2,}|…)$/;
const ET_AL = /^et\.?\s+al\.?(?:\s*\((\d+)\s+authors?\))?$/i;
const AUTHOR_COUNT = /^\((\d+)\s+authors?\)$/i;
const FOOTNOTE_MARKS = /[*†‡§¶]+$/u;

// A name is 2-6 capitalised words or initials, optionally with lower-case particles inside.
const NAME_WORD = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’-]*\.?$/u;
const INITIALS = /^\p{Lu}(?:\.(?:-?\p{Lu}\.)*)?$/u;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'bin', 'ibn', 'al', 'ten', 'ter', 'zu', 'y']);

/** True when `text` reads as one person's name ("David J. Fleet", "Jörn-Henrik Jacobsen"). */
export function isNameLike(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const isNameWord = (word: string): boolean => NAME_WORD.test(word) || INITIALS.test(word);
  const inner = words.slice(1, -1);
  return isNameWord(words[0]) && isNameWord(words[words.length - 1]) && inner.every((word) => isNameWord(word) || PARTICLES.has(word));
}

/**
 * Reads a line as an author list: names separated by commas / "and" / "&", `*` marking
 * equal contribution, "..." for elided authors and a final "et al. (N authors)".
 * Returns undefined when any item is not a name, so prose and titles are rejected.
 */
export function splitAuthorList(text: string): AuthorList | undefined {
  const items = text.split(SEPARATOR).filter((item) => item !== '');
  const list: AuthorList = { authors: [], truncated: false };
  let position = 0;
  for (const item of items) {
    const etAl = ET_AL.exec(item);
    const count = etAl?.[1] ?? AUTHOR_COUNT.exec(item)?.[1];
    if (etAl || count !== undefined) {
      list.truncated = true;
      if (count !== undefined) list.authorCount = Number(count);
      continue;
    }
    if (ELLIPSIS.test(item)) {
      list.truncated = true;
      position += 1; // at least one author is hidden behind the ellipsis
      continue;
    }
    const marks = FOOTNOTE_MARKS.exec(item)?.[0] ?? '';
    const name = item
      .slice(0, item.length - marks.length)
      .replace(/\s+/g, ' ')
      .trim();
    if (!isNameLike(name)) return undefined;
    position += 1;
    list.authors.push({ name, position, equalContribution: marks.includes('*') });
  }
  return list.authors.length > 0 ? list : undefined;
}
