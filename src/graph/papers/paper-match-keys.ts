import { foldTitle } from './fold-title';
import { paperIdentifiers } from './paper-identifiers';
import type { PaperIdentity } from './paper-identity';

/**
 * Candidate look-up keys of a paper, strongest first: "doi:<publisher DOI>", "arxiv:<id>"
 * (also from an arXiv DOI) and "title:<folded title>". Sharing a key makes two papers
 * candidates, not the same: a title key is confirmed with samePaper (year and authors).
 * Keys are short: "title:" keys are cut at 200 characters, far beyond any real title's
 * distinguishing part.
 */
export function paperMatchKeys(identity: PaperIdentity): string[] {
  const { doi, arxiv } = paperIdentifiers(identity);
  const title = foldTitle(identity.title).slice(0, 200).trim();
  return [...(doi ? [`doi:${doi}`] : []), ...(arxiv ? [`arxiv:${arxiv}`] : []), ...(title ? [`title:${title}`] : [])];
}
