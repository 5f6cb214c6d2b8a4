import { normalizeDoi } from '../keys';
import { normalizeArxivId } from './normalize-arxiv-id';
import type { PaperIdentity } from './paper-identity';

/** arXiv's own DOIs (10.48550/arXiv.2309.17400) name the preprint, not a publication. */
const ARXIV_DOI = /^10\.48550\/arxiv\./i;

/**
 * The normalised identifiers of a paper: a publisher DOI (lower case, no resolver) and an
 * arXiv id, taken from `arxiv` or else from an arXiv DOI, which is never reported as `doi`.
 */
export function paperIdentifiers(identity: PaperIdentity): { doi?: string; arxiv?: string; arxivDoi?: string } {
  const doi = identity.doi?.trim() ? normalizeDoi(identity.doi) : undefined;
  const arxivDoi = doi && ARXIV_DOI.test(doi) ? doi : undefined;
  const arxiv = (identity.arxiv ? normalizeArxivId(identity.arxiv) : undefined) ?? (arxivDoi ? normalizeArxivId(arxivDoi) : undefined);
  return { doi: arxivDoi ? undefined : doi, arxiv, arxivDoi };
}
