import { foldName } from '../../graph/keys';
import type { Creator } from './convert-latex';

/** One author of an entry, ready for an AuthorshipRecord. */
export interface BibtexAuthor {
  /** 1-based position in the author list (after "others" is dropped). */
  position: number;
  /** Display name, "First von Last Jr." */
  name: string;
  /** The name as the entry spells it, in Unicode, without an equal-contribution "*". */
  rawName: string;
  equalContribution: boolean;
}

/** A "*" ending a name or one of its comma-separated parts: "Smith*, A." or "A. Smith*". */
const STAR_MARK = /\s*\*+(?=\s*(?:,|$))/g;

/**
 * Builds the author list of an entry from the library's parsed names (`creators`) and the
 * converted raw names (`rawNames`, one per name in the same order; when the counts differ,
 * the display name stands in for the raw one).
 *
 * Equal contribution is marked either way:
 * - a "*" right after a name or a part of it: "Smith*, Anna" or "Anna Smith*";
 * - an `equalcontrib` (or `equal_contribution`) field listing positions, ranges or names,
 *   separated by commas, semicolons or "and": "1,2", "1-3", "Smith; Anna Jones".
 *
 * "others" ("and others", BibTeX's et al.) and names without any letter or digit are dropped.
 */
export function buildBibtexAuthors(creators: readonly Creator[], rawNames: readonly string[], equalContrib: string): BibtexAuthor[] {
  const kept = creators.filter((creator) => !isOthersCreator(creator));
  const raws = rawNames.filter((raw) => !isOthers(raw));
  const equal = parseEqualContrib(equalContrib);
  const authors: BibtexAuthor[] = [];
  kept.forEach((creator, index) => {
    const marked = Object.values(creator).some((part) => typeof part === 'string' && /\*\s*$/.test(part));
    const name = displayName(creator);
    if (!/[\p{L}\p{N}]/u.test(name)) return;
    const position = authors.length + 1;
    const rawName = raws.length === kept.length ? raws[index].replace(STAR_MARK, '').trim() : name;
    const listed = equal.positions.has(position) || equal.names.has(foldName(name)) || equal.names.has(foldName(unstar(creator.lastName ?? '')));
    authors.push({ position, name, rawName, equalContribution: marked || listed });
  });
  return authors;
}

function isOthers(name: string): boolean {
  return name.trim().toLowerCase() === 'others';
}

/** Only a bare "others": "Others, Jane" is a person. */
function isOthersCreator(creator: Creator): boolean {
  const parts = Object.values(creator).filter((part) => typeof part === 'string');
  return parts.length === 1 && isOthers(parts[0]);
}

/** "First von Last Jr." — or the whole name of a braced corporate author. */
function displayName(creator: Creator): string {
  if (creator.name) return unstar(creator.name);
  return [creator.firstName, creator.prefix, creator.lastName, creator.suffix]
    .map((part) => unstar(part ?? ''))
    .filter(Boolean)
    .join(' ');
}

function unstar(part: string): string {
  return part.replace(/\s*\*+\s*$/, '').trim();
}

function parseEqualContrib(field: string): { positions: Set<number>; names: Set<string> } {
  const positions = new Set<number>();
  const names = new Set<string>();
  for (const token of field
    .split(/\s*[,;]\s*|\s+and\s+/i)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const range = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(token);
    if (!range) {
      names.add(foldName(token));
      continue;
    }
    const first = Number(range[1]);
    const last = Math.min(Number(range[2] ?? range[1]), first + 1000); // a typo like "1-99999" must not allocate
    for (let position = first; position <= last; position++) positions.add(position);
  }
  return { positions, names };
}
