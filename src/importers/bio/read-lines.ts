/** One source line, trimmed, with its 1-based line number. */
export interface BioLine {
  text: string;
  line: number;
}

/**
 * Splits a bio into trimmed lines numbered from 1. Copes with a byte-order mark, CRLF / CR
 * line endings, non-breaking spaces and trailing whitespace, so later steps see only text.
 */
export function readLines(text: string): BioLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.replace(/\u00A0/g, ' ').trim(), line: index + 1 }));
}

/** The next non-blank line after index `from`, skipping lines for which `skip` is true. */
export function nextNonBlankIndex(lines: BioLine[], from: number, skip?: (line: BioLine) => boolean): number {
  for (let i = from + 1; i < lines.length; i++) {
    if (lines[i].text !== '' && !skip?.(lines[i])) return i;
  }
  return -1;
}

/** The previous non-blank line before index `from`. */
export function previousNonBlankIndex(lines: BioLine[], from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    if (lines[i].text !== '') return i;
  }
  return -1;
}
