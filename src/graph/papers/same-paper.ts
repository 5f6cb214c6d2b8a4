import { foldName } from '../keys';
import { foldTitle } from './fold-title';
import { paperIdentifiers } from './paper-identifiers';
import type { PaperIdentity } from './paper-identity';

export interface SamePaperResult {
  same: boolean;
  /** The identifier that decided, either way; null when nothing could be compared. */
  by: 'doi' | 'arxiv' | 'title' | null;
  /** Why, in words, for logs and merge reports. */
  evidence: string;
}

/** The last word of a folded family name: "van der Maaten" and "Maaten" meet, as do "Kümmerer" and "Kummerer". */
function familyKey(name: string): string {
  return foldName(name).split(' ').pop() ?? '';
}

/**
 * Whether two records are one paper, deciding by the strongest identifier both have:
 * 1. publisher DOIs: equal → same, different → not the same (whatever the titles say);
 *    an arXiv DOI (10.48550/arXiv.*) is the preprint's and never conflicts with a publisher
 *    DOI: it counts as the arXiv id instead, and the evidence says so;
 * 2. arXiv ids (from `arxiv` or an arXiv DOI): equal → same, different → not the same;
 * 3. folded titles (foldTitle): equal, years within ±1 when both are known (a preprint and
 *    its proceedings), and author overlap: at least max(1, ⌈half the shorter list⌉) shared
 *    folded family names. No authors on either side → not the same: a title alone
 *    ("Introduction") is too weak.
 */
export function samePaper(a: PaperIdentity, b: PaperIdentity): SamePaperResult {
  const left = paperIdentifiers(a);
  const right = paperIdentifiers(b);
  const arxivNote = left.arxivDoi || right.arxivDoi ? ' (an arXiv DOI names the preprint and does not conflict with a publisher DOI)' : '';
  if (left.doi && right.doi) {
    return left.doi === right.doi
      ? { same: true, by: 'doi', evidence: `same DOI ${left.doi}` }
      : { same: false, by: 'doi', evidence: `different DOIs ${left.doi} and ${right.doi}` };
  }
  if (left.arxiv && right.arxiv) {
    return left.arxiv === right.arxiv
      ? { same: true, by: 'arxiv', evidence: `same arXiv id ${left.arxiv}${arxivNote}` }
      : { same: false, by: 'arxiv', evidence: `different arXiv ids ${left.arxiv} and ${right.arxiv}` };
  }

  const title = foldTitle(a.title);
  if (!title || title !== foldTitle(b.title)) return { same: false, by: null, evidence: `titles differ${arxivNote}` };
  if (a.year !== undefined && b.year !== undefined && Math.abs(a.year - b.year) > 1) {
    return { same: false, by: 'title', evidence: `same title "${title}" but years ${a.year} and ${b.year} are more than one apart` };
  }
  const leftNames = new Set(a.authorFamilyNames.map(familyKey).filter(Boolean));
  const rightNames = new Set(b.authorFamilyNames.map(familyKey).filter(Boolean));
  if (leftNames.size === 0 || rightNames.size === 0) return { same: false, by: 'title', evidence: `same title "${title}" but no authors to compare` };
  const shared = [...leftNames].filter((name) => rightNames.has(name));
  const needed = Math.max(1, Math.ceil(Math.min(leftNames.size, rightNames.size) / 2));
  const years = a.year !== undefined && b.year !== undefined ? `years ${a.year}/${b.year}` : 'a year unknown';
  if (shared.length < needed) {
    return { same: false, by: 'title', evidence: `same title "${title}" but ${shared.length} shared author(s) of ${needed} needed` };
  }
  return { same: true, by: 'title', evidence: `same title "${title}", ${years}, shared authors ${shared.join(', ')}${arxivNote}` };
}
