const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Block elements whose end is a paragraph break; everything else (italics, sub/sup, JATS inline) just goes. */
const PARAGRAPH_END = /<\/(?:jats:)?(?:p|sec|div|li)\s*>|<br\s*\/?>/gi;
/** Headings like JATS's <jats:title>Abstract</jats:title> are labels, not text. */
const TITLES = /<((?:jats:)?title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/g;

/**
 * Plain text from the light markup of bibliographic JSON: HTML in OpenAlex and CSL titles
 * ("<i>in vivo</i>"), JATS in Crossref abstracts ("<jats:p>...</jats:p>"). Tags are
 * dropped, character references decoded, and white space collapsed; with `paragraphs`,
 * paragraph ends become a blank line (for abstracts), otherwise everything is one line.
 * A "<" that does not start a tag ("x < y") stays.
 */
export function markupToText(text: string, options: { paragraphs?: boolean } = {}): string {
  const marked = text
    .replace(TITLES, ' ')
    .replace(PARAGRAPH_END, options.paragraphs ? '\u2029' : ' ')
    .replace(TAG, '');
  const decoded = marked.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
  return decoded
    .split('\u2029')
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
