/**
 * Preprint servers: where a paper is posted, not where it is published. A paper whose only
 * venue is one of these has no venue yet; a paper that also has a journal or conference
 * belongs to that one.
 */
import { stripDiacritics } from '../keys';

/** Folded server names (or the words that give them away) and the series each stands for. */
const SERVERS: ReadonlyArray<[RegExp, string]> = [
  // DBLP files arXiv papers under the journal "CoRR" (Computing Research Repository).
  [/\barxiv\b|^corr\b/, 'arxiv'],
  [/\bbiorxiv\b/, 'biorxiv'],
  [/\bmedrxiv\b/, 'medrxiv'],
  [/\bchemrxiv\b/, 'chemrxiv'],
  [/\bpsyarxiv\b/, 'psyarxiv'],
  [/\btechrxiv\b/, 'techrxiv'],
  [/\bssrn\b|social science research network/, 'ssrn'],
  [/\bresearch square\b/, 'researchsquare'],
  [/\bpreprints\.org\b/, 'preprints-org'],
  [/\bosf preprints\b/, 'osf-preprints'],
];

/** The series key of the preprint server `name` denotes ("arxiv" for "arXiv preprint arXiv:2309.17400" and "CoRR"), if any. */
export function preprintServerOf(name: string): string | undefined {
  const folded = stripDiacritics(name).toLowerCase().replace(/\s+/g, ' ').trim();
  return SERVERS.find(([pattern]) => pattern.test(folded))?.[1];
}

/**
 * True when `name` is a preprint server rather than a venue: arXiv in any of its forms
 * ("arXiv", "arXiv preprint arXiv:2309.17400", "ArXiv e-prints", DBLP's "CoRR",
 * "CoRR abs/2309.17400"), bioRxiv, medRxiv, ChemRxiv, PsyArXiv, TechRxiv, SSRN, Research
 * Square, Preprints.org and OSF Preprints. A venue that merely mentions preprints is not one.
 */
export function isPreprintServer(name: string): boolean {
  return preprintServerOf(name) !== undefined;
}
