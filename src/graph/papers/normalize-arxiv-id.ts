/** New-style ids: YYMM.NNNN (April 2007 to 2014) or YYMM.NNNNN (from 2015), with an optional version. */
const NEW_STYLE = /(?<!\d)(?<!\d\.)(\d{2})(0[1-9]|1[0-2])\.(\d{4,5})(?:v\d+)?(?![\d])/;
/** Old-style ids: archive[.SUBJECT-CLASS]/YYMMNNN ("cs/0112017", "math.GT/0309136", "hep-th/9901001"). */
const OLD_STYLE = /(?<![A-Za-z-])([a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?)\/(\d{2}(?:0[1-9]|1[0-2])\d{3})(?:v\d+)?(?!\d)/;
const WHOLE = new RegExp(`^(?:${NEW_STYLE.source}|${OLD_STYLE.source})$`);

function newStyle(match: RegExpExecArray): string | undefined {
  const [, year, month, number] = match;
  if (Number(year) < 7 || (Number(year) === 7 && Number(month) < 4)) return undefined;
  return number.length === (Number(year) >= 15 ? 5 : 4) ? `${year}${month}.${number}` : undefined;
}

/**
 * The arXiv identifier in `text`, without prefix or version: "arXiv:2309.17400v2",
 * "https://arxiv.org/abs/2309.17400", "https://arxiv.org/pdf/2309.17400v1",
 * "10.48550/arXiv.2309.17400", "arXiv preprint arXiv:2309.17400" → "2309.17400"; old style
 * "cs/0112017", "arXiv:math.GT/0309136v1" → "cs/0112017", "math.GT/0309136". Where "arxiv"
 * is not written, only a text that is nothing but an id counts, so a page range or another
 * DOI ("10.1109/5.771073") is not taken for one. New-style ids must have a real month and
 * the digit count of their period. Else undefined.
 */
export function normalizeArxivId(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/arxiv/i.test(trimmed) && !WHOLE.test(trimmed)) return undefined;
  const fresh = NEW_STYLE.exec(trimmed);
  if (fresh) return newStyle(fresh);
  const old = OLD_STYLE.exec(trimmed);
  return old ? `${old[1]}/${old[2]}` : undefined;
}
