import { isValidOrcid } from '../../graph/keys';

/** A CSL name variable, ready for a person and an authorship. */
export interface CslName {
  /** "Given dropping-particle non-dropping-particle Family Suffix", or the literal. */
  name: string;
  /** The parts as the item writes them, family first: "van Gogh, Vincent", "King, Martin Luther, Jr."; the literal as is. */
  rawName: string;
  orcid?: string;
}

/**
 * Reads one CSL name (`{family, given, "dropping-particle", "non-dropping-particle", suffix,
 * literal}`; Crossref adds `ORCID` as a URL). White space inside parts is collapsed; the ORCID
 * is kept only when valid (format and checksum). Undefined when the name has no letter or digit.
 */
export function readCslName(value: unknown): CslName | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const part = (key: string) => (typeof record[key] === 'string' || typeof record[key] === 'number' ? String(record[key]).replace(/\s+/g, ' ').trim() : '');
  const literal = part('literal');
  const [given, dropping, nonDropping, family, suffix] = ['given', 'dropping-particle', 'non-dropping-particle', 'family', 'suffix'].map(part);
  const name = literal || [given, dropping, nonDropping, family, suffix].filter(Boolean).join(' ');
  if (!/[\p{L}\p{N}]/u.test(name)) return undefined;
  const surname = [nonDropping, family].filter(Boolean).join(' ');
  const forename = [given, dropping].filter(Boolean).join(' ');
  const rawName = literal || [surname, forename, suffix].filter(Boolean).join(', ');
  const orcid = (part('ORCID') || part('orcid')).replace(/^https?:\/\/orcid\.org\//i, '');
  return { name, rawName, ...(orcid && isValidOrcid(orcid) ? { orcid } : {}) };
}
