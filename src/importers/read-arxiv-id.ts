import { normalizeArxivId } from '../graph/papers/normalize-arxiv-id';

const ARXIV_PAGE = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\//i;
const ARXIV_PAGE_ANYWHERE = /arxiv\.org\/(?:abs|pdf|html)\//i;
const ARXIV_DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\./i;
const ARXIV_REFERENCE = /^arxiv:\s*/i;

/** The id itself is read by normalizeArxivId (src/graph/papers), the one reader of arXiv ids. */
function idOf(text: string): string | undefined {
  return normalizeArxivId(text.replace(/\.pdf$/i, ''));
}

/**
 * The arXiv identifier, without version or prefix ("2309.17400"), of an arXiv abstract or PDF
 * link, an arXiv DOI (10.48550/arXiv.2309.17400, bare or as a doi.org link) or an "arXiv:2309.17400"
 * reference: what DBLP's `<ee>` and RIS's UR/DO hold. Returns undefined for anything else.
 */
export function readArxivId(text: string): string | undefined {
  const trimmed = text.trim();
  return ARXIV_PAGE.test(trimmed) || ARXIV_DOI.test(trimmed) || ARXIV_REFERENCE.test(trimmed) ? idOf(trimmed) : undefined;
}

/**
 * The arXiv identifier in a URL (arxiv.org/abs/…, /pdf/…), an arXiv DOI (10.48550/arXiv.…) or
 * — with `bare`, for fields known to hold one (CSL's `number`) — a bare or "arXiv:"-prefixed id;
 * without version: "2309.17400". Undefined when there is none. For JSON sources' URL and DOI fields.
 */
export function readArxivLink(text: string | undefined | null, options: { bare?: boolean } = {}): string | undefined {
  const trimmed = (text ?? '').trim();
  if (ARXIV_PAGE_ANYWHERE.test(trimmed) || ARXIV_DOI.test(trimmed)) return idOf(trimmed.replace(/^.*?arxiv\.org\/(?:abs|pdf|html)\//i, ''));
  if (!options.bare) return undefined;
  const bare = trimmed.replace(ARXIV_REFERENCE, '');
  return /^[\w.\-/]+$/.test(bare) ? idOf(bare) : undefined;
}
