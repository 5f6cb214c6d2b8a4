/**
 * Stable node keys and the folding rules used to match names.
 *
 * A key is the `id` property of a node. External identifiers win where they exist
 * (ORCID for people, DOI for papers); otherwise the key is a normalised form of the
 * name or title, so that two imports of the same thing meet on the same node.
 */

/** Strips diacritics: "Kümmerer" → "Kummerer", "Jörn" → "Jorn". */
export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Folds a person's name for matching: case, spacing, the dots of initials and
 * diacritics are ignored, hyphens become spaces. "David J. Fleet" → "david j fleet".
 */
export function foldName(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/[.\u2019']/g, ' ')
    .replace(/[-‐‑–—_]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Turns a folded text into a slug of lowercase letters, digits and hyphens. */
export function slugify(text: string): string {
  return foldName(text).replace(/ /g, '-');
}

/**
 * True when a folded name is too weak to identify a person on its own: a bare
 * surname or initials only ("fleet", "d j"). Such names are never merged.
 */
export function isWeakName(folded: string): boolean {
  const parts = folded.split(' ').filter(Boolean);
  return parts.length < 2 || parts.slice(0, -1).every((part) => part.length === 1);
}

export const ORCID_PATTERN = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/** ISO 7064 11,2 checksum used by ORCID identifiers. */
export function isValidOrcid(orcid: string): boolean {
  if (!ORCID_PATTERN.test(orcid)) return false;
  const digits = orcid.replace(/-/g, '');
  let total = 0;
  for (const char of digits.slice(0, -1)) total = (total + Number(char)) * 2;
  const remainder = total % 11;
  const result = (12 - remainder) % 11;
  const expected = result === 10 ? 'X' : String(result);
  return digits.endsWith(expected);
}

/** Lower-cases a DOI and strips resolver prefixes ("https://doi.org/", "doi:"). */
export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '')
    .toLowerCase();
}

export function personKey(name: string, orcid?: string | null): string {
  return orcid ? `orcid:${orcid}` : `person:${slugify(name)}`;
}

export function paperKey(title: string, doi?: string | null): string {
  return doi ? `doi:${normalizeDoi(doi)}` : `paper:${slugify(title)}`;
}

export function venueKey(name: string): string {
  return `venue:${slugify(name)}`;
}

export function institutionKey(name: string): string {
  return `institution:${slugify(name)}`;
}

export function topicKey(name: string): string {
  return `topic:${slugify(name)}`;
}

export function talkKey(speakerKey: string, date: string, title: string): string {
  return `talk:${slugify(`${speakerKey} ${date} ${title}`)}`;
}
