import { stripDiacritics } from '../keys';

/** Letters NFKD does not decompose, spelled as BibTeX's ASCII forms so "Straße" = "Strasse". */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Folds a paper title for matching, so that the forms sources give one title compare equal:
 * Google Scholar's lower case, DBLP's trailing period, BibTeX's braces and commands
 * ("{D}iffusion", "\emph{x}", "\"{o}"), HTML/XML markup from Crossref and OpenAlex ("<i>",
 * "CO<sub>2</sub>"), entities, diacritics, curly quotes, apostrophes (removed: "don’t" =
 * "dont"), hyphens and dashes (word breaks: "fine-tuning" = "fine tuning"), other punctuation
 * and whitespace. The result is lower-case words separated by single spaces; "" for a title
 * with no letters or digits.
 */
export function foldTitle(title: string): string {
  const text = title
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.startsWith('#x') || name.startsWith('#X') ? `0x${name.slice(2)}` : name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    // Accent commands keep their letter (diacritics go anyway): \"{o}, \'e, \c{c}.
    .replace(/\\[`'^"~=.uvHckrbd]\s*\{?\\?([A-Za-z])\}?/g, '$1')
    .replace(/\\(ss|ae|oe|o|l|aa)\b\s*/gi, (_, letter: string) => LETTERS[letter.toLowerCase()] ?? letter)
    .replace(/\\[A-Za-z]+\*?\s*/g, '')
    .replace(/[{}$\\]/g, '');
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter])
    .replace(/['\u2018\u2019\u02bc`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
