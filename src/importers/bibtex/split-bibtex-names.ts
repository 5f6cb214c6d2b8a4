const AND = /\s+and(?=\s)/iy;

/**
 * Splits a raw BibTeX name list at the word "and" outside braces, the way BibTeX does:
 * "{Barnes and Noble} and Doe, J." → ["{Barnes and Noble}", "Doe, J."]. Pieces are trimmed
 * and empty ones dropped; the LaTeX in them is left as it is.
 */
export function splitBibtexNames(raw: string): string[] {
  const text = ` ${raw} `; // so that a leading or trailing "and" is a separator too
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth === 0 && /\s/.test(char)) {
      AND.lastIndex = at;
      const separator = AND.exec(text);
      if (!separator) continue;
      names.push(text.slice(start, at));
      at += separator[0].length - 1;
      start = at + 1;
    }
  }
  names.push(text.slice(start));
  return names.map((name) => name.trim()).filter(Boolean);
}
