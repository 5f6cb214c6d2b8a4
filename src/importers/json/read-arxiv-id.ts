/** New-style ids ("2309.17400", optionally "v2") and old-style ones ("hep-th/9901001"). */
const ARXIV_ID = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?`;
const PATTERNS = [
  new RegExp(String.raw`arxiv\.org\/(?:abs|pdf|html)\/${ARXIV_ID}`, 'i'),
  new RegExp(String.raw`^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\.${ARXIV_ID}$`, 'i'),
];
const BARE = new RegExp(String.raw`^(?:arxiv:\s*)?${ARXIV_ID}$`, 'i');

/**
 * The arXiv identifier in a URL (arxiv.org/abs/…, /pdf/…), an arXiv DOI (10.48550/arXiv.…) or
 * — with `bare`, for fields known to hold one — a bare or "arXiv:"-prefixed id; without version:
 * "2309.17400". Undefined when there is none.
 */
export function readArxivId(text: string | undefined | null, options: { bare?: boolean } = {}): string | undefined {
  const trimmed = (text ?? '').trim();
  for (const pattern of options.bare ? [...PATTERNS, BARE] : PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) return match[1].replace(/\.pdf$/i, '');
  }
  return undefined;
}
