/** New-style ids "2309.17400" (4.4 digits until 2014, 4.5 since) and old-style "cs/0112017", "math.GT/0309136". */
const ID = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})`;
const FORMS = [
  new RegExp(String.raw`^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/${ID}(?:v\d+)?(?:\.pdf)?\/?$`, 'i'),
  // arXiv's own DOIs, 10.48550/arXiv.<id>, bare or as a resolver link.
  new RegExp(String.raw`^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\.${ID}(?:v\d+)?$`, 'i'),
  new RegExp(String.raw`^arxiv:\s*${ID}(?:v\d+)?$`, 'i'),
];

/**
 * The arXiv identifier, without version or prefix ("2309.17400"), of an arXiv abstract or PDF
 * link, an arXiv DOI (10.48550/arXiv.2309.17400, bare or as a doi.org link) or an "arXiv:2309.17400"
 * reference. Returns undefined for anything else.
 */
export function readArxivId(text: string): string | undefined {
  const trimmed = text.trim();
  for (const form of FORMS) {
    const match = form.exec(trimmed);
    if (match) return match[1];
  }
  return undefined;
}
